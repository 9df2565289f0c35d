package io.github.paperdigest.page;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Term;
import java.util.List;

/**
 * One page of an author's, a topic's or an organisation's papers.
 *
 * @param papers this page's share, newest first
 * @param paperCount all of the term's papers, on every page
 * @param feed the term's feed, or null when the site has none (no absolute base URL)
 * @param bibtexPath the BibTeX of all the term's papers, relative to the base path
 * @param relations the topics and authors its papers share, the same on every page of the term
 */
public record TermPage(String path, Taxonomy taxonomy, Term term, List<Paper> papers, int paperCount, Pager pager,
        FeedLink feed, String bibtexPath, Relations relations) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.TERM;
    }

    @Override
    public String template() {
        return taxonomy.termTemplate();
    }
}
