package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.Generator;
import io.github.paperdigest.Problem;
import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.load.RecordFileChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A day file as committed: an array of entries, as the API returns them, and nothing else. The
 * wrapper object some scripts save, {@code {"status": ..., "count": ..., "data": [...]}}, is refused
 * rather than merged into, since its {@code count} and the like would then describe another list.
 *
 * @param bytes the file as it is, to compare with what a merge would write
 * @param entries its entries, in the file's order
 */
record CommittedDayFile(byte[] bytes, List<JsonNode> entries) {

    private static final Set<String> RECORD_FIELDS = Set.of("paper", "id", "title", "authors");

    /** The file's entries, or null when there is no file. */
    static CommittedDayFile read(Path file, String name) throws IOException, UnmergeableFileException {
        if (!Files.exists(file)) {
            return null;
        }
        Problems problems = new Problems();
        byte[] bytes = RecordFileChecks.read(file, name, Generator.DEFAULT_MAX_FILE_BYTES, problems);
        if (bytes == null) {
            throw new UnmergeableFileException(problems.all().get(0));
        }
        try (JsonParser parser = JsonTrees.strictParser(bytes)) {
            JsonToken first = parser.nextToken();
            JsonLocation top = parser.currentTokenLocation();
            if (first != JsonToken.START_ARRAY) {
                throw refused(name, top, first == JsonToken.START_OBJECT ? objectProblem(parser)
                        : "the file holds " + JsonTrees.kindOf(JsonTrees.valueAt(parser))
                                + " (expected an array of entries, as the API returns it)");
            }
            List<JsonNode> entries = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                JsonLocation start = parser.currentTokenLocation();
                if (token == null) {
                    throw refused(name, start, "the file ends inside the array (is the file cut short?)");
                }
                JsonNode entry = JsonTrees.valueAt(parser);
                if (!entry.isObject()) {
                    throw new UnmergeableFileException(Problem.error(name, start.getLineNr(), start.getColumnNr(),
                            "entry " + entries.size() + " is " + JsonTrees.kindOf(entry)
                                    + " (expected an object with the paper's fields)"));
                }
                entries.add(entry);
            }
            if (parser.nextToken() != null) {
                throw refused(name, parser.currentTokenLocation(),
                        "more JSON follows the end of the array (expected the file to end)");
            }
            return new CommittedDayFile(bytes, entries);
        } catch (JsonProcessingException e) {
            RecordFileChecks.reportJson(problems, name, bytes, e);
            throw new UnmergeableFileException(problems.all().get(0));
        }
    }

    /** Why an object at the top of the file is refused: a wrapper, or a single record. */
    private static String objectProblem(JsonParser parser) throws IOException {
        JsonNode object = JsonTrees.valueAt(parser);
        boolean wrapper = object.has("data") && RECORD_FIELDS.stream().noneMatch(object::has);
        return wrapper
                ? "the file is an object around a `data` list; fetch merges only into an array of entries, as "
                        + "the API returns it (replace the file with its `data` list, such as with `jq .data`, "
                        + "and fetch again)"
                : "the file holds a single record object (expected an array of entries, as the API returns it: "
                        + "put the record inside [ ] and fetch again)";
    }

    private static UnmergeableFileException refused(String name, JsonLocation where, String message) {
        return new UnmergeableFileException(Problem.error(name, Math.max(where.getLineNr(), 1),
                Math.max(where.getColumnNr(), 1), message));
    }
}
