package io.github.paperdigest.internal.tex;

import java.util.List;

/**
 * The text of titles, abstracts and topics as the site shows it: text-mode LaTeX turned into
 * characters once, when records become the model, and math spans kept with their delimiters for
 * KaTeX to typeset in the browser.
 */
public final class TexText {

    private static final String ELLIPSIS = "\u2026";

    private TexText() {
    }

    /**
     * Converts the text-mode macros outside math ({@link TextMacros}). A literal dollar or backslash the
     * conversion writes ({@code \$}, {@code \textbackslash}) could pair up with another dollar into math
     * that the source did not have; in that rare case they are written with invisible guards instead.
     */
    public static String convert(String tex) {
        if (tex == null) {
            return null;
        }
        String converted = TextMacros.toUnicode(tex, false);
        return mathOf(converted).equals(mathOf(tex)) ? converted : TextMacros.toUnicode(tex, true);
    }

    private static List<String> mathOf(String text) {
        return MathSplitter.split(text).stream().filter(Segment::math).map(Segment::text).toList();
    }

    /**
     * The start of a text, at most {@code limit} characters and an ellipsis, cut between words and never
     * inside a math span: a span the limit would cut is left out whole.
     */
    public static String excerpt(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int cut = limit;
        int start = 0;
        for (Segment segment : MathSplitter.split(text)) {
            int end = start + segment.text().length();
            if (segment.math() && start < cut && cut < end) {
                cut = start;
                break;
            }
            start = end;
        }
        int space = lastSpace(text, cut);
        if (space > cut / 2) {
            cut = space;
        } else if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    private static int lastSpace(String text, int cut) {
        for (int i = cut; i > 0; i--) {
            if (MathSplitter.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
