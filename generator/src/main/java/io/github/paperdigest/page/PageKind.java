package io.github.paperdigest.page;

/** The fixed set of page kinds. */
public enum PageKind {
    HOME, DAY, WEEK, MONTH, ARCHIVE, PAPER, TAXONOMY, TERM, PAGE, SEARCH, NOT_FOUND
}
