package io.github.paperdigest.internal.tex;

/**
 * The HTML of text with math: the text escaped, each math span escaped inside a {@code <span>} of class
 * {@code math} (and {@code math-display} for display math), delimiters included, so that a reader
 * without JavaScript sees the TeX and copying the text copies it. The theme's script typesets those
 * spans with KaTeX, and the layout loads KaTeX only on pages whose HTML has one.
 */
public final class MathMarkup {

    private static final String INLINE_OPEN = "<span class=\"math\">";
    private static final String DISPLAY_OPEN = "<span class=\"math math-display\">";
    /** What both openings start with; escaped text and notes' escaped raw HTML cannot contain it. */
    private static final String MARKER = "<span class=\"math";

    private MathMarkup() {
    }

    /** The text, escaped, with its math spans marked up. */
    public static String html(String text) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (Segment segment : MathSplitter.split(text)) {
            if (segment.math()) {
                span(html, segment.text(), segment.display());
            } else {
                escape(html, segment.text());
            }
        }
        return html.toString();
    }

    /** One math span, its TeX with delimiters escaped inside. */
    public static void span(StringBuilder html, String tex, boolean display) {
        html.append(display ? DISPLAY_OPEN : INLINE_OPEN);
        escape(html, tex);
        html.append("</span>");
    }

    /** Whether a page's HTML shows math, so that it needs KaTeX. */
    public static boolean containsMath(String html) {
        return html.contains(MARKER);
    }

    private static void escape(StringBuilder html, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
