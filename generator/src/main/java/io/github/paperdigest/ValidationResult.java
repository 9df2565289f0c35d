package io.github.paperdigest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a validation checked: the content loaded and every page rendered in memory, nothing written.
 *
 * @param papers distinct papers after merging their records
 * @param pages HTML pages rendered
 * @param elapsed wall time
 * @param warnings problems that would not stop a build
 */
public record ValidationResult(int papers, int pages, Duration elapsed, List<Problem> warnings) {

    public ValidationResult {
        warnings = List.copyOf(warnings);
    }

    /** One line for a terminal or a CI log. */
    public String summary() {
        return String.format(Locale.ROOT, "%d papers and %d pages checked in %.2f s", papers, pages,
                elapsed.toMillis() / 1000.0);
    }
}
