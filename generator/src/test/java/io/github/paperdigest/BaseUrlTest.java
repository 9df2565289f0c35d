package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.LinkChecker;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project site on GitHub Pages lives under a sub-path: every link must carry it. */
class BaseUrlTest {

    @TempDir
    Path directory;

    private TestSite digest() {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "One", 1, "2026-02-03", "A B")))
                .file("pages/about.md", "About.\n");
    }

    @Test
    void linksCarryTheBasePathOfTheBaseUrl() {
        BuiltSite site = digest().baseUrl("https://user.github.io/repo").build();
        Document day = site.page("days/2026-02-03/");

        assertThat(day.select(".card-title a").attr("href")).isEqualTo("/repo/papers/2602.00001/");
        assertThat(day.select("link[rel=stylesheet]").attr("href")).isEqualTo("/repo/assets/style.css");
        assertThat(day.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://user.github.io/repo/days/2026-02-03/");
        assertThat(new LinkChecker(site.root(), "/repo/").brokenLinks()).isEmpty();
    }

    @Test
    void theNotFoundPageLinksFromTheBasePathAndHasNoCanonicalLink() {
        Document notFound = digest().baseUrl("https://user.github.io/repo/").build().page("404.html");

        assertThat(notFound.select(".not-found-links a").eachAttr("href"))
                .allMatch(href -> href.startsWith("/repo/"));
        assertThat(notFound.select("link[rel=canonical]")).isEmpty();
        assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void theOptionWinsOverSiteYaml() {
        BuiltSite site = digest()
                .file("site.yaml", "baseUrl: https://example.org/digest/\n")
                .baseUrl("https://user.github.io/repo/")
                .build();

        assertThat(site.page("").select("link[rel=canonical]").attr("href")).isEqualTo("https://user.github.io/repo/");
    }

    @Test
    void siteYamlGivesTheBaseUrlWhenNoOptionDoes() {
        BuiltSite site = digest().file("site.yaml", "baseUrl: https://example.org/digest/\n").build();

        assertThat(site.page("about/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/digest/about/");
        assertThat(site.page("about/").select(".site-title").attr("href")).isEqualTo("/digest/");
    }

    @Test
    void withoutABaseUrlLinksStartAtTheRootAndPagesHaveNoCanonicalLink() {
        Document home = digest().build().page("");

        assertThat(home.select(".site-title").attr("href")).isEqualTo("/");
        assertThat(home.select("link[rel=canonical]")).isEmpty();
    }

    @Test
    void aBaseUrlThatIsNeitherAWebAddressNorAPathIsAnError() {
        ContentException failure = digest().baseUrl("ftp://example.org/").buildExpectingErrors();

        assertThat(failure.getMessage()).contains("the base URL option: base URL \"ftp://example.org/\" is neither");
    }
}
