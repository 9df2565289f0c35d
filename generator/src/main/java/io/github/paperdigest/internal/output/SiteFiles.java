package io.github.paperdigest.internal.output;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.plan.SearchIndex;
import io.github.paperdigest.internal.plan.SitePlan;
import io.github.paperdigest.internal.render.OutputMemo;
import io.github.paperdigest.internal.render.SiteOutput;
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
    private final OutputMemo memo;

    /** @param memo files of the last build, reused where their models are unchanged */
    public SiteFiles(Site site, OutputMemo memo) {
        this.site = site;
        this.memo = memo;
    }

    public void writeAll(SitePlan plan, SiteOutput output) throws IOException {
        try {
            plan.bibliographies().parallelStream()
                    .forEach(bibliography -> write(output, bibliography.path(), bibliography,
                            BibtexWriter::write));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writeSearchIndex(plan.search(), output);
        if (site.baseUrl() != null) {
            AtomFeedWriter atom = new AtomFeedWriter(site);
            JsonFeedWriter json = new JsonFeedWriter(site);
            try {
                plan.feeds().parallelStream().forEach(feed -> {
                    write(output, feed.path(), feed, atom::write);
                    if (feed.jsonPath() != null) {
                        write(output, feed.jsonPath(), feed, json::write);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
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

    private void writeSearchIndex(SearchIndex search, SiteOutput output) throws IOException {
        List<byte[]> shards = new ArrayList<>();
        try {
            for (int number = 1; number <= search.shards().size(); number++) {
                shards.add(write(output, UrlScheme.searchShard(number), search.shards().get(number - 1),
                        SearchIndexWriter::shard));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        output.write(UrlScheme.SEARCH_INDEX, SearchIndexWriter.manifest(search, shards));
    }

    private <T> byte[] write(SiteOutput output, String path, T model, Function<T, byte[]> writer) {
        byte[] content = memo.reuse(path, model);
        if (content == null) {
            content = writer.apply(model);
        }
        memo.keep(path, model, content);
        try {
            output.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    private String robots() {
        String robots = "User-agent: *\nAllow: /\n";
        return site.baseUrl() == null ? robots : robots + "\nSitemap: " + site.baseUrl() + UrlScheme.SITEMAP + "\n";
    }
}
