package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.cite.BibtexEntry;
import io.github.paperdigest.internal.cite.Citations;
import io.github.paperdigest.internal.cite.PersonName;
import io.github.paperdigest.internal.cite.ScholarlyArticle;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.page.Citation;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How one paper is cited: on its page and in its own BibTeX file ({@code citation}), and in its terms'
 * files ({@code termEntry}, the full entry unless the paper has many authors).
 */
public record PaperCitation(Citation citation, String termEntry) {

    /**
     * The authors a term's file names before "and others", as Google Scholar does for long lists: a
     * paper by hundreds of authors is in hundreds of author files, and naming everyone in each would
     * make the site grow with the square of the team's size. The paper's own file names everyone.
     */
    static final int TERM_FILE_AUTHORS = 20;
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    /**
     * All a paper's citation is made from: equal sources make an equal citation, so a preview reuses
     * the citation of an unchanged paper.
     *
     * @param key its BibTeX key
     * @param pageUrl the absolute URL of its page, or null when the site has no base URL
     */
    public record Sources(Paper paper, String key, String pageUrl) {
    }

    static PaperCitation of(Sources sources) {
        Paper paper = sources.paper();
        String entry = BibtexEntry.of(paper, sources.key(), Integer.MAX_VALUE);
        List<String> authors = paper.authors().stream().map(Author::name)
                .map(name -> PersonName.parse(name).lastFirst()).toList();
        Citation citation = new Citation(entry, UrlScheme.bibtexOf(paper.path()), authors,
                SCHOLAR_DATE.format(Citations.date(paper)), Citations.doi(paper),
                ScholarlyArticle.jsonLd(paper, sources.pageUrl()));
        String termEntry = paper.authors().size() > TERM_FILE_AUTHORS
                ? BibtexEntry.of(paper, sources.key(), TERM_FILE_AUTHORS) : entry;
        return new PaperCitation(citation, termEntry);
    }
}
