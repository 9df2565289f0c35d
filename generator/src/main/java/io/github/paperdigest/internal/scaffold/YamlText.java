package io.github.paperdigest.internal.scaffold;

/**
 * YAML scalars written into a front matter, so that any text (a colon, a {@code #},
 * quotes, a leading {@code -} or {@code [}, words YAML would read as a boolean or a number) stays the
 * same text when the loader reads it back.
 */
final class YamlText {

    private YamlText() {
    }

    /**
     * A double-quoted scalar: the one YAML style where every character can be written, escapes for
     * what is not printable. Other characters are kept as they are, the file being UTF-8.
     */
    static String quoted(String text) {
        StringBuilder yaml = new StringBuilder("\"");
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '"' -> yaml.append("\\\"");
                case '\\' -> yaml.append("\\\\");
                case '\n' -> yaml.append("\\n");
                case '\t' -> yaml.append("\\t");
                case '\r' -> yaml.append("\\r");
                default -> {
                    if (isPrintable(codePoint)) {
                        yaml.appendCodePoint(codePoint);
                    } else {
                        yaml.append(String.format(java.util.Locale.ROOT, "\\u%04X", codePoint));
                    }
                }
            }
        });
        return yaml.append('"').toString();
    }

    /**
     * YAML 1.1's printable characters, which SnakeYAML insists on even inside quotes; the line and
     * paragraph separators count as line breaks there, so they are escaped too.
     */
    private static boolean isPrintable(int codePoint) {
        return codePoint >= 0x20 && codePoint <= 0x7E
                || codePoint >= 0xA0 && codePoint <= 0xD7FF && codePoint != 0x2028 && codePoint != 0x2029
                || codePoint >= 0xE000 && codePoint <= 0xFFFD && codePoint != 0xFEFF
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
