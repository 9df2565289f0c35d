package io.github.paperdigest.internal.plan;

import java.time.LocalDate;

/**
 * A page as the sitemap lists it.
 *
 * @param path relative to the base URL
 * @param lastModified the newest content date the page shows, or null when it shows none (a free page)
 */
public record SitemapUrl(String path, LocalDate lastModified) {
}
