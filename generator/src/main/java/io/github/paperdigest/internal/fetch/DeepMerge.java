package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Merges a fetched entry over a committed one: the API's values win, since they are the latest
 * (upvotes, stars, comments); objects merge field by field; arrays are replaced whole, since a
 * list of authors is one value; a field the API left out or sent as null keeps its committed value.
 */
final class DeepMerge {

    private DeepMerge() {
    }

    /** The merged value; neither argument is changed. {@code committed} may be null (absent). */
    static JsonNode merge(JsonNode committed, JsonNode fetched) {
        if (fetched == null || fetched.isNull() || fetched.isMissingNode()) {
            return committed != null ? committed : fetched;
        }
        if (committed instanceof ObjectNode committedObject && fetched instanceof ObjectNode fetchedObject) {
            ObjectNode merged = committedObject.deepCopy();
            for (Map.Entry<String, JsonNode> field : fetchedObject.properties()) {
                merged.set(field.getKey(), merge(committedObject.get(field.getKey()), field.getValue()));
            }
            return merged;
        }
        return fetched;
    }
}
