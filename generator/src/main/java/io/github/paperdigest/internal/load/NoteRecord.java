package io.github.paperdigest.internal.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An editor's note as read from {@code notes/}.
 *
 * @param line where its {@code paper:} key is, for problems about the paper it names
 * @param day overrides the paper's day when not null
 */
public record NoteRecord(String file, int line, String paperId, String title, String editor, LocalDate day,
        List<String> topics, String html) {

    /** The hash of its file and paper, which equal notes share: the hash of a whole note would walk its text. */
    @Override
    public int hashCode() {
        return Objects.hash(file, paperId);
    }
}
