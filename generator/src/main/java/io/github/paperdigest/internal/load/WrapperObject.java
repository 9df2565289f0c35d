package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The object some scripts save around an API answer, {@code {"status": "ok", "date": …, "count": …,
 * "data": [...]}}: its {@code data} array holds the records. An object is taken for one when it has
 * {@code data} and none of a record's own fields.
 */
final class WrapperObject {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> RECORD_FIELDS = Set.of("paper", "id", "title", "authors");

    private WrapperObject() {
    }

    /** Whether the object at the top of {@code json} is a wrapper; reads its top-level field names only. */
    static boolean isWrapper(byte[] json) throws IOException {
        Set<String> names = new HashSet<>();
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            // The real reading reports what is wrong, at its place.
            return false;
        }
        return names.contains("data") && names.stream().noneMatch(RECORD_FIELDS::contains);
    }

    /** Moves {@code parser}, at the wrapper's opening brace, onto the opening bracket of {@code data}. */
    static boolean enterData(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean data = "data".equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (data) {
                return value == JsonToken.START_ARRAY;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** Moves {@code parser}, just past the {@code data} array, onto the wrapper's closing brace. */
    static void skipRest(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }
}
