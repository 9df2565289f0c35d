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

    CitationPlanner(Site site, List<Paper> papers) {
        Map<String, String> keys = CitationKeys.assign(papers);
        for (Paper paper : papers) {
            String key = keys.get(paper.id());
            String entry = BibtexEntry.of(paper, key, Integer.MAX_VALUE);
            String path = UrlScheme.bibtexOf(paper.path());
            List<String> authors = paper.authors().stream().map(Author::name)
                    .map(name -> PersonName.parse(name).lastFirst()).toList();
            String pageUrl = site.baseUrl() == null ? null : site.baseUrl() + paper.path();
            citations.put(paper.id(), new Citation(entry, path, authors, SCHOLAR_DATE.format(Citations.date(paper)),
                    Citations.doi(paper), ScholarlyArticle.jsonLd(paper, pageUrl)));
            termEntries.put(paper.id(), paper.authors().size() > TERM_FILE_AUTHORS
                    ? BibtexEntry.of(paper, key, TERM_FILE_AUTHORS) : entry);
            bibliographies.add(new Bibliography(path, List.of(entry)));
        }
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
