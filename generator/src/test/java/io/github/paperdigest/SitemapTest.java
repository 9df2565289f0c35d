package io.github.paperdigest;

import static io.github.paperdigest.testing.Xml.childText;
import static io.github.paperdigest.testing.Xml.children;
import static org.assertj.core.api.Assertions.assertThat;

import com.redfin.sitemapgenerator.SitemapValidator;
import io.github.paperdigest.testing.SampleSite;
import io.github.paperdigest.testing.TestData;
import io.github.paperdigest.testing.Xml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** sitemap.xml lists every page with its content date; robots.txt names it. */
class SitemapTest {

    private static final String BASE = SampleSite.BASE_URL;

    @TempDir
    Path directory;

    private final Path sample = SampleSite.root();

    @Test
    void listsEveryPageButTheNotFoundAndSearchPagesAndTheDaysInArxivOrder() throws Exception {
        SitemapValidator.validateWebSitemap(sample.resolve("sitemap.xml").toFile());
        Map<String, String> lastModified = urls(sample.resolve("sitemap.xml"));

        try (Stream<Path> files = Files.walk(sample)) {
            assertThat(lastModified.keySet()).containsExactlyInAnyOrderElementsOf(files
                    .filter(file -> file.getFileName().toString().equals("index.html"))
                    .filter(file -> !file.toString().contains("by-arxiv-date"))
                    .filter(file -> !file.startsWith(sample.resolve("search")))
                    .map(file -> BASE + sample.relativize(file.getParent()).toString().replace('\\', '/') + "/")
                    .map(url -> url.equals(BASE + "/") ? BASE : url)
                    .toList());
        }
        assertThat(lastModified).doesNotContainKey(BASE + "404.html");
        assertThat(Files.readString(sample.resolve("robots.txt"))).contains("Sitemap: " + BASE + "sitemap.xml");
    }

    @Test
    void datesEachPageByItsContentNotByTheBuild() throws Exception {
        Map<String, String> lastModified = urls(sample.resolve("sitemap.xml"));

        try (Stream<Path> papers = Files.list(sample.resolve("papers"))) {
            for (Path paper : papers.toList()) {
                String dayLink = Jsoup.parse(paper.resolve("index.html").toFile()).select(".paper-kicker a")
                        .attr("href");
                assertThat(lastModified.get(BASE + "papers/" + paper.getFileName() + "/"))
                        .isEqualTo(dayLink.replaceAll(".*/days/([-0-9]+)/", "$1"));
            }
        }
        assertThat(lastModified.get(BASE)).isEqualTo("2026-02-13");
        assertThat(lastModified.get(BASE + "archive/2026/02/")).isEqualTo("2026-02-13");
        assertThat(lastModified.get(BASE + "about/")).isEmpty();

        Path later = build(directory.resolve("a-year-later"), Clock.fixed(Instant.parse("2027-11-26T12:00:00Z"),
                ZoneOffset.UTC));
        assertThat(Files.mismatch(later.resolve("sitemap.xml"), sample.resolve("sitemap.xml"))).isEqualTo(-1L);
    }

    private static Map<String, String> urls(Path sitemap) {
        Element urlset = Xml.parse(sitemap);
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        // A page without a date (a free page) maps to "".
        return children(urlset, "url").stream().collect(Collectors.toMap(url -> childText(url, "loc"),
                url -> children(url, "lastmod").isEmpty() ? "" : childText(url, "lastmod")));
    }

    private static Path build(Path output, Clock clock) throws Exception {
        Generator.builder().contentDirectory(TestData.sampleContent()).outputDirectory(output).baseUrl(BASE)
                .clock(clock).build().build();
        return output;
    }
}
