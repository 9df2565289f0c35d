package io.github.paperdigest.internal.load;

/**
 * A Markdown file split into its YAML front matter (between {@code ---} lines at the top) and body.
 *
 * @param yaml the front matter, empty when the file has none
 * @param firstLine the file line the front matter's first line is on, for locating YAML problems
 * @param body the Markdown below it
 */
record FrontMatter(String yaml, int firstLine, String body) {

    static FrontMatter split(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!content.startsWith("---\n") && !content.startsWith("---\r\n")) {
            return new FrontMatter("", 0, content);
        }
        int start = content.indexOf('\n') + 1;
        int lineStart = start;
        while (lineStart < content.length()) {
            int lineEnd = content.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? content.length() : lineEnd;
            String line = content.substring(lineStart, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String body = lineEnd < 0 ? "" : content.substring(lineEnd + 1);
                return new FrontMatter(content.substring(start, lineStart), 2, body);
            }
            lineStart = end + 1;
        }
        return null;
    }
}
