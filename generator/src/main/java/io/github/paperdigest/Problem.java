package io.github.paperdigest;

/**
 * One thing wrong with the content, located as precisely as the input allows.
 *
 * @param severity whether the build can go on
 * @param file the file at fault, relative to the content directory (or a template's name)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, and what was expected
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    public enum Severity { WARNING, ERROR }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The conventional {@code file:line:column: message} form that editors and CI logs link to. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        return text.append(message).toString();
    }
}
