package io.github.paperdigest.internal.tex;

/**
 * A piece of text as {@link MathSplitter} cuts it: plain text, or a math span with its delimiters
 * ({@code $x$}, {@code \(x\)}, {@code $$x$$}, {@code \[x\]}) kept as written.
 *
 * @param display whether a math span is display math ({@code $$..$$} or {@code \[..\]}); false for text
 */
public record Segment(String text, boolean math, boolean display) {

    static Segment text(String text) {
        return new Segment(text, false, false);
    }
}
