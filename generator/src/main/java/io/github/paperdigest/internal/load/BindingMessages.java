package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's binding errors (a value of the wrong type) in an editor's words. */
final class BindingMessages {

    private static final Pattern FOUND_VALUE = Pattern.compile("from (\\S+) value");
    private static final Map<String, String> FOUND_WORDS = Map.of("Array", "a list", "Object", "an object",
            "String", "a string", "Integer", "a number", "Floating-point", "a number", "Boolean", "a boolean",
            "Null", "null");

    private BindingMessages() {
    }

    /** What is wrong with a value that does not bind, such as "`upvotes` is a string, "many" (expected a whole number)". */
    static String explain(JsonMappingException exception) {
        String path = fieldPath(exception);
        String subject = path.isEmpty() ? "the value" : "`" + path + "`";
        if (exception instanceof InvalidFormatException invalid) {
            return subject + " is " + ValueText.describe(invalid.getValue()) + " (expected " + expected(invalid.getTargetType())
                    + ")";
        }
        Matcher found = FOUND_VALUE.matcher(JsonProblems.firstLine(exception));
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                && found.find()) {
            return subject + " is " + FOUND_WORDS.getOrDefault(found.group(1), "a " + found.group(1).toLowerCase(Locale.ROOT))
                    + " (expected " + expected(mismatched.getTargetType()) + ")";
        }
        return subject + ": " + JsonProblems.firstLine(exception);
    }

    /** What a field of a given type must hold, in an editor's words. */
    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == PaperJson.AuthorJson.class) {
            return "an author: a name, or an object with a `name`";
        }
        return "an object";
    }

    private static String fieldPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = exception.getPath();
        for (JsonMappingException.Reference reference : references) {
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
}
