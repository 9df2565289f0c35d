package io.github.paperdigest.internal.load;

import io.github.paperdigest.internal.Problems;
import java.util.regex.Pattern;

/**
 * Entries saved as Python's printed form of a dict ({@code "{'paper': {'id': …, 'hidden': False}}"})
 * rather than as JSON objects: one error for the file names them all, and how to save them right.
 */
final class PythonReprEntries {

    private static final Pattern PYTHON_REPR = Pattern.compile("(?s)\\s*[{\\[]\\s*'.*");

    private int count;
    private int line;
    private int column;
    private String first;

    static boolean isPythonRepr(String text) {
        return PYTHON_REPR.matcher(text).matches();
    }

    void add(int atLine, int atColumn, String text) {
        if (count++ == 0) {
            line = atLine;
            column = atColumn;
            first = text;
        }
    }

    void report(Problems problems, String file) {
        if (count > 0) {
            problems.error(file, line, column, "the file holds " + (count == 1 ? "a string" : count + " strings")
                    + " of Python's printed dicts, such as " + ValueText.quote(first)
                    + ", not JSON objects (expected objects: save the records with json.dump, not str() or repr())");
        }
    }
}
