package io.github.paperdigest.scaffold;

import io.github.paperdigest.Generator;
import io.github.paperdigest.internal.load.ArxivId;
import io.github.paperdigest.internal.load.Dates;
import io.github.paperdigest.internal.scaffold.DigestLookup;
import io.github.paperdigest.internal.scaffold.NoteScaffold;
import io.github.paperdigest.internal.scaffold.RecordScaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes the skeleton of a note or of a hand-written record into a digest, for an editor to fill in.
 * Given a paper's id alone, a note on that paper: {@code notes/<id>-<slug>.md}. Given a day and a
 * title (and perhaps an id), a draft record: {@code papers/<day>-<slug>.json}. Either builds as it
 * is; neither overwrites a file. Configured once by its builder and immutable afterwards.
 *
 * <pre>{@code
 * ScaffoldResult note = Scaffold.builder()
 *         .contentDirectory(Path.of("content"))
 *         .paperId("2602.02493")
 *         .editor("Ada Lovelace")
 *         .build()
 *         .write();
 * }</pre>
 */
public final class Scaffold {

    private final Path contentDirectory;
    private final long maxFileBytes;
    private final Clock clock;
    private final String paperId;
    private final LocalDate day;
    private final String title;
    private final String editor;

    private Scaffold(Builder builder, String paperId, LocalDate day) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.maxFileBytes = builder.maxFileBytes;
        this.clock = builder.clock;
        this.paperId = paperId;
        this.day = day;
        this.title = builder.title;
        this.editor = builder.editor;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the skeleton, creating {@code notes/} or {@code papers/} if need be.
     *
     * @throws ScaffoldException when the paper is unknown, already has a note (for a note) or a record
     *     (for a record with an id), or a file is at the skeleton's path; nothing is written
     * @throws IOException when the content directory is missing, or cannot be read, or the file cannot be
     *     written
     */
    public ScaffoldResult write() throws ScaffoldException, IOException {
        // Checked even when nothing is read, so that a mistyped folder is not created with the skeleton in it.
        if (!Files.isDirectory(contentDirectory)) {
            throw new IOException("content directory " + contentDirectory + " does not exist");
        }
        DigestLookup digest = paperId == null ? null
                : DigestLookup.load(contentDirectory, maxFileBytes, LocalDate.now(clock));
        return title == null ? NoteScaffold.write(contentDirectory, digest, paperId, editor)
                : RecordScaffold.write(contentDirectory, digest, paperId, title, day);
    }

    /** Collects what to write; {@link #build()} checks that it makes one skeleton. */
    public static final class Builder {

        private Path contentDirectory;
        private long maxFileBytes = Generator.DEFAULT_MAX_FILE_BYTES;
        private Clock clock = Clock.systemUTC();
        private String paperId;
        private String day;
        private String title;
        private String editor;

        private Builder() {
        }

        /** The digest, holding {@code papers/} and {@code notes/}. */
        public Builder contentDirectory(Path directory) {
            this.contentDirectory = directory;
            return this;
        }

        /** The largest file read while looking the paper up, as the generator's setting of that name. */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive, not " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /** The clock that says what day it is: a record's day may not lie in the future. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The paper's arXiv id: alone, for a note on it; with a day and a title, the new record's id. */
        public Builder paperId(String id) {
            this.paperId = blankToNull(id);
            return this;
        }

        /** The new record's day, {@code YYYY-MM-DD}; with a title. */
        public Builder day(String day) {
            this.day = blankToNull(day);
            return this;
        }

        /** The new record's title, as the paper has it (LaTeX included); with a day. */
        public Builder title(String title) {
            this.title = blankToNull(title);
            return this;
        }

        /** Who writes the note, for its {@code editor}; null leaves the key out. */
        public Builder editor(String editor) {
            this.editor = blankToNull(editor);
            return this;
        }

        /** @throws IllegalArgumentException when the settings do not make one skeleton, or a value is wrong */
        public Scaffold build() {
            Objects.requireNonNull(contentDirectory, "contentDirectory");
            String id = paperId == null ? null : ArxivId.normalize(paperId);
            if (paperId != null && id == null) {
                throw new IllegalArgumentException("the id \"" + paperId + "\" is not an arXiv id (expected "
                        + "YYMM.NNNNN, such as 2602.02493)");
            }
            if ((day == null) != (title == null)) {
                throw new IllegalArgumentException("a record needs both a day and a title (give both for a record, "
                        + "or only a paper's id for a note)");
            }
            if (id == null && day == null) {
                throw new IllegalArgumentException("nothing to write: give a paper's id for a note on it, or a day "
                        + "and a title (and the id, if known) for a record");
            }
            if (day != null && editor != null) {
                throw new IllegalArgumentException("an editor belongs to a note, and a record has none (leave the "
                        + "editor out, and write the note once the record is published)");
            }
            return new Scaffold(this, id, day == null ? null : checkedDay());
        }

        private LocalDate checkedDay() {
            Dates.Checked checked = Dates.parseDay(day, LocalDate.now(clock));
            if (checked.problem() != null) {
                throw new IllegalArgumentException("the day \"" + day + "\" " + checked.problem());
            }
            return checked.date();
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
