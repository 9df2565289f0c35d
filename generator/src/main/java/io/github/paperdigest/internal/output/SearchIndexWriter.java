package io.github.paperdigest.internal.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.plan.SearchEntry;
import io.github.paperdigest.internal.plan.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the search index as JSON: shards holding one array per paper, and a manifest that names the
 * fields of those arrays, the shards and how to link a paper. Arrays rather than objects keep the keys
 * out of every entry, a third of the bytes. Each shard is named with a hash of its bytes
 * ({@code papers-1.json?v=...}), so that a browser can cache a shard until it changes.
 */
final class SearchIndexWriter {

    /** Raised when the manifest or the arrays change in a way an older script could not read. */
    static final int FORMAT = 1;

    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();
    private static final List<String> FIELDS = List.of("id", "title", "authors", "topics", "day", "upvotes");
    private static final String SUMMARY_FIELD = "abstract";
    private static final String ID_PLACEHOLDER = "{id}";

    record Manifest(int format, int papers, List<String> fields, String paperPath, List<String> shards) {
    }

    private SearchIndexWriter() {
    }

    static byte[] shard(List<SearchEntry> entries) {
        List<List<Object>> rows = new ArrayList<>(entries.size());
        for (SearchEntry entry : entries) {
            List<Object> row = new ArrayList<>(List.of(entry.id(), entry.title(), entry.authors(), entry.topics(),
                    entry.day().toString(), entry.upvotes()));
            if (entry.summary() != null) {
                row.add(entry.summary());
            }
            rows.add(row);
        }
        return json(rows);
    }

    /** @param shards the bytes of each shard, in order */
    static byte[] manifest(SearchIndex index, List<byte[]> shards) {
        List<String> fields = new ArrayList<>(FIELDS);
        if (index.summaries()) {
            fields.add(SUMMARY_FIELD);
        }
        List<String> names = new ArrayList<>();
        for (int number = 1; number <= shards.size(); number++) {
            String file = UrlScheme.searchShard(number).substring(UrlScheme.SEARCH.length());
            names.add(file + "?v=" + version(shards.get(number - 1)));
        }
        return json(new Manifest(FORMAT, index.size(), fields, UrlScheme.paper(ID_PLACEHOLDER), names));
    }

    private static String version(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index could not be written", e);
        }
    }
}
