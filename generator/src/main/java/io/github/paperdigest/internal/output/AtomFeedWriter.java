package io.github.paperdigest.internal.output;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.plan.Feed;
import io.github.paperdigest.internal.render.FragmentCache;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.model.Topic;
import java.time.LocalDate;

/** Writes a feed as an Atom document (RFC 4287). Every URL in it is absolute. */
final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** About 3 KB each: at most about 300 MB, the entries of 100,000 papers. */
    private static final int CACHED_ENTRIES = 100_000;

    private final Site site;
    private final FragmentCache entries = new FragmentCache(CACHED_ENTRIES);

    /** @param site whose base URL is absolute */
    AtomFeedWriter(Site site) {
        this.site = site;
    }

    byte[] write(Feed feed) {
        String base = site.baseUrl();
        XmlWriter xml = new XmlWriter("feed", ATOM);
        xml.xmlAttribute("lang", site.language());
        // Resolves the relative links an editor's note may hold.
        xml.xmlAttribute("base", base);
        xml.text("id", base + feed.pagePath());
        xml.text("title", feed.title());
        if (feed.pagePath().equals(UrlScheme.HOME) && !site.description().isBlank()) {
            xml.text("subtitle", site.description());
        }
        xml.text("updated", EntryContent.timestamp(updated(feed)));
        xml.start("author").text("name", site.title()).text("uri", base).end();
        xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", base + feed.path());
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", base + feed.pagePath());
        xml.text("generator", "Paper Digest");
        for (Paper paper : feed.entries()) {
            // A paper is in the feed of each of its authors and topics, and its entry is the same in each.
            xml.raw(entries.get(paper.id(), id -> entry(paper)));
        }
        return xml.finish();
    }

    private String entry(Paper paper) {
        XmlWriter xml = XmlWriter.fragment(1);
        String base = site.baseUrl();
        String timestamp = EntryContent.timestamp(paper.day().date());
        xml.start("entry");
        xml.text("id", base + paper.path());
        xml.text("title", paper.title());
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", base + paper.path());
        xml.empty("link", "rel", "related", "type", "text/html", "href", EntryContent.arxivPage(paper));
        xml.text("published", timestamp);
        xml.text("updated", timestamp);
        // Names and terms alone, without their pages' URLs: a paper is in the feed of each of its authors and
        // topics, so every byte of an entry is written a dozen times.
        for (Author author : EntryContent.namedAuthors(paper)) {
            xml.start("author").text("name", author.name()).end();
        }
        for (Topic topic : paper.topics()) {
            xml.empty("category", "term", topic.name());
        }
        xml.text("content", EntryContent.html(paper), "type", "html");
        xml.end();
        return xml.markup();
    }

    /** The newest entry's day: a feed changes only when its entries do, never with the build's time. */
    private static LocalDate updated(Feed feed) {
        return feed.entries().stream().map(paper -> paper.day().date()).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
    }
}
