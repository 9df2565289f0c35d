package io.github.paperdigest.page;

import java.util.List;

/** The index of a taxonomy: every author, topic or organisation with its number of papers. */
public record TaxonomyPage(String path, Taxonomy taxonomy, List<TermCount> terms) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.TAXONOMY;
    }

    @Override
    public String template() {
        return taxonomy.indexTemplate();
    }
}
