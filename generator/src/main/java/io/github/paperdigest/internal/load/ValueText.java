package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonToken;

/** Values as problem messages show them. */
final class ValueText {

    private static final int QUOTED_LENGTH = 60;

    private ValueText() {
    }

    /** {@code text} in double quotes, shortened, with control characters made visible. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().limit(QUOTED_LENGTH).forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append((char) c);
            } else if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > QUOTED_LENGTH) {
            quoted.append('…');
        }
        return quoted.append('"').toString();
    }

    /** What kind of value a token starts: "a string", "a list"... */
    static String kindOf(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            default -> token.asString();
        };
    }

    /** A scalar value with its kind: "a string, \"many\"". */
    static String describe(Object value) {
        if (value instanceof String text) {
            return "a string, " + quote(text);
        }
        if (value instanceof Number number) {
            return "a number, " + number;
        }
        return value instanceof Boolean bool ? "a boolean, " + bool : String.valueOf(value);
    }
}
