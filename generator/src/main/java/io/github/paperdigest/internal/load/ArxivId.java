package io.github.paperdigest.internal.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** arXiv identifiers of the current scheme (since 2007): {@code YYMM.NNNN} or {@code YYMM.NNNNN}. */
public final class ArxivId {

    private static final Pattern ID = Pattern.compile("(\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5})(?:v\\d+)?");

    private ArxivId() {
    }

    /** The id without its version suffix, or null when {@code text} is not an arXiv id. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ID.matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
