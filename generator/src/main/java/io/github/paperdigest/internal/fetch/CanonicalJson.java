package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a day file so that the same entries always give the same bytes, whatever order the API
 * listed them or their fields in: a commit's diff then shows only what changed. Keys are sorted,
 * two spaces indent, {@code "key": value}, LF line ends, a final newline, and text in UTF-8 as it
 * is, not escaped as <code>&#92;uXXXX</code>: the layout of {@code json.dump(..., indent=2, sort_keys=True,
 * ensure_ascii=False)}, which is how most scripts save these files.
 */
final class CanonicalJson {

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final ObjectWriter WRITER = JsonTrees.MAPPER.writer()
            .with(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT));

    private CanonicalJson() {
    }

    static byte[] write(List<JsonNode> entries) {
        ArrayNode array = JsonTrees.MAPPER.createArrayNode().addAll(entries);
        try {
            String text = WRITER.writeValueAsString(array) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only a tree that cannot be written (none that was read can) fails here.
            throw new UncheckedIOException(e);
        }
    }
}
