package io.github.paperdigest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A part of the sample digest to change, and the changes an editor makes to its files. */
public final class SampleEdits {

    private SampleEdits() {
    }

    /**
     * Copies the sample digest into {@code content} with only the papers and notes files named (such as
     * {@code papers/2026-02-03.json}), so that tests that build it many times stay quick.
     */
    public static Path copyWith(Path content, Set<String> papersAndNotes) throws IOException {
        TestData.copyDigest(TestData.sampleContent(), content);
        for (String folder : List.of("papers", "notes")) {
            try (Stream<Path> files = Files.list(content.resolve(folder))) {
                for (Path file : files.toList()) {
                    if (!papersAndNotes.contains(folder + "/" + file.getFileName())) {
                        Files.delete(file);
                    }
                }
            }
        }
        return content;
    }

    public static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** Replaces text that the file must hold. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
