package io.github.paperdigest.model;

/**
 * The site's settings, from {@code site.yaml} and the build's options.
 *
 * @param title shown in every page's header and title
 * @param description the home page's description
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}; null when only a
 *     path is known, in which case pages carry no absolute links
 * @param basePath the path every internal link starts with: {@code /}, or {@code /repo/} for a
 *     project site on GitHub Pages
 * @param language the pages' {@code lang}, a BCP 47 tag
 * @param itemsPerPage how many papers a list page shows before it continues on a next page
 * @param feedEntries how many of the newest papers each feed carries
 * @param domain the custom domain GitHub Pages serves the site at, written to {@code CNAME}; null when none
 * @param searchAbstracts whether the search index carries the abstracts, which makes it about five times larger
 */
public record Site(String title, String description, String baseUrl, String basePath, String language,
        int itemsPerPage, int feedEntries, String domain, boolean searchAbstracts) {
}
