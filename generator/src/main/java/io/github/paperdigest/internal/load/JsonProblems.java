package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.paperdigest.internal.Problems;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions, JSON or YAML, into located problems in an editor's words: what is
 * wrong, where, and what was expected.
 */
final class JsonProblems {

    private static final Pattern END_OF_INPUT = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Array|Object) \\(start marker at .*line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\): (.*)");
    private static final Pattern NESTING_DEPTH = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*");
    private static final Map<String, String> PYTHON_WORDS = Map.of("True", "true", "False", "false", "None", "null");

    private JsonProblems() {
    }

    /** Reports a problem in a JSON file, whose bytes help to explain some syntax errors. */
    static void report(Problems problems, String file, byte[] json, JsonProcessingException exception) {
        if (exception instanceof JsonMappingException
                && exception.getCause() instanceof StreamConstraintsException limit) {
            // Met while binding a record, but a limit of the file's JSON, not a value of the wrong type.
            exception = limit;
        }
        JsonLocation location = exception.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        if (json != null && location != null && isTrailingComma(exception)) {
            int comma = previousNonBlank(json, (int) location.getByteOffset());
            if (comma >= 0 && json[comma] == ',') {
                int[] place = lineAndColumn(json, comma);
                problems.error(file, place[0], place[1], "a comma after the last item (JSON allows none: remove it)");
                return;
            }
        }
        problems.error(file, line, column, explain(exception));
    }

    /** Reports a problem in YAML front matter, which starts {@code lineOffset} lines into its file. */
    static void reportYaml(Problems problems, String file, int lineOffset, JsonProcessingException exception) {
        JsonLocation location = exception.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0) + lineOffset;
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        String message;
        if (exception instanceof JsonMappingException mapping && !(mapping.getCause() instanceof JsonProcessingException)) {
            message = mapping.getPath().isEmpty() && exception instanceof MismatchedInputException
                    ? "the front matter is not a set of keys (expected `key: value` lines, such as `paper: 2602.02493`)"
                    : BindingMessages.explain(mapping);
        } else if (DUPLICATE.matcher(firstLine(exception)).matches()) {
            message = duplicate(firstLine(exception));
        } else {
            message = "the front matter is not valid YAML: " + yamlReason(exception);
        }
        problems.error(file, line, column, message);
    }

    /** SnakeYAML's message without the lines that quote the input and point at it. */
    private static String yamlReason(JsonProcessingException exception) {
        Throwable cause = exception.getCause() instanceof JsonProcessingException inner ? inner : exception;
        String message = cause instanceof JsonProcessingException processing ? processing.getOriginalMessage()
                : cause.getMessage();
        StringBuilder reason = new StringBuilder();
        for (String line : String.valueOf(message).split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                reason.append(reason.isEmpty() ? "" : ", ").append(line.strip());
            }
        }
        return reason.toString();
    }

    private static String explain(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping) {
            return BindingMessages.explain(mapping);
        }
        if (exception instanceof StreamConstraintsException) {
            Matcher depth = NESTING_DEPTH.matcher(firstLine(exception));
            return depth.find() ? "the JSON nests more than " + depth.group(1) + " levels deep (expected paper records, "
                    + "which nest six levels at most)" : "the JSON goes beyond the parser's limits: " + firstLine(exception);
        }
        String message = firstLine(exception);
        if (DUPLICATE.matcher(message).matches()) {
            return duplicate(message);
        }
        Matcher matcher = END_OF_INPUT.matcher(message);
        if (matcher.matches()) {
            return "the file ends before the " + matcher.group(1).toLowerCase(Locale.ROOT) + " opened at line " + matcher.group(2)
                    + ", column " + matcher.group(3) + " is closed (is the file cut short?)";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of a value (is the file cut short?)";
        }
        matcher = UNRECOGNIZED.matcher(message);
        if (matcher.matches()) {
            String word = matcher.group(1);
            return PYTHON_WORDS.containsKey(word)
                    ? "`" + word + "` is Python, not JSON (expected " + PYTHON_WORDS.get(word)
                            + ": save the records with json.dump, not str() or repr())"
                    : "unexpected word `" + word + "` (expected a string in double quotes, a number, an array, "
                            + "an object, true, false or null)";
        }
        matcher = UNEXPECTED.matcher(message);
        if (matcher.matches()) {
            if (matcher.group(1).equals("'")) {
                return "a single quote where JSON needs a double quote (expected \"...\": save the records with "
                        + "json.dump, not str() or repr())";
            }
            return "unexpected `" + matcher.group(1) + "` (" + matcher.group(2).replace("was expecting", "expected") + ")";
        }
        return "the file is not valid JSON: " + message;
    }

    private static String duplicate(String message) {
        Matcher matcher = DUPLICATE.matcher(message);
        matcher.matches();
        return "`" + matcher.group(1) + "` is given twice (expected it once: remove one)";
    }

    private static boolean isTrailingComma(JsonProcessingException exception) {
        Matcher matcher = UNEXPECTED.matcher(firstLine(exception));
        return matcher.matches() && (matcher.group(1).equals("]") || matcher.group(1).equals("}"));
    }

    private static int previousNonBlank(byte[] json, int offset) {
        for (int i = Math.min(offset, json.length) - 1; i >= 0; i--) {
            if (!Character.isWhitespace(json[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line and column of a byte, counting characters rather than bytes. */
    static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    static String firstLine(JsonProcessingException exception) {
        String message = exception.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
