package io.github.paperdigest.internal;

import io.github.paperdigest.ContentException;
import io.github.paperdigest.Problem;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one build from every stage, possibly from several threads. A problem
 * reported twice (a template failing the same way on many pages) is kept once.
 */
public final class Problems {

    private static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    private final Set<Problem> problems = new LinkedHashSet<>();
    private final boolean warningsAreErrors;

    /** Problems where warnings stay warnings. */
    public Problems() {
        this(false);
    }

    /** @param warningsAreErrors whether every warning is kept as an error, to fail the build on it */
    public Problems(boolean warningsAreErrors) {
        this.warningsAreErrors = warningsAreErrors;
    }

    public synchronized void add(Problem problem) {
        problems.add(warningsAreErrors && !problem.isError()
                ? Problem.error(problem.file(), problem.line(), problem.column(), problem.message())
                : problem);
    }

    public void error(String file, int line, int column, String message) {
        add(Problem.error(file, line, column, message));
    }

    public void warning(String file, int line, int column, String message) {
        add(Problem.warning(file, line, column, message));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem so far, sorted by file and position so that reports do not depend on threads. */
    public synchronized List<Problem> all() {
        return problems.stream().sorted(BY_PLACE).toList();
    }

    public List<Problem> warnings() {
        return all().stream().filter(problem -> !problem.isError()).toList();
    }

    /** Ends the build here if anything so far is an error, reporting warnings along with the errors. */
    public void throwIfErrors() throws ContentException {
        if (hasErrors()) {
            throw new ContentException(all());
        }
    }
}
