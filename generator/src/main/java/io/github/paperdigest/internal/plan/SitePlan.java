package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.load.StaticFile;
import io.github.paperdigest.page.FeedLink;
import io.github.paperdigest.page.Page;
import java.util.List;

/**
 * Everything the site will hold, decided before anything is rendered.
 *
 * @param pages rendered by templates
 * @param navigation the main menu every page shows
 * @param staticFiles the content's {@code static/} files, copied as they are
 * @param feeds the site's and each term's; none when the base URL is not absolute
 * @param siteFeeds the site-wide feeds, which every page announces
 * @param sitemap every page a search engine should know, in the order of {@code pages}
 * @param bibliographies the BibTeX files: each paper's, and each term's with all its papers
 * @param search the papers the search page searches
 */
public record SitePlan(List<Page> pages, List<NavLink> navigation, List<StaticFile> staticFiles, List<Feed> feeds,
        List<FeedLink> siteFeeds, List<SitemapUrl> sitemap, List<Bibliography> bibliographies, SearchIndex search) {

    public SitePlan {
        pages = List.copyOf(pages);
        navigation = List.copyOf(navigation);
        staticFiles = List.copyOf(staticFiles);
        feeds = List.copyOf(feeds);
        siteFeeds = List.copyOf(siteFeeds);
        sitemap = List.copyOf(sitemap);
        bibliographies = List.copyOf(bibliographies);
    }
}
