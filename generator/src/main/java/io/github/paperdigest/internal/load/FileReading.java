package io.github.paperdigest.internal.load;

import io.github.paperdigest.Problem;
import java.util.List;

/**
 * What reading one content file gave: its records (a {@link PaperFile}, a {@link NoteRecord} or a
 * {@link PageRecord}, or null when it had errors) and the problems it found, which a build that
 * reuses the reading reports again.
 */
public record FileReading(Object value, List<Problem> problems) {

    public FileReading {
        problems = List.copyOf(problems);
    }
}
