package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static io.github.paperdigest.testing.Xml.childText;
import static io.github.paperdigest.testing.Xml.children;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.SampleSite;
import io.github.paperdigest.testing.TestSite;
import io.github.paperdigest.testing.Xml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Atom feeds for the site, every topic, author and organisation, and a JSON Feed for the site. */
class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = SampleSite.BASE_URL;

    private final Path sample = SampleSite.root();

    @Test
    void theSiteFeedHoldsWhatAtomRequiresAndTheNewestPapers() throws Exception {
        Element feed = Xml.parse(sample.resolve("feed.xml"));

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertRequiredFeedElements(feed, BASE + "feed.xml");
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(50);
        Document home = Jsoup.parse(sample.resolve("index.html").toFile());
        assertThat(childText(entries.get(0), "id"))
                .isEqualTo(BASE + home.select(".card-title a").first().attr("href").substring("/repo/".length()));
        assertThat(childText(feed, "updated")).isEqualTo("2026-02-13T00:00:00Z");
        for (Element entry : entries) {
            assertRequiredEntryElements(entry);
        }
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(BASE + "feed.xml");
        assertThat(home.select("link[rel=alternate][type=application/feed+json]").attr("href"))
                .isEqualTo(BASE + "feed.json");
    }

    @Test
    void everyTopicAuthorAndOrganisationAnnouncesItsOwnFeed() throws Exception {
        for (String taxonomy : List.of("topics", "authors", "orgs")) {
            try (Stream<Path> terms = Files.list(sample.resolve(taxonomy))) {
                for (Path term : terms.filter(Files::isDirectory).toList()) {
                    Document page = Jsoup.parse(term.resolve("index.html").toFile());
                    List<String> feeds = page.select("link[rel=alternate][type=application/atom+xml]")
                            .eachAttr("href");
                    String own = BASE + taxonomy + "/" + term.getFileName() + "/feed.xml";
                    assertThat(feeds).as(term.toString()).containsExactly(BASE + "feed.xml", own);

                    Element feed = Xml.parse(term.resolve("feed.xml"));
                    assertRequiredFeedElements(feed, own);
                    int cards = page.select(".card").size();
                    int paperCount = Integer.parseInt(page.select(".lede").text().replaceAll("\\D.*", ""));
                    assertThat(children(feed, "entry")).as(own).hasSize(Math.min(50, paperCount))
                            .hasSizeGreaterThanOrEqualTo(Math.min(cards, 50));
                }
            }
        }
    }

    @Test
    void anEntryCarriesTheAbstractTheAuthorsAndTheEditorsNote() throws Exception {
        Element feed = Xml.parse(sample.resolve("topics/agent-swarm/feed.xml"));
        Element kimi = children(feed, "entry").stream()
                .filter(entry -> childText(entry, "id").equals(BASE + "papers/2602.02276/")).findFirst().orElseThrow();

        String content = childText(kimi, "content");
        assertThat(children(kimi, "content").get(0).getAttribute("type")).isEqualTo("html");
        assertThat(Jsoup.parse(content).select("h2").first().text()).isEqualTo("Editor's note: Agent Swarm is the headline");
        assertThat(Jsoup.parse(content).select("p").first().text()).startsWith("We introduce Kimi K2.5");
        assertThat(children(kimi, "author")).hasSize(10);
        assertThat(Jsoup.parse(content).text()).contains("authors; the first 10 are named here.");
        assertThat(children(kimi, "category")).extracting(category -> category.getAttribute("term"))
                .contains("Agent Swarm");
    }

    @Test
    void theJsonFeedHasTheFieldsJsonFeedRequires() throws Exception {
        JsonNode feed = new JsonMapper().readTree(sample.resolve("feed.json").toFile());

        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asText()).isEqualTo("ML Reading Club Digest");
        assertThat(feed.path("home_page_url").asText()).isEqualTo(BASE);
        assertThat(feed.path("feed_url").asText()).isEqualTo(BASE + "feed.json");
        assertThat(feed.path("items")).hasSize(50);
        for (JsonNode item : feed.path("items")) {
            assertThat(item.path("id").asText()).startsWith(BASE + "papers/");
            assertThat(item.path("url").asText()).isEqualTo(item.path("id").asText());
            assertThat(item.path("content_html").asText()).isNotBlank();
            assertThat(item.path("date_published").asText()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
            assertThat(item.path("authors")).isNotEmpty();
        }
    }

    @Test
    void untrustedTextStaysWellFormed(@TempDir Path temp) {
        BuiltSite site = TestSite.in(temp)
                .file("papers/hand-written.json", """
                        {"id": "2602.00001", "title": "<b>Bold</b> & \\"quoted\\" \\u0001]]>",
                         "authors": ["Ada <script>"], "summary": "<script>alert(1)</script>", "day": "2026-02-03"}
                        """)
                .baseUrl("https://example.org/")
                .build();

        Element entry = children(Xml.parse(site.file("feed.xml")), "entry").get(0);
        assertThat(childText(entry, "title")).isEqualTo("<b>Bold</b> & \"quoted\" ]]>");
        assertThat(childText(children(entry, "author").get(0), "name")).isEqualTo("Ada <script>");
        assertThat(Jsoup.parse(childText(entry, "content")).select("script, b")).isEmpty();
    }

    @Test
    void aSiteWithoutAnAbsoluteBaseUrlHasNoFeeds(@TempDir Path temp) {
        BuiltSite site = TestSite.in(temp)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "One", 1, "2026-02-03", "Ada")))
                .build();

        assertThat(site.exists("feed.xml")).isFalse();
        assertThat(site.exists("feed.json")).isFalse();
        assertThat(site.exists("topics/test-topic/feed.xml")).isFalse();
        assertThat(site.page("topics/test-topic/").select("link[rel=alternate]")).isEmpty();
    }

    private static void assertRequiredFeedElements(Element feed, String self) {
        assertThat(childText(feed, "id")).startsWith(BASE);
        assertThat(childText(feed, "title")).isNotBlank();
        assertThat(childText(feed, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
        assertThat(childText(children(feed, "author").get(0), "name")).isEqualTo("ML Reading Club Digest");
        assertThat(children(feed, "link")).filteredOn(link -> link.getAttribute("rel").equals("self"))
                .extracting(link -> link.getAttribute("href")).containsExactly(self);
    }

    private void assertRequiredEntryElements(Element entry) {
        String id = childText(entry, "id");
        assertThat(id).startsWith(BASE + "papers/");
        assertThat(Files.isRegularFile(sample.resolve(id.substring(BASE.length())).resolve("index.html"))).isTrue();
        assertThat(childText(entry, "title")).isNotBlank();
        assertThat(childText(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
        assertThat(children(entry, "link")).filteredOn(link -> link.getAttribute("rel").equals("alternate"))
                .extracting(link -> link.getAttribute("href")).containsExactly(id);
        assertThat(childText(entry, "content")).isNotBlank();
    }
}
