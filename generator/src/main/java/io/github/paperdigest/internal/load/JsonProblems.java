package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.paperdigest.internal.Problems;

/** Turns Jackson's exceptions, JSON or YAML, into located problems. */
final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * Reports {@code exception} against {@code file}, shifting its line by {@code lineOffset} (for
     * YAML front matter, which starts below the file's first line).
     */
    static void report(Problems problems, String file, int lineOffset, JsonProcessingException exception) {
        JsonLocation location = exception.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0) + lineOffset;
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        String message = firstLine(exception.getOriginalMessage());
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message = "`" + fieldPath(mapping) + "`: " + message;
        }
        problems.error(file, line, column, message);
    }

    private static String fieldPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
