package io.github.paperdigest.cli;

import io.github.paperdigest.Problem;
import java.util.List;

/** Counts problems for the line that ends a report: "2 errors, 1 warning". */
final class ProblemReport {

    private ProblemReport() {
    }

    static String count(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return plural(errors, "error") + (warnings > 0 ? ", " + plural(warnings, "warning") : "");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
