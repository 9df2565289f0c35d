package io.github.paperdigest.internal.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Clean-up of the text that arXiv and Hugging Face hand over. */
final class Text {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Folds arXiv's hard line breaks (and the indentation after them) into single spaces. */
    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return hasLineBreak(stripped) ? LINE_BREAK.matcher(stripped).replaceAll(" ") : stripped;
    }

    /** Whether {@code \R} could match: most texts have no line break, and the regex costs where it finds none. */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** A name with its whitespace collapsed and its Unicode composed, as it should be shown. */
    static String clean(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** The key two spellings of one name share: compatibility-normalised and case-folded. */
    static String key(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }
}
