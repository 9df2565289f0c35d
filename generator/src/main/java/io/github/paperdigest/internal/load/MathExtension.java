package io.github.paperdigest.internal.load;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.paperdigest.internal.tex.MathMarkup;
import io.github.paperdigest.internal.tex.MathSplitter;
import java.util.Set;

/**
 * Math in notes and free pages: {@code $..$}, {@code \(..\)}, {@code $$..$$} and {@code \[..\]}, found by
 * {@link MathSplitter}'s rule, are taken out of the Markdown before CommonMark reads them (it would
 * turn {@code \(} into {@code (} and {@code a_1 * b_2} into emphasis), and written as
 * {@link MathMarkup} spans, their TeX escaped. As an inline parser it sees only inline text: math in
 * code spans and code blocks stays code, and raw HTML around it stays escaped.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new MathParserFactory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new MathRenderer());
    }

    /** One math span, delimiters included. */
    static final class MathNode extends Node {

        MathNode(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class MathParserFactory implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "$\\";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new MathParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class MathParser implements InlineParserExtension {

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int start = parser.getIndex();
            int end = MathSplitter.spanEnd(input, start);
            if (end < 0) {
                // Not math: flexmark goes on as usual, so \$ stays an escaped dollar.
                return false;
            }
            parser.flushTextNode();
            parser.getBlock().appendChild(new MathNode(input.subSequence(start, end)));
            parser.setIndex(end);
            return true;
        }

        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }
    }

    private static final class MathRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(MathNode.class, (node, context, html) -> {
                String tex = node.getChars().toString();
                StringBuilder markup = new StringBuilder();
                MathMarkup.span(markup, tex, MathSplitter.isDisplay(tex));
                html.raw(markup);
            }));
        }
    }
}
