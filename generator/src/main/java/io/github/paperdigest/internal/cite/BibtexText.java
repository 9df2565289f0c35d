package io.github.paperdigest.internal.cite;

import io.github.paperdigest.internal.tex.MathSplitter;
import io.github.paperdigest.internal.tex.Segment;
import java.util.Map;

/**
 * Turns plain text into the value of a BibTeX field. BibTeX counts braces and LaTeX reads
 * {@code \ % & $ # _ ~ ^} as commands, so each becomes the command that prints it; every other
 * character, non-ASCII included, stays as it is (the files are UTF-8, which biber, Zotero and
 * JabRef read).
 */
public final class BibtexText {

    /** The special characters and what LaTeX prints them with; a closing {@code {}} ends the command's name. */
    static final Map<Character, String> ESCAPES = Map.of(
            '\\', "\\textbackslash{}",
            '{', "\\{",
            '}', "\\}",
            '%', "\\%",
            '&', "\\&",
            '$', "\\$",
            '#', "\\#",
            '_', "\\_",
            '~', "\\textasciitilde{}",
            '^', "\\textasciicircum{}");

    private BibtexText() {
    }

    /**
     * Like {@link #escape}, but the math spans of a title pass through as the LaTeX they are, so that
     * a style sets {@code $\nabla^2$DFT} as math. A span whose braces do not balance is escaped as
     * text instead: BibTeX counts every brace, escaped or not, and would end the field early.
     */
    public static String escapeKeepingMath(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (Segment segment : MathSplitter.split(text)) {
            boolean verbatim = segment.math() && bracesBalance(segment.text());
            escaped.append(verbatim ? segment.text() : escape(segment.text()));
        }
        return escaped.toString();
    }

    private static boolean bracesBalance(String math) {
        int depth = 0;
        for (int i = 0; i < math.length() && depth >= 0; i++) {
            depth += math.charAt(i) == '{' ? 1 : math.charAt(i) == '}' ? -1 : 0;
        }
        return depth == 0;
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String command = ESCAPES.get(c);
            if (command != null) {
                escaped.append(command);
            } else if (Character.isISOControl(c)) {
                escaped.append(' '); // a stray line break or tab would only confuse a reader of the file
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
