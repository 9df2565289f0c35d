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
        return text == null ? null : LINE_BREAK.matcher(text.strip()).replaceAll(" ");
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
