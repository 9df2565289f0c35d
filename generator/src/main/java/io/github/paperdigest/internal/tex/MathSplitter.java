package io.github.paperdigest.internal.tex;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the math spans in a title, an abstract or a note. Most dollar signs in real abstracts are
 * prices ("at a cost of only $25 and ... under $10"), so {@code $..$} follows Pandoc's
 * {@code tex_math_dollars} rule: the opening {@code $} is followed by a non-space, and the first
 * unescaped {@code $} after it closes the span only if it follows a non-space and is not followed by a
 * digit; otherwise that opening {@code $} is text. {@code $$..$$} is display math, {@code \$} a literal
 * dollar, and {@code \(..\)} and {@code \[..\]} are math too. Anything unterminated is text.
 */
public final class MathSplitter {

    /**
     * An invisible character that counts as a space here: {@link TexText} puts it around a literal dollar
     * it writes where that dollar would otherwise pair up with another into math.
     */
    static final char GUARD = '\u200B';

    private MathSplitter() {
    }

    public static List<Segment> split(String text) {
        if (text.indexOf('$') < 0 && text.indexOf('\\') < 0) {
            // Most text has no math: every page shows dozens of titles and excerpts.
            return text.isEmpty() ? List.of() : List.of(Segment.text(text));
        }
        List<Segment> segments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = spanEnd(text, i);
            if (end > 0) {
                if (!plain.isEmpty()) {
                    segments.add(Segment.text(plain.toString()));
                    plain.setLength(0);
                }
                String span = text.substring(i, end);
                segments.add(new Segment(span, true, isDisplay(span)));
                i = end;
            } else {
                // A backslash and the character after it stay together, so that \$ never opens math.
                int length = text.charAt(i) == '\\' && i + 1 < text.length() ? 2
                        : text.startsWith("$$", i) ? 2 : 1;
                plain.append(text, i, i + length);
                i += length;
            }
        }
        if (!plain.isEmpty()) {
            segments.add(Segment.text(plain.toString()));
        }
        return segments;
    }

    /** Whether a math span, delimiters included, is display math: {@code $$..$$} or {@code \[..\]}. */
    public static boolean isDisplay(String span) {
        return span.startsWith("$$") || span.startsWith("\\[");
    }

    /** Whether the text has at least one math span. */
    public static boolean hasMath(String text) {
        return text != null && split(text).stream().anyMatch(Segment::math);
    }

    /**
     * The end (exclusive) of the math span that starts at {@code start}, or -1 when none starts there.
     * The caller makes sure {@code start} is not the second character of a backslash escape.
     */
    public static int spanEnd(CharSequence text, int start) {
        char first = text.charAt(start);
        char second = start + 1 < text.length() ? text.charAt(start + 1) : 0;
        if (first == '\\' && (second == '(' || second == '[')) {
            int close = indexOf(text, second == '(' ? "\\)" : "\\]", start + 2);
            return close < 0 ? -1 : close + 2;
        }
        if (first != '$') {
            return -1;
        }
        if (second == '$') {
            int close = unescapedDollar(text, start + 2, true);
            return close > start + 2 ? close + 2 : -1;
        }
        if (second == 0 || isSpace(second)) {
            return -1;
        }
        int close = unescapedDollar(text, start + 1, false);
        if (close < 0 || isSpace(text.charAt(close - 1))
                || close + 1 < text.length() && Character.isDigit(text.charAt(close + 1))) {
            return -1;
        }
        return close + 1;
    }

    /** The next {@code $} (or {@code $$}) not escaped by a backslash; -1 past a blank line, as in Pandoc. */
    private static int unescapedDollar(CharSequence text, int from, boolean doubled) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && (!doubled || i + 1 < text.length() && text.charAt(i + 1) == '$')) {
                return i;
            } else if (c == '\n' && blankLineFollows(text, i + 1)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean blankLineFollows(CharSequence text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the two-character {@code target} occurs first from {@code from} on, or -1. */
    private static int indexOf(CharSequence text, String target, int from) {
        for (int i = from; i + target.length() <= text.length(); i++) {
            if (text.charAt(i) == target.charAt(0) && text.charAt(i + 1) == target.charAt(1)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == GUARD;
    }
}
