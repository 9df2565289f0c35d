package io.github.paperdigest.internal.output;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.plan.SitemapUrl;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the sitemap (https://www.sitemaps.org/protocol.html): {@code sitemap.xml} lists every page,
 * or, past the protocol's limit of 50,000 URLs a file, indexes the parts {@code sitemap-1.xml},
 * {@code sitemap-2.xml}, and so on.
 */
final class SitemapWriter {

    static final int MAX_URLS_PER_FILE = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final String baseUrl;
    private final int maxUrlsPerFile;

    /**
     * @param baseUrl absolute
     * @param maxUrlsPerFile the protocol's limit, or less in tests
     */
    SitemapWriter(String baseUrl, int maxUrlsPerFile) {
        this.baseUrl = baseUrl;
        this.maxUrlsPerFile = maxUrlsPerFile;
    }

    /** @return each file's path and bytes */
    Map<String, byte[]> write(List<SitemapUrl> urls) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (urls.size() <= maxUrlsPerFile) {
            files.put(UrlScheme.SITEMAP, urlSet(urls));
            return files;
        }
        XmlWriter index = new XmlWriter("sitemapindex", NAMESPACE);
        for (int from = 0, number = 1; from < urls.size(); from += maxUrlsPerFile, number++) {
            List<SitemapUrl> part = urls.subList(from, Math.min(urls.size(), from + maxUrlsPerFile));
            String path = UrlScheme.sitemapPart(number);
            files.put(path, urlSet(part));
            index.start("sitemap").text("loc", baseUrl + path);
            part.stream().map(SitemapUrl::lastModified).filter(Objects::nonNull).max(LocalDate::compareTo)
                    .ifPresent(newest -> index.text("lastmod", newest.toString()));
            index.end();
        }
        files.put(UrlScheme.SITEMAP, index.finish());
        return files;
    }

    private byte[] urlSet(List<SitemapUrl> urls) {
        XmlWriter xml = new XmlWriter("urlset", NAMESPACE);
        for (SitemapUrl url : urls) {
            xml.start("url").text("loc", baseUrl + url.path());
            if (url.lastModified() != null) {
                xml.text("lastmod", url.lastModified().toString());
            }
            xml.end();
        }
        return xml.finish();
    }
}
