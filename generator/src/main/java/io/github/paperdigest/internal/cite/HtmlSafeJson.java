package io.github.paperdigest.internal.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON to put inside an HTML {@code <script>} element. {@code <}, {@code >} and {@code &} are
 * written as {@code \u003c} and the like, so that a {@code </script>} or {@code <!--} in a title
 * cannot end the element or change how HTML parses it; U+2028 and U+2029 too, which older
 * JavaScript parsers take for line ends. The JSON means the same.
 */
public final class HtmlSafeJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new Escapes());

    private HtmlSafeJson() {
    }

    public static String write(JsonNode json) {
        try {
            return WRITER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static final class Escapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
