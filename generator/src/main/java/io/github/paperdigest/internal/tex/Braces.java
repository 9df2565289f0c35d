package io.github.paperdigest.internal.tex;

/** Matching braces in TeX source. */
final class Braces {

    /** Unbalanced input is common enough in abstracts that this bounds how far it looks. */
    private static final int MAX_GROUP = 2000;

    private Braces() {
    }

    /**
     * The index of the brace that closes the one at {@code open}, or -1 when {@code open} is not a
     * brace or nothing closes it. Escaped braces, {@code \{} and {@code \}}, do not count.
     */
    static int closing(String text, int open) {
        if (open >= text.length() || text.charAt(open) != '{') {
            return -1;
        }
        int depth = 0;
        int end = Math.min(text.length(), open + MAX_GROUP);
        for (int i = open; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
