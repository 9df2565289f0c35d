package io.github.paperdigest.sitetests;

import java.net.URI;

/**
 * A page of the built sample digest to open in the browser: which kind of page it stands for (its template),
 * and its path under the site's base URL.
 *
 * @param missing whether the path names no page, so that the server answers 404 with the site's 404.html
 */
record SitePage(String kind, String path, boolean missing) {

    static SitePage of(String kind, String path) {
        return new SitePage(kind, path, false);
    }

    /** Opens the page and waits until it has settled, and its script has added what it adds, such as search results. */
    void openIn(Browser browser) {
        browser.open(uri());
        if (path.startsWith("search/")) {
            SearchResults.await(browser);
        }
    }

    URI uri() {
        return SampleSite.get().baseUri().resolve(path);
    }

    /** How parameterized tests name it: "a paper page with math (papers/2405.17258/)". */
    @Override
    public String toString() {
        return kind + " (/" + path + ")";
    }
}
