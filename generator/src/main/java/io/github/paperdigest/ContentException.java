package io.github.paperdigest;

import java.util.List;

/** The content cannot be built into a site; nothing was written. */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in the order of the files. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        long errors = problems.stream().filter(Problem::isError).count();
        for (Problem problem : problems) {
            text.append(problem).append('\n');
        }
        text.append(errors).append(errors == 1 ? " error" : " errors");
        long warnings = problems.size() - errors;
        if (warnings > 0) {
            text.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return text.toString();
    }
}
