package io.github.paperdigest.internal.load;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashSet;
import java.util.Set;

/**
 * flexmark's heading ids, kept clear of the ids the theme gives the page a note or free page appears
 * on: a note's {@code # Main} would otherwise get {@code id="main"}, a second element with the id the
 * skip link targets, which is invalid HTML. Such a heading gets the next free suffix, as flexmark
 * numbers repeated headings: {@code main-1}.
 */
final class ThemeSafeHeadingIds extends HeaderIdGenerator {

    /** The ids of the theme's layout and paper page. */
    static final Set<String> THEME_IDS = Set.of("main", "editor-note", "paper-abstract", "paper-ai-summary",
            "paper-topics", "paper-cite", "paper-bibtex", "frequent-topics");

    static final class Factory implements HeaderIdGeneratorFactory {

        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new ThemeSafeHeadingIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new ThemeSafeHeadingIds();
        }
    }

    @Override
    public void generateIds(Document document) {
        super.generateIds(document);
        avoidThemeIds(document);
    }

    @Override
    public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
        super.generateIds(document, preVisitor);
        avoidThemeIds(document);
    }

    private static void avoidThemeIds(Document document) {
        Set<String> taken = new HashSet<>(THEME_IDS);
        for (Node node : document.getDescendants()) {
            if (node instanceof AnchorRefTarget target && target.getAnchorRefId() != null) {
                taken.add(target.getAnchorRefId());
            }
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof AnchorRefTarget target && THEME_IDS.contains(target.getAnchorRefId())) {
                int suffix = 1;
                while (taken.contains(target.getAnchorRefId() + "-" + suffix)) {
                    suffix++;
                }
                target.setAnchorRefId(target.getAnchorRefId() + "-" + suffix);
                taken.add(target.getAnchorRefId());
            }
        }
    }
}
