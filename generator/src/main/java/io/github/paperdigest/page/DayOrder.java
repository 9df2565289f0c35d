package io.github.paperdigest.page;

/** The orders a day's papers are listed in, each on a page of its own. */
public enum DayOrder {
    /** Most upvoted first, as on Hugging Face: the day's own page. */
    UPVOTES,
    /** Newest on arXiv first, for readers who follow arXiv's announcements. */
    ARXIV_DATE
}
