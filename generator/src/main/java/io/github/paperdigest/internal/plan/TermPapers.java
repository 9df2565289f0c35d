package io.github.paperdigest.internal.plan;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.page.Relations;
import java.util.List;

/**
 * A term and all its papers, newest first: what its related terms are counted from. A preview keeps
 * the relations of a term whose papers are the same as last time.
 */
public record TermPapers(Term term, List<Paper> papers) {

    Relations relations() {
        return RelationsPlanner.of(term, papers);
    }
}
