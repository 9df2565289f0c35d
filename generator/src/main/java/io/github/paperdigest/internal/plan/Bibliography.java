package io.github.paperdigest.internal.plan;

import java.util.List;

/**
 * A BibTeX file: one paper's entry, or every paper of an author, topic or organisation.
 *
 * @param path where it goes, such as {@code topics/agents/cite.bib}
 * @param entries each paper's entry, newest paper first; the same strings in every file a paper is in
 */
public record Bibliography(String path, List<String> entries) {

    public Bibliography {
        entries = List.copyOf(entries);
    }
}
