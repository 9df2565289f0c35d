package io.github.paperdigest.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.redfin.sitemapgenerator.SitemapValidator;
import io.github.paperdigest.internal.plan.SitemapUrl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past the protocol's limit of URLs per file, the sitemap becomes an index of parts; both valid by sitemaps.org's schemas. */
class SitemapWriterTest {

    private static final String BASE = "https://example.org/repo/";

    private static List<SitemapUrl> urls(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new SitemapUrl("papers/2602.0000" + i + "/", LocalDate.of(2026, 2, i)))
                .toList();
    }

    @Test
    void exactlyTheLimitFitsInOneFile() {
        Map<String, byte[]> files = new SitemapWriter(BASE, 3).write(urls(3));

        assertThat(files).containsOnlyKeys("sitemap.xml");
        String sitemap = new String(files.get("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<urlset").contains("<loc>" + BASE + "papers/2602.00003/</loc>");
    }

    @Test
    void oneMoreThanTheLimitMakesAnIndexOfParts(@TempDir Path directory) throws Exception {
        Map<String, byte[]> files = new SitemapWriter(BASE, 3).write(urls(7));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }
        SitemapValidator.validateSitemapIndex(directory.resolve("sitemap.xml").toFile());
        for (int part = 1; part <= 3; part++) {
            SitemapValidator.validateWebSitemap(directory.resolve("sitemap-" + part + ".xml").toFile());
        }

        assertThat(files).containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        String index = new String(files.get("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(index).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<loc>" + BASE + "sitemap-3.xml</loc>")
                .contains("<lastmod>2026-02-03</lastmod>", "<lastmod>2026-02-06</lastmod>",
                        "<lastmod>2026-02-07</lastmod>");
        assertThat(new String(files.get("sitemap-3.xml"), StandardCharsets.UTF_8))
                .containsOnlyOnce("<url>").contains("2602.00007");
    }

    @Test
    void anEmptySiteHasAnEmptySitemap() {
        assertThat(new String(new SitemapWriter(BASE, 3).write(List.of()).get("sitemap.xml"), StandardCharsets.UTF_8))
                .contains("<urlset").doesNotContain("<url>");
    }
}
