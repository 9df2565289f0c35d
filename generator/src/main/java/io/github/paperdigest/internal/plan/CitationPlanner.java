package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.cite.BibtexEntry;
import io.github.paperdigest.internal.cite.CitationKeys;
import io.github.paperdigest.internal.cite.Citations;
import io.github.paperdigest.internal.cite.PersonName;
import io.github.paperdigest.internal.cite.ScholarlyArticle;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.page.Citation;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how each paper is cited and the BibTeX files: one per paper, and one per author, topic
 * and organisation with all its papers. Each entry is written once, with keys given once for the
 * whole catalog, and shared by every file it is in.
 */
final class CitationPlanner {

    /**
     * The authors a term's file names before "and others", as Google Scholar does for long lists: a
     * paper by hundreds of authors is in hundreds of author files, and naming everyone in each would
     * make the site grow with the square of the team's size. The paper's own file names everyone.
     */
    static final int TERM_FILE_AUTHORS = 20;
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final Map<String, Citation> citations = new HashMap<>();
    /** By arXiv id: the entry term files carry, the full one unless the paper has many authors. */
    private final Map<String, String> termEntries = new HashMap<>();
    private final List<Bibliography> bibliographies = new ArrayList<>();

    /** How one paper is cited: on its page, in its own file, and in its terms' files. */
    private record Cited(Paper paper, Citation citation, String termEntry) {
    }

    CitationPlanner(Site site, List<Paper> papers) {
        Map<String, String> keys = CitationKeys.assign(papers);
        // Each paper's entries depend on its key alone, so they are written on every core, then kept in order.
        List<Cited> cited = papers.parallelStream().map(paper -> cite(site, paper, keys.get(paper.id()))).toList();
        for (Cited paper : cited) {
            citations.put(paper.paper().id(), paper.citation());
            termEntries.put(paper.paper().id(), paper.termEntry());
            bibliographies.add(new Bibliography(paper.citation().bibtexPath(), List.of(paper.citation().bibtex())));
        }
    }

    private static Cited cite(Site site, Paper paper, String key) {
        String entry = BibtexEntry.of(paper, key, Integer.MAX_VALUE);
        String path = UrlScheme.bibtexOf(paper.path());
        List<String> authors = paper.authors().stream().map(Author::name)
                .map(name -> PersonName.parse(name).lastFirst()).toList();
        String pageUrl = site.baseUrl() == null ? null : site.baseUrl() + paper.path();
        Citation citation = new Citation(entry, path, authors, SCHOLAR_DATE.format(Citations.date(paper)),
                Citations.doi(paper), ScholarlyArticle.jsonLd(paper, pageUrl));
        String termEntry = paper.authors().size() > TERM_FILE_AUTHORS
                ? BibtexEntry.of(paper, key, TERM_FILE_AUTHORS) : entry;
        return new Cited(paper, citation, termEntry);
    }

    Citation citationOf(Paper paper) {
        return citations.get(paper.id());
    }

    /**
     * A term's BibTeX file.
     *
     * @param papers the term's papers, newest first
     * @return its path
     */
    String planTermBibliography(Term term, List<Paper> papers) {
        String path = UrlScheme.bibtexOf(term.path());
        bibliographies.add(new Bibliography(path, papers.stream().map(paper -> termEntries.get(paper.id())).toList()));
        return path;
    }

    List<Bibliography> bibliographies() {
        return List.copyOf(bibliographies);
    }
}
