package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawler finds what {@link CrawlTest} relies on it to find, on a small site made for it: broken links
 * of every kind, in pages, feeds, sitemaps and stylesheets, and the pages that no link reaches.
 */
class CrawlerTest {

    @TempDir
    Path site;

    private PagesServer server;
    private URI base;
    private Crawl crawl;

    @BeforeEach
    void crawlASmallSite() throws IOException, InterruptedException {
        server = PagesServer.bind();
        base = server.uri("/repo/");
        write("index.html", page("""
                <link rel="stylesheet" href="/repo/style.css">
                <link rel="alternate" type="application/atom+xml" href="feed.xml">
                <link rel="alternate" type="application/feed+json" href="/repo/feed.json">
                <a href="#main">skip</a><main id="main">
                <a href="a/">a</a> <a href="a/#x">a's x</a> <a href="a/#nowhere">a's nowhere</a>
                <a href="/repo/a">a, without its slash</a> <a href="b/">b</a>
                <a href="/elsewhere/">another site of the origin</a>
                <a href="https://arxiv.org/abs/2602.02276">arXiv</a> <a href="mailto:club@example.org">mail</a>
                <img src="img/missing.png" alt="">
                </main>"""));
        write("a/index.html", page("<p id=\"x\">x</p><a href=\"../\">home</a>"
                + "<form action=\"/repo/search/\"><input name=\"q\"></form>"));
        write("search/index.html", page("a search box leads here"));
        write("404.html", page("<a href=\"/repo/\">home</a> <a href=\"gone/\">relative, so broken at depth</a>"));
        write("orphan/index.html", page("nobody links here"));
        write("style.css", "@font-face { src: url(\"fonts/missing.woff2\"); } body { background: url(a/) }");
        write("feed.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><link href="%s"/>
                <entry><link href="%sentry-gone/"/></entry></feed>""".formatted(base, base));
        write("feed.json", """
                {"version": "https://jsonfeed.org/version/1.1", "home_page_url": "%s",
                 "items": [{"id": "1", "url": "%sjson-gone/"}]}""".formatted(base, base));
        server.serve("/repo/", site);

        crawl = new Crawler(new SiteScope(base), 2).crawl(List.of(base, base.resolve("a-missing-page/")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void findsEveryBrokenLink() {
        assertThat(crawl.broken().problems()).containsExactlyInAnyOrder(
                base + "a/#nowhere — no element with id \"nowhere\" on the page",
                base + "b/ — answers 404",
                base + "img/missing.png — answers 404",
                server.uri("/elsewhere/") + " — outside the site's base path /repo/",
                base + "fonts/missing.woff2 — answers 404",
                base + "entry-gone/ — answers 404",
                base + "json-gone/ — answers 404",
                // The 404 page's relative link, followed from the missing URL it is served at.
                base + "a-missing-page/gone/ — answers 404");
    }

    @Test
    void namesThePagesThatHoldABrokenLink() {
        assertThat(crawl.broken().places(base + "b/ — answers 404")).containsExactly("/repo/  (b/)");
    }

    @Test
    void followsRedirectsWithoutCallingThemBroken() {
        assertThat(crawl.redirected().problems()).containsExactly(base + "a → 301 " + base + "a/");
    }

    @Test
    void countsExternalLinksWithoutFetchingThem() {
        assertThat(crawl.links(SiteScope.Kind.EXTERNAL)).isEqualTo(1);
        assertThat(crawl.links(SiteScope.Kind.OTHER_SCHEME)).isEqualTo(1);
        assertThat(crawl.fetched().keySet()).allSatisfy(uri -> assertThat(uri.getHost()).isEqualTo("127.0.0.1"));
    }

    @Test
    void reachesEveryLinkedPageButNoOrphan() {
        assertThat(crawl.reachedFiles())
                .contains("index.html", "a/index.html", "search/index.html", "feed.xml", "feed.json")
                .doesNotContain("orphan/index.html");
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>";
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
