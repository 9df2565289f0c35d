package io.github.paperdigest.page;

/**
 * The search page. It is rendered empty: its script loads the search index and shows the papers that
 * match the query of its URL ({@code ?q=}).
 *
 * @param index the search index's manifest, relative to the base path, which names its shards
 */
public record SearchPage(String path, String index) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.SEARCH;
    }
}
