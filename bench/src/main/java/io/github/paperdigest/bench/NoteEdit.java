package io.github.paperdigest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one changed note of the rebuild measures: edit {@code n} is the file as it was plus a sentence naming
 * {@code n}, so that every edit changes the bytes and none adds up. Closing it puts the file back as it was, so
 * that later runs measure the same corpus.
 */
final class NoteEdit implements AutoCloseable {

    /** How every edit begins: a note that holds it was left edited by a benchmark that was killed. */
    static final String SENTENCE = "\nA sentence added by the benchmark, edit ";

    private final Path file;
    private final byte[] original;

    private NoteEdit(Path file, byte[] original) {
        this.file = file;
        this.original = original;
    }

    static NoteEdit of(Path file) throws IOException {
        return new NoteEdit(file, Files.readAllBytes(file));
    }

    /** The first note of the digest, by path: the same one on every run. */
    static Path firstNote(Path content) throws IOException {
        try (Stream<Path> notes = Files.list(content.resolve("notes"))) {
            return notes.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("the corpus has no note to change: " + content));
        }
    }

    /** Whether a note still holds an edit, which a benchmark killed before it could put the note back left. */
    static boolean isEdited(Path note) throws IOException {
        return Files.readString(note).contains(SENTENCE);
    }

    /** Whether the digest's first note, which the benchmark edits, still holds an edit; false without notes. */
    static boolean leftEdited(Path content) throws IOException {
        try (Stream<Path> notes = Files.list(content.resolve("notes"))) {
            if (notes.noneMatch(file -> file.getFileName().toString().endsWith(".md"))) {
                return false;
            }
        }
        return isEdited(firstNote(content));
    }

    /** Writes edit {@code n}: the note as it was, then a new paragraph. */
    void write(int n) throws IOException {
        byte[] sentence = (SENTENCE + n + ".\n").getBytes(StandardCharsets.UTF_8);
        byte[] edited = new byte[original.length + sentence.length];
        System.arraycopy(original, 0, edited, 0, original.length);
        System.arraycopy(sentence, 0, edited, original.length, sentence.length);
        Files.write(file, edited);
    }

    /** Puts the note back as it was. */
    @Override
    public void close() throws IOException {
        Files.write(file, original);
    }
}
