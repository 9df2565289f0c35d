package io.github.paperdigest;

import java.time.Duration;
import java.util.List;

/**
 * What a build wrote.
 *
 * @param pages HTML pages rendered
 * @param files every file of the site, pages included
 * @param written the files whose bytes were written: every file in a whole build, only those that
 *     changed in an incremental one
 * @param deleted the files of the previous site that this build deleted
 * @param bytes the size of the site
 * @param elapsed wall time of the whole build
 * @param warnings problems that did not stop the build
 * @param stages the wall time of each stage, in the order they ran
 */
public record BuildResult(int pages, int files, int written, int deleted, long bytes, Duration elapsed,
        List<Problem> warnings, List<StageTime> stages) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        stages = List.copyOf(stages);
    }

    /** The stages' times in one line, such as {@code load 0.52 s, catalog 0.10 s, ...}. */
    public String stageSummary() {
        return String.join(", ", stages.stream().map(StageTime::toString).toList());
    }

    /** One line for a terminal or a CI log. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d pages, %d files (%d written, %d deleted), %.1f MB in %.2f s",
                pages, files, written, deleted, bytes / 1_000_000.0, elapsed.toMillis() / 1000.0);
    }
}
