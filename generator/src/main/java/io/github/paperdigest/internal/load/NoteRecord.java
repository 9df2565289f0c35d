package io.github.paperdigest.internal.load;

import java.time.LocalDate;
import java.util.List;

/**
 * An editor's note as read from {@code notes/}.
 *
 * @param line where its {@code paper:} key is, for problems about the paper it names
 * @param day overrides the paper's day when not null
 */
public record NoteRecord(String file, int line, String paperId, String title, String editor, LocalDate day,
        List<String> topics, String html) {
}
