package io.github.paperdigest.internal.fetch;

import io.github.paperdigest.Problem;

/** A committed day file that fetch cannot merge into: it is left as it is. */
public final class UnmergeableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    UnmergeableFileException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** What is wrong, located in the file. */
    public Problem problem() {
        return problem;
    }
}
