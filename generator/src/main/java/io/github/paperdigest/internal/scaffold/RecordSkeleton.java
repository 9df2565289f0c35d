package io.github.paperdigest.internal.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The JSON of a new hand-written record: the fields README's "Paper records" asks for, with
 * {@code "draft": true} first, so that the site leaves the record out until the editor has filled in
 * what is empty and removed the flag. Written by Jackson, so that any title is escaped right;
 * indented by two spaces, LF line ends and a final newline, as an editor's file would be.
 */
final class RecordSkeleton {

    private static final JsonMapper JSON = new JsonMapper();
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private RecordSkeleton() {
    }

    /** @param id the paper's arXiv id, or null to leave {@code ""} for the editor */
    static byte[] json(String id, String title, LocalDate day) {
        ObjectNode record = JSON.createObjectNode();
        record.put("draft", true);
        record.put("id", id == null ? "" : id);
        record.put("title", title);
        record.putArray("authors");
        record.put("summary", "");
        record.put("day", day.toString());
        try {
            return (PRETTY.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes as JSON", e);
        }
    }
}
