package io.github.paperdigest.internal.output;

import io.github.paperdigest.internal.plan.Bibliography;
import java.nio.charset.StandardCharsets;

/**
 * Writes a BibTeX file: its entries, a blank line between two, in UTF-8. Nothing else, so that a
 * paper's file is byte for byte the entry its page shows.
 */
final class BibtexWriter {

    private BibtexWriter() {
    }

    static byte[] write(Bibliography bibliography) {
        return String.join("\n", bibliography.entries()).getBytes(StandardCharsets.UTF_8);
    }
}
