package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.catalog.Index;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.page.FeedLink;
import io.github.paperdigest.page.Taxonomy;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the site's feeds: the newest papers of the whole digest, and of each author, topic and
 * organisation. Feed readers need absolute URLs, so a site without an absolute base URL (a local
 * preview) has no feeds.
 */
final class FeedPlanner {

    private final Site site;
    private final List<Feed> feeds = new ArrayList<>();

    FeedPlanner(Site site) {
        this.site = site;
    }

    /** The site-wide feed, in Atom and as a JSON Feed; returns the links every page announces. */
    List<FeedLink> planSiteFeed(Index<Day> days) {
        if (site.baseUrl() == null || days.keys().isEmpty()) {
            return List.of();
        }
        List<Paper> newest = new ArrayList<>();
        List<Day> oldestFirst = days.keys();
        for (int i = oldestFirst.size() - 1; i >= 0 && newest.size() < site.feedEntries(); i--) {
            for (Paper paper : days.papersOf(oldestFirst.get(i))) {
                if (newest.size() < site.feedEntries()) {
                    newest.add(paper);
                }
            }
        }
        feeds.add(new Feed(UrlScheme.ATOM_FEED, UrlScheme.JSON_FEED, site.title(), UrlScheme.HOME, newest));
        return List.of(new FeedLink(site.title(), FeedLink.ATOM, site.baseUrl() + UrlScheme.ATOM_FEED),
                new FeedLink(site.title() + " (JSON Feed)", FeedLink.JSON, site.baseUrl() + UrlScheme.JSON_FEED));
    }

    /**
     * A term's feed.
     *
     * @param papers the term's papers, newest first
     * @return the link its pages announce, or null when the site has no feeds
     */
    FeedLink planTermFeed(Taxonomy taxonomy, Term term, List<Paper> papers) {
        if (site.baseUrl() == null) {
            return null;
        }
        String title = switch (taxonomy) {
            case AUTHORS -> "Papers by " + term.name();
            case TOPICS -> "Papers on " + term.name();
            case ORGANIZATIONS -> "Papers from " + term.name();
        } + " · " + site.title();
        String path = UrlScheme.feedOf(term.path());
        List<Paper> newest = papers.subList(0, Math.min(papers.size(), site.feedEntries()));
        feeds.add(new Feed(path, null, title, term.path(), newest));
        return new FeedLink(title, FeedLink.ATOM, site.baseUrl() + path);
    }

    List<Feed> feeds() {
        return List.copyOf(feeds);
    }
}
