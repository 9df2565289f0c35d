package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreePagesAndStaticFilesTest {

    @TempDir
    Path directory;

    private TestSite digest() {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "One", 1, "2026-02-03", "A B")));
    }

    @Test
    void aFreePageIsPublishedAtItsNameAndLinkedFromTheMenu() {
        BuiltSite site = digest()
                .file("pages/about.md", "---\ntitle: About us\n---\nWe read **papers**.\n")
                .file("pages/guides/contributing.md", "How to contribute.\n")
                .build();

        Document about = site.page("about/");
        assertThat(about.select("h1").text()).isEqualTo("About us");
        assertThat(about.select(".prose strong").text()).isEqualTo("papers");
        assertThat(about.select(".site-nav a[aria-current=page]").text()).isEqualTo("About us");
        assertThat(site.page("guides/contributing/").select("h1").text()).isEqualTo("Contributing");
        assertThat(site.page("").select(".site-nav a").eachAttr("href"))
                .containsExactly("/", "/archive/", "/topics/", "/authors/", "/orgs/", "/about/");
    }

    @Test
    void staticFilesAreCopiedAsTheyAreNextToTheThemesAssets() {
        BuiltSite site = digest()
                .file("static/CNAME", "papers.example.org\n")
                .file("static/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .build();

        assertThat(site.text("CNAME")).isEqualTo("papers.example.org\n");
        assertThat(site.text("images/logo.svg")).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(site.text("assets/style.css")).contains(".card");
        assertThat(site.exists(".nojekyll")).isTrue();
        assertThat(site.exists("404.html")).isTrue();
    }

    @Test
    void aStaticFileCanReplaceAThemeAsset() {
        BuiltSite site = digest().file("static/assets/style.css", "body { color: red; }").build();

        assertThat(site.text("assets/style.css")).isEqualTo("body { color: red; }");
    }

    @Test
    void aPageOrFileThatWouldHideAGeneratedPageIsAnError() {
        ContentException failure = digest()
                .file("pages/archive.md", "Mine.\n")
                .file("static/index.html", "<p>hi</p>")
                .buildExpectingErrors();

        assertThat(failure.getMessage())
                .contains("pages/archive.md: two pages would be published at /archive/")
                .contains("static/index.html: this file would replace a generated page at /index.html");
    }
}
