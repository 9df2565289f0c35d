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
        return collapseSpaces(Normalizer.normalize(name, Normalizer.Form.NFC).strip());
    }

    /** The key two spellings of one name share: compatibility-normalised and case-folded. */
    static String key(String name) {
        return collapseSpaces(Normalizer.normalize(name, Normalizer.Form.NFKC).strip()).toLowerCase(Locale.ROOT);
    }

    /**
     * Each run of whitespace as one space. Most names have nothing to collapse, and the regex costs
     * where it finds nothing: names are cleaned on every paper they are on.
     */
    private static String collapseSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' && i + 1 < text.length() && isSpace(text.charAt(i + 1));
            if (space || c != ' ' && isSpace(c)) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
