package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built sample digest, served under {@code /repo/} as GitHub Pages serves a project site and crawled
 * over HTTP from its home page, its 404 page and a missing URL: every link, stylesheet, icon, image, feed
 * and sitemap entry inside the site answers, every fragment names an element, and every page can be
 * reached by following links.
 */
class CrawlTest {

    private static final String MISSING_PAGE = "a-missing-page/";
    /** Crawled when the site has them: a sitemap is often linked from robots.txt alone. */
    private static final List<String> OPTIONAL_SEEDS = List.of("robots.txt", "sitemap.xml");

    private static SampleSite site;
    private static Crawl crawl;

    @BeforeAll
    static void crawlTheSite() throws InterruptedException {
        site = SampleSite.get();
        URI base = site.baseUri();
        List<URI> seeds = new ArrayList<>(List.of(base, base.resolve("404.html"), base.resolve(MISSING_PAGE)));
        OPTIONAL_SEEDS.stream().filter(file -> Files.isRegularFile(site.root().resolve(file)))
                .forEach(file -> seeds.add(base.resolve(file)));
        // Four requests in flight keep both cores busy between the server's file reads and the crawler's parsing.
        crawl = new Crawler(new SiteScope(base), 4).crawl(seeds);

        long pages = crawl.fetched().values().stream().filter(Crawler.Resource::isHtml).count();
        System.out.printf("Crawled %s from %s in %.1f s, %d levels: %d URLs fetched (%d HTML), "
                        + "%d links inside the site checked (%d with a fragment), %d external links to %d URLs "
                        + "not fetched, %d other links (mailto: and the like)%n",
                base, seeds, crawl.elapsed().toMillis() / 1000.0, crawl.levels(), crawl.fetched().size(), pages,
                crawl.links(SiteScope.Kind.INSIDE), crawl.fragmentsChecked(), crawl.links(SiteScope.Kind.EXTERNAL),
                crawl.externalTargets(), crawl.links(SiteScope.Kind.OTHER_SCHEME));
        if (!crawl.redirected().isEmpty()) {
            System.out.println(crawl.redirected().format("Links that work through a redirect (they do not fail):"));
        }
    }

    @Test
    void everyLinkInsideTheSiteWorks() {
        if (!crawl.broken().isEmpty()) {
            String headline = String.format("%d broken links to %d targets, each with the pages that link it:",
                    crawl.broken().size(), crawl.broken().groups());
            Path all = crawl.broken().writeAll(Reports.file("broken-links.txt"), headline);
            fail(crawl.broken().format(headline) + "\nEvery broken link is listed in " + all);
        }
    }

    @Test
    void theSeedsAnswerAsGitHubPagesWould() {
        URI base = site.baseUri();
        assertThat(crawl.fetched().get(base).status()).as("GET %s", base).isEqualTo(200);
        assertThat(crawl.fetched().get(base.resolve("404.html")).status()).as("GET 404.html").isEqualTo(200);
        assertThat(crawl.fetched().get(base.resolve(MISSING_PAGE)).status()).as("GET " + MISSING_PAGE).isEqualTo(404);
    }

    @Test
    void aMissingPageShowsTheNotFoundPage() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(site.baseUri().resolve(MISSING_PAGE)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        // Its links were crawled from the missing URL itself, so they are known to work from any depth.
        assertThat(response.body()).isEqualTo(Files.readString(site.root().resolve("404.html")));
    }

    @Test
    void everyPageCanBeReachedByFollowingLinks() {
        Set<String> orphans = new TreeSet<>(site.files().stream().filter(file -> file.endsWith(".html")).toList());
        orphans.removeAll(crawl.reachedFiles());
        // GitHub Pages serves it at any missing URL; no page needs to link it.
        orphans.remove("404.html");

        assertThat(orphans).as("HTML files that no link leads to").isEmpty();
    }

    /** Feeds and the sitemap are reached by following links too, and the feed entries' links were crawled. */
    @Test
    void everyFeedAndTheSitemapCanBeReachedByFollowingLinks() {
        Set<String> unreached = new TreeSet<>(site.files().stream()
                .filter(file -> file.endsWith("feed.xml") || file.equals("feed.json") || file.equals("sitemap.xml"))
                .toList());
        assertThat(unreached).contains("feed.xml", "feed.json", "sitemap.xml", "topics/agent-swarm/feed.xml");
        unreached.removeAll(crawl.reachedFiles());

        assertThat(unreached).as("feeds that no link leads to").isEmpty();
    }

    /** Each paper's and each term's BibTeX is linked from its page. */
    @Test
    void everyBibtexFileCanBeReachedByFollowingLinks() {
        Set<String> unreached = new TreeSet<>(site.files().stream().filter(file -> file.endsWith("/cite.bib"))
                .toList());
        assertThat(unreached).contains("papers/2602.02276/cite.bib", "topics/agent-swarm/cite.bib");
        unreached.removeAll(crawl.reachedFiles());

        assertThat(unreached).as("BibTeX files that no link leads to").isEmpty();
    }
}
