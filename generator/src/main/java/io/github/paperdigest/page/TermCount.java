package io.github.paperdigest.page;

import io.github.paperdigest.model.Term;

/** An author, topic or organisation with a number of papers: all of its own, or those it shares with another. */
public record TermCount(Term term, int count) {
}
