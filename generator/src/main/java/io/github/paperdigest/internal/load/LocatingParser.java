package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parser that notes where each field of one record is, while Jackson binds the record, so that a
 * problem with a field's value can name the field's own line rather than the record's. Made at the
 * record's opening brace; paths are relative to it, such as {@code paper.id} or {@code authors[2]}.
 */
final class LocatingParser extends JsonParserDelegate {

    private final JsonStreamContext record;
    private final JsonLocation start;
    private final Map<String, JsonLocation> fields = new HashMap<>();

    LocatingParser(JsonParser parser) {
        super(parser);
        this.record = parser.getParsingContext();
        this.start = parser.currentTokenLocation();
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return noted(super.nextToken());
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = super.nextFieldName();
        noted(currentToken());
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        boolean matches = super.nextFieldName(name);
        noted(currentToken());
        return matches;
    }

    /** Where the record starts: its opening brace. */
    JsonLocation start() {
        return start;
    }

    /** Where the field at {@code path} is, or the record's start when the record has no such field. */
    JsonLocation locationOf(String path) {
        return fields.getOrDefault(path, start);
    }

    private JsonToken noted(JsonToken token) {
        if (token == JsonToken.FIELD_NAME) {
            fields.putIfAbsent(path(getParsingContext()), currentTokenLocation());
        } else if (token != null && !token.isStructEnd()) {
            // An opening brace or bracket has already entered its own level: the element is its parent's.
            JsonStreamContext container = token.isStructStart() ? getParsingContext().getParent()
                    : getParsingContext();
            if (container != null && container.inArray() && isWithinRecord(container)) {
                fields.putIfAbsent(path(container), currentTokenLocation());
            }
        }
        return token;
    }

    private boolean isWithinRecord(JsonStreamContext context) {
        for (JsonStreamContext level = context; level != null; level = level.getParent()) {
            if (level == record) {
                return true;
            }
        }
        return false;
    }

    /** The path from the record down to {@code context}'s current field or element. */
    private String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext level = context; level != null; level = level.getParent()) {
            String step = level.inArray() ? "[" + level.getCurrentIndex() + "]" : level.getCurrentName();
            if (step != null) {
                if (!path.isEmpty() && path.charAt(0) != '[') {
                    path.insert(0, '.');
                }
                path.insert(0, step);
            }
            if (level == record) {
                break;
            }
        }
        return path.toString();
    }
}
