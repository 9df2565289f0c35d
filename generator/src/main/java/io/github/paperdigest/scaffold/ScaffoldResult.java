package io.github.paperdigest.scaffold;

import java.nio.file.Path;

/**
 * A skeleton written.
 *
 * @param file where, absolute
 * @param nextSteps what the editor fills in before the skeleton is done
 */
public record ScaffoldResult(Path file, String nextSteps) {

    /** One line for a terminal or a build log. */
    public String summary() {
        return "Wrote " + file + ". " + nextSteps;
    }
}
