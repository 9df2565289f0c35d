package io.github.paperdigest.internal.load;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML for notes and free pages: CommonMark with tables, autolinks, strikethrough,
 * footnotes and heading anchors. Built once; flexmark's parser and renderer are thread-safe.
 * Raw HTML is escaped and script-bearing link schemes are dropped, because notes are untrusted.
 */
final class MarkdownRenderer {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                    StrikethroughExtension.create(), FootnoteExtension.create(), AnchorLinkExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(?:javascript|vbscript|data):.*")
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
            .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
            .set(TablesExtension.CLASS_NAME, "table")
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
