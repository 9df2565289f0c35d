package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads JSON as trees that write back the values they read: numbers keep their digits (no detour
 * through double, no trailing zeros dropped), so that a merge changes only what the API changed.
 */
final class JsonTrees {

    /** The API's files nest six levels at most; the generator's reader stops at the same depth. */
    private static final int MAX_NESTING_DEPTH = 100;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Reads one value where a parser stands, among others: trailing tokens are the next values. */
    private static final ObjectReader VALUE_IN_STREAM = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonTrees() {
    }

    /** The value starting at the parser's current token, which it then moves past. */
    static JsonNode valueAt(JsonParser parser) throws IOException {
        return VALUE_IN_STREAM.readTree(parser);
    }

    /** A parser for a committed file: a field given twice is an error there, as the generator says. */
    static JsonParser strictParser(byte[] json) throws IOException {
        JsonParser parser = MAPPER.createParser(json);
        parser.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        return parser;
    }

    /** The API's answer as a tree; lenient about a field given twice, which the API never meant. */
    static JsonNode readAnswer(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** What kind of value a node is, for messages: "an object", "a number"... */
    static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case MISSING -> "nothing";
        };
    }
}
