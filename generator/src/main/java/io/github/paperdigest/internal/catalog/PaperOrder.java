package io.github.paperdigest.internal.catalog;

import io.github.paperdigest.model.Paper;
import java.time.LocalDate;
import java.util.Comparator;

/** The orders papers are listed in. Every order ends on the arXiv id, so that lists never depend on input order. */
public final class PaperOrder {

    /** As on Hugging Face: most upvoted first. Days, weeks and months list their papers so. */
    public static final Comparator<Paper> BY_UPVOTES = Comparator.comparingInt(Paper::upvotes).reversed()
            .thenComparing(Paper::id);

    /** Newest day in the digest first: the order of an author's, a topic's or an organisation's papers. */
    public static final Comparator<Paper> NEWEST_FIRST = Comparator.comparing((Paper paper) -> paper.day().date())
            .reversed()
            .thenComparing(BY_UPVOTES);

    /** Newest on arXiv first; papers without an arXiv date come last. */
    public static final Comparator<Paper> BY_ARXIV_DATE = Comparator.comparing(Paper::publishedOn,
            Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
            .thenComparing(BY_UPVOTES);

    private PaperOrder() {
    }
}
