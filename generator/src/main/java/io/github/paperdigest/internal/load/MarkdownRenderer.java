package io.github.paperdigest.internal.load;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to HTML for notes and free pages: CommonMark with tables, autolinks, strikethrough,
 * footnotes, heading anchors and math ({@link MathExtension}). Built once; flexmark's parser and
 * renderer are thread-safe.
 * Raw HTML is escaped and script-bearing link schemes are dropped, because notes are untrusted.
 * HTML comments are left out, as a browser would hide them: they are notes to other editors, such as
 * the instructions in a skeleton that {@code papers:new} writes.
 */
final class MarkdownRenderer {

    /** The schemes whose links and images are dropped: they run script or carry a whole document. */
    private static final Pattern UNSAFE_URL = Pattern.compile("(?i)(?:javascript|vbscript|data):.*", Pattern.DOTALL);
    /** What a browser ignores in a URL: tabs and line breaks anywhere. */
    private static final Pattern IGNORED_IN_URL = Pattern.compile("[\\t\\n\\r]");
    /** An unsafe URL that {@link HtmlRenderer#SUPPRESSED_LINKS} is sure to match. */
    private static final BasedSequence DROPPED_URL = BasedSequence.of("javascript:");

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                    StrikethroughExtension.create(), FootnoteExtension.create(), AnchorLinkExtension.create(),
                    MathExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(?:javascript|vbscript|data):.*")
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
            .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
            .set(TablesExtension.CLASS_NAME, "table")
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
            .htmlIdGeneratorFactory(new ThemeSafeHeadingIds.Factory())
            .build();

    /**
     * @return the HTML, or null when flexmark runs out of stack on the Markdown: it recurses once per level
     *     of nested block quotes or lists, and its regular expression for a thematic break once per
     *     character of the line, so a thousand or so overflow a thread's stack
     */
    String toHtml(String markdown) {
        try {
            Document document = parser.parse(markdown);
            List<Node> comments = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof LinkNodeBase link && isUnsafe(link.getUrl().unescape())) {
                    link.setUrl(DROPPED_URL);
                } else if (node instanceof HtmlInlineComment
                        || node instanceof HtmlCommentBlock && isOnlyComments(node.getChars().toString())) {
                    comments.add(node);
                }
            }
            // Unlinked after the walk, which a change to the tree would derail.
            comments.forEach(Node::unlink);
            return renderer.render(document);
        } catch (StackOverflowError e) {
            // The stack is unwound by now, and the parse and the rendering kept their state in objects of
            // this document alone, which are dropped: the shared parser and renderer are as they were.
            return null;
        }
    }

    /**
     * Whether an HTML block holds nothing but closed comments. CommonMark lets the block go on after its
     * comment closes, to the end of the line, and an unclosed comment to the end of the note: such blocks
     * stay, escaped, so that no text the editor meant to show disappears. A scan rather than a regular
     * expression, which would backtrack exponentially over {@code <!-- --><!-- -->...}.
     */
    private static boolean isOnlyComments(String block) {
        int at = 0;
        while (true) {
            while (at < block.length() && Character.isWhitespace(block.charAt(at))) {
                at++;
            }
            if (at == block.length()) {
                return true;
            }
            if (!block.startsWith("<!--", at)) {
                return false;
            }
            // From the opener's own dashes, as "<!-->" and "<!--->" are whole comments.
            int end = block.indexOf("-->", at + 2);
            if (end < 0) {
                return false;
            }
            at = end + 3;
        }
    }

    /**
     * Whether a link's or a reference's URL, read as a browser reads it, has a script-bearing scheme.
     * flexmark matches {@code SUPPRESSED_LINKS} against an inline link's URL as written, before it decodes
     * entities ({@code java&#115;cript:}), and a browser also ignores tabs and line breaks in a URL and
     * control characters around it ({@code <java\tscript:...>}); so every URL is checked here, decoded,
     * and an unsafe one is replaced by one the suppression catches.
     */
    private static boolean isUnsafe(String url) {
        return UNSAFE_URL.matcher(IGNORED_IN_URL.matcher(url).replaceAll("").trim()).matches();
    }
}
