package io.github.paperdigest.internal.output;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.plan.Feed;
import io.github.paperdigest.internal.plan.SearchIndex;
import io.github.paperdigest.internal.plan.SitePlan;
import io.github.paperdigest.internal.render.SiteWriter;
import io.github.paperdigest.model.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The files beside the pages, for machines and scripts rather than readers: the feeds, the BibTeX
 * files, the search index, the sitemap, {@code robots.txt} and GitHub Pages' {@code CNAME}. Feeds and
 * the sitemap need absolute URLs, so a site without an absolute base URL (a local preview) has neither.
 */
public final class SiteFiles {

    private final Site site;

    public SiteFiles(Site site) {
        this.site = site;
    }

    /** Writes them, keeping a feed or a BibTeX file that the last build made from an equal model. */
    public void writeAll(SitePlan plan, SiteWriter output) throws IOException {
        try {
            plan.bibliographies().parallelStream()
                    .forEach(bibliography -> write(output, bibliography.path(), bibliography,
                            BibtexWriter::write));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writeSearchIndex(plan.search(), output);
        if (site.baseUrl() != null) {
            writeFeeds(plan.feeds(), output);
            for (Map.Entry<String, byte[]> file : new SitemapWriter(site.baseUrl(), SitemapWriter.MAX_URLS_PER_FILE)
                    .write(plan.sitemap()).entrySet()) {
                output.write(file.getKey(), file.getValue());
            }
        }
        output.write(UrlScheme.ROBOTS, robots().getBytes(StandardCharsets.UTF_8));
        if (site.domain() != null) {
            output.write(UrlScheme.CNAME, (site.domain() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes feeds as Atom documents and, where they have a JSON path, JSON Feeds, keeping those the last
     * build made from an equal model. Only for a site with an absolute base URL.
     */
    public void writeFeeds(List<Feed> feeds, SiteWriter output) throws IOException {
        AtomFeedWriter atom = new AtomFeedWriter(site);
        JsonFeedWriter json = new JsonFeedWriter(site);
        try {
            feeds.parallelStream().forEach(feed -> {
                write(output, feed.path(), feed, atom::write);
                if (feed.jsonPath() != null) {
                    write(output, feed.jsonPath(), feed, json::write);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Made again by every build, since the manifest names each shard by a digest of its bytes. */
    private void writeSearchIndex(SearchIndex search, SiteWriter output) throws IOException {
        List<byte[]> shards = new ArrayList<>();
        for (int number = 1; number <= search.shards().size(); number++) {
            byte[] shard = SearchIndexWriter.shard(search.shards().get(number - 1));
            output.write(UrlScheme.searchShard(number), shard);
            shards.add(shard);
        }
        output.write(UrlScheme.SEARCH_INDEX, SearchIndexWriter.manifest(search, shards));
    }

    private <T> void write(SiteWriter output, String path, T model, Function<T, byte[]> writer) {
        try {
            String digest = output.digest(model);
            if (!output.keep(path, digest)) {
                output.write(path, digest, writer.apply(model));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String robots() {
        String robots = "User-agent: *\nAllow: /\n";
        return site.baseUrl() == null ? robots : robots + "\nSitemap: " + site.baseUrl() + UrlScheme.SITEMAP + "\n";
    }
}
