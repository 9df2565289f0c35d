package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.cite.CitationKeys;
import io.github.paperdigest.internal.memo.Memo;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.page.Citation;
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

    private final Map<String, Citation> citations = new HashMap<>();
    /** By arXiv id: the entry term files carry. */
    private final Map<String, String> termEntries = new HashMap<>();
    private final List<Bibliography> bibliographies = new ArrayList<>();

    /**
     * @param madeCitations citations made by earlier builds, by their sources
     * @param keyBases papers' keys before collisions are settled, by paper
     */
    CitationPlanner(Site site, List<Paper> papers, Memo<PaperCitation.Sources, PaperCitation> madeCitations,
            Memo<Paper, String> keyBases) {
        Map<String, String> keys = CitationKeys.assign(papers, paper -> keyBases.get(paper, CitationKeys::base));
        // Each paper's entries depend on its key alone, so they are written on every core, then kept in order.
        List<PaperCitation> cited = papers.parallelStream()
                .map(paper -> new PaperCitation.Sources(paper, keys.get(paper.id()),
                        site.baseUrl() == null ? null : site.baseUrl() + paper.path()))
                .map(sources -> madeCitations.get(sources, PaperCitation::of))
                .toList();
        for (int i = 0; i < papers.size(); i++) {
            String id = papers.get(i).id();
            Citation citation = cited.get(i).citation();
            citations.put(id, citation);
            termEntries.put(id, cited.get(i).termEntry());
            bibliographies.add(new Bibliography(citation.bibtexPath(), List.of(citation.bibtex())));
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
