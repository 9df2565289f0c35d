package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.authorObjects;
import static io.github.paperdigest.testing.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every string an editor or Hugging Face hands over is untrusted: script payloads in every field of
 * a record, a note, a free page and site.yaml must come out as text, never as markup, on every page.
 */
class InjectionTest {

    private static final String PAYLOAD = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> "
            + "'><svg onload=alert(1)> </script><script>alert(1)</script> javascript:alert(1)";
    private static final String SCRIPT_URL = "javascript:alert(1)";
    private static final String BREAKOUT_URL = "https://x.org/\"><img src=x onerror=alert(1)>";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** The one form in which the payload's {@code onerror=} may appear in a file: escaped. */
    private static final String ESCAPED_IMG = "&lt;img src=x onerror=alert(1)&gt;";
    /** ... and in JSON-LD, escaped as JSON (lowercased, as the raw check reads the file). */
    private static final String JSON_ESCAPED_IMG = "\\u003cimg src=x onerror=alert(1)\\u003e";
    /** The two scripts a page may have: the theme's, and a paper's JSON-LD (checked on its own). */
    private static final String DATA_BLOCK = "<script type=\"application/ld+json\">";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction",
            "xlink:href", "poster", "data", "srcset", "background", "cite");

    private static final String NOTE = """
            ---
            paper: 2602.00001
            title: %1$s
            editor: %1$s
            topics: [%1$s, %2$s]
            ---
            <script>alert(1)</script>
            <div onmouseover="alert(1)">%3$s</div>

            Inline %3$s and <a href="javascript:alert(1)">raw link</a>.

            [js](javascript:alert(1)) [vb](VBScript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD4=)
            [entity](java&#115;cript:alert(1)) [colon](javascript&colon;alert(1)) [tab](java&#9;script:alert(1))
            [control](&#1;javascript:alert(1)) [ref][bad] [titled](https://x.org/ "\\"><img src=x onerror=alert(1)>")
            ![js](javascript:alert(1)) ![data](data:image/svg+xml;base64,PHN2Zz4=)
            ![titled](https://x.org/i.png "\\"><img src=x onerror=alert(1)>")
            <javascript:alert(1)> <vbscript:msgbox(1)> <data:text/html,x> javascript:alert(1)
            www.x.org/"><img src=x onerror=alert(1)> https://x.org/"onmouseover="alert(1)

            ## %3$s

            | %3$s | b |
            | :-- | --: |
            | c | %3$s |

            A footnote.[^1]

            [^1]: %3$s

            [bad]: javascript:alert(2)
            """.formatted(yaml(PAYLOAD), yaml("Topic " + PAYLOAD), PAYLOAD);

    @TempDir
    Path directory;

    @Test
    void noElementAttributeOrScriptIsInjectedAnywhere() throws IOException {
        BuiltSite site = TestSite.in(directory)
                .file("site.yaml", "title: " + yaml(PAYLOAD) + "\ndescription: " + yaml(PAYLOAD) + "\n")
                .file("papers/2026-02-03.json", "[" + record("2602.00001", SCRIPT_URL, BREAKOUT_URL) + ",\n"
                        + record("2602.00002", BREAKOUT_URL, SCRIPT_URL) + "]")
                .file("notes/evil.md", NOTE)
                .file("pages/about.md", "---\ntitle: " + yaml(PAYLOAD) + "\n---\n" + PAYLOAD
                        + "\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n")
                .build();

        List<String> pages = site.files().stream().filter(file -> file.endsWith(".html")).toList();
        assertThat(pages).contains("index.html", "404.html", "papers/2602.00001/index.html", "about/index.html",
                "topics/index.html", "authors/index.html", "orgs/index.html");
        for (String file : pages) {
            assertNothingInjected(file, site.page(file), site.text(file));
        }

        Document paper = site.page("papers/2602.00001/");
        assertThat(paper.select("h1").text()).isEqualTo(PAYLOAD);
        assertThat(paper.select(".abstract").text()).isEqualTo(PAYLOAD);
        assertThat(paper.select("#paper-ai-summary + p").text()).startsWith(PAYLOAD);
        assertThat(paper.select(".paper-authors > .author-list a").eachText()).containsExactly(PAYLOAD, "B " + PAYLOAD);
        assertThat(paper.select(".paper-meta .org").text()).isEqualTo("Org " + PAYLOAD);
        assertThat(paper.select("#paper-topics ~ .chips a").eachText())
                .containsExactly(PAYLOAD, "Keyword " + PAYLOAD, "Topic " + PAYLOAD);
        assertThat(paper.select("#editor-note").text()).isEqualTo("Editor's note: " + PAYLOAD);
        assertThat(paper.select("section.note > p.muted").text()).isEqualTo("By " + PAYLOAD);
        assertThat(paper.select("section.note .prose").text()).contains(PAYLOAD, "<div onmouseover=\"alert(1)\">");
        assertThat(paper.select("section.note .prose h2, section.note .prose th").eachText()).contains(PAYLOAD);
        assertThat(paper.select("title").text()).isEqualTo(PAYLOAD + " · " + PAYLOAD);
        assertThat(paper.select(".site-title").text()).isEqualTo(PAYLOAD);
        assertThat(paper.select(".site-nav a").eachText()).contains(PAYLOAD);
        assertThat(paper.select(".paper-links a").eachText()).containsExactly("arXiv", "PDF", "Hugging Face",
                "Project page");
        assertThat(paper.select(".paper-links a").last().attr("href")).isEqualTo(BREAKOUT_URL);
        assertThat(site.page("papers/2602.00002/").select(".paper-links a").eachAttr("href")).contains(BREAKOUT_URL);
        assertThat(paper.selectFirst("#paper-bibtex").wholeText()).isEqualTo(site.text("papers/2602.00001/cite.bib"))
                .contains("title = {{" + PAYLOAD + "}}");
        JsonNode jsonLd = JSON.readTree(paper.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.path("name").asText()).isEqualTo(PAYLOAD);
        assertThat(jsonLd.path("abstract").asText()).isEqualTo(PAYLOAD);
        assertThat(jsonLd.path("author").findValuesAsText("name")).containsExactly(PAYLOAD, "B " + PAYLOAD);
        assertThat(jsonLd.path("keywords")).extracting(JsonNode::asText).contains(PAYLOAD);

        Document home = site.page("");
        assertThat(home.select("meta[name=description]").attr("content")).isEqualTo(PAYLOAD);
        assertThat(home.select(".site-footer p").first().text()).isEqualTo(PAYLOAD + " · " + PAYLOAD);
        assertThat(home.select(".card-abstract").eachText()).containsOnly(PAYLOAD);
        assertThat(site.page("about/").select("article h1").text()).isEqualTo(PAYLOAD);
        assertThat(site.page("about/").select("article > p").first().text()).isEqualTo(PAYLOAD);
        String organizationPage = site.pagesUnder("orgs/").stream().filter(path -> !path.equals("orgs/"))
                .findFirst().orElseThrow();
        Element organization = site.page(organizationPage).selectFirst(".page-head");
        assertThat(organization.select("h1").text()).isEqualTo("Org " + PAYLOAD);
        assertThat(organization.select(".lede a").text()).isEqualTo(PAYLOAD);
    }

    /** Math spans go to the page as they are written, for KaTeX: a payload inside one must still be text. */
    @Test
    void noMarkupIsInjectedThroughMath() {
        String inline = "$" + PAYLOAD + "$";
        String parenthesised = "\\(" + PAYLOAD + " </span><img src=x onerror=alert(1)>\\)";
        String display = "$$" + PAYLOAD + "$$";
        String record = """
                [{"paper": {"id": "2602.00003", "title": %1$s, "summary": %2$s, "authors": [%4$s],
                  "publishedAt": "2026-01-30T10:00:00.000Z", "submittedOnDailyAt": "2026-02-03T08:00:00.000Z",
                  "upvotes": 5, "ai_summary": %3$s, "ai_keywords": [%1$s]}, "title": %1$s, "numComments": 0}]"""
                .formatted(quote(inline), quote(parenthesised), quote(display), authorObjects("A"));
        String markdown = inline + "\n\n" + parenthesised + "\n\n" + display + "\n\n\\[" + PAYLOAD + "\\]\n";
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", record)
                .file("notes/evil.md", "---\npaper: 2602.00003\ntopics: [" + yaml(inline) + "]\n---\n" + markdown)
                .file("pages/about.md", "---\ntitle: About\n---\n" + markdown)
                .build();

        for (String file : site.files().stream().filter(file -> file.endsWith(".html")).toList()) {
            assertNothingInjected(file, site.page(file), site.text(file));
        }
        Document paper = site.page("papers/2602.00003/");
        assertThat(paper.select("h1 span.math").text()).isEqualTo(inline);
        assertThat(paper.select(".abstract span.math").text()).isEqualTo(parenthesised);
        assertThat(paper.select("#paper-ai-summary + p span.math-display").text()).isEqualTo(display);
        assertThat(paper.select("#paper-topics ~ .chips span.math").eachText()).containsExactly(inline);
        assertThat(paper.select("section.note .prose span.math").eachText())
                .containsExactly(inline, parenthesised, display, "\\[" + PAYLOAD + "\\]");
        assertThat(site.page("about/").select("article span.math")).hasSize(4);
    }

    private static void assertNothingInjected(String file, Document page, String raw) {
        assertThat(page.head().child(1).outerHtml()).as("%s: the CSP comes right after the charset", file)
                .startsWith("<meta http-equiv=\"Content-Security-Policy\"");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").eachAttr("content"))
                .as("%s: CSP", file).containsExactly(CSP);
        for (Element script : page.select("script")) {
            if (script.attr("type").equals("application/ld+json")) {
                assertDataBlockIsInert(file, script);
                continue;
            }
            assertThat(script.attr("src")).as("%s: %s", file, script).startsWith("/assets/");
            assertThat(script.data()).as("%s: %s", file, script).isBlank();
        }
        assertThat(page.select("svg, iframe, object, embed, frame, style, base, [style]"))
                .as("%s: injected elements", file).isEmpty();
        // The one form is the theme's search box, in the header.
        assertThat(page.select("form")).as("%s: forms", file).hasSize(1);
        assertThat(page.select("header > .wrap > form.site-search[action=/search/]")).as(file).hasSize(1);
        assertThat(page.select("meta[http-equiv]").eachAttr("http-equiv")).as(file)
                .containsOnly("Content-Security-Policy");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("%s: %s", file, element).doesNotStartWith("on");
                if (URL_ATTRIBUTES.contains(name)) {
                    // As a browser reads a URL: tabs and line breaks anywhere, controls around, are ignored.
                    String url = attribute.getValue().replaceAll("[\\t\\n\\r]", "").trim().toLowerCase(Locale.ROOT);
                    assertThat(url).as("%s: %s", file, element)
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
                }
            }
        }
        for (Element image : page.select("img")) {
            assertThat(image.attr("src")).as("%s: %s", file, image).isNotEqualTo("x");
        }

        // The theme's own scripts, each checked above to come from /assets/, and the JSON-LD block, parsed above.
        String text = raw.toLowerCase(Locale.ROOT).replaceAll("<script defer src=\"/assets/[^\"<>]*\"></script>", "")
                .replace(DATA_BLOCK, "");
        for (String tag : List.of("<script", "<img src=x", "<svg", "<div onmouseover")) {
            assertThat(text).as("%s: raw %s", file, tag).doesNotContain(tag);
        }
        assertThat(text.replace(ESCAPED_IMG, "").replace(JSON_ESCAPED_IMG, ""))
                .as("%s: an onerror= outside the escaped payload", file)
                .doesNotContain("onerror=");
    }

    /**
     * A JSON-LD block does not run, but text that closed it could start a script: the payloads must
     * be JSON strings, and the block's raw text must hold no {@code <} at all.
     */
    private static void assertDataBlockIsInert(String file, Element script) {
        assertThat(script.parent()).as(file).isEqualTo(script.ownerDocument().head());
        assertThat(script.data()).as("%s: raw JSON-LD", file).doesNotContain("<", ">", "&");
        JsonNode json;
        try {
            json = JSON.readTree(script.data());
        } catch (IOException e) {
            throw new AssertionError(file + ": JSON-LD that is not JSON: " + script.data(), e);
        }
        assertThat(json.path("@type").asText()).isEqualTo("ScholarlyArticle");
        // Both tests put the payload in the title and the abstract, bare or inside math delimiters.
        assertThat(json.path("name").asText()).as(file).contains(PAYLOAD);
        assertThat(json.path("abstract").asText()).as(file).contains(PAYLOAD);
    }

    /** A daily_papers entry with the payload in every string field. */
    private static String record(String id, String githubRepo, String projectPage) {
        return """
                {"paper": {"id": "%s", "title": %s, "summary": %s, "authors": [%s],
                  "publishedAt": "2026-01-30T10:00:00.000Z", "submittedOnDailyAt": "2026-02-03T08:00:00.000Z",
                  "upvotes": 5, "ai_summary": %s, "ai_keywords": [%s, %s],
                  "githubRepo": %s, "githubStars": 1, "projectPage": %s,
                  "organization": {"name": %s, "fullname": %s}},
                 "title": %s, "numComments": 1, "organization": {"name": %s, "fullname": %s}}"""
                .formatted(id, quote(PAYLOAD), quote(PAYLOAD), authorObjects(PAYLOAD, "B " + PAYLOAD),
                        quote(PAYLOAD), quote(PAYLOAD), quote("Keyword " + PAYLOAD), quote(githubRepo),
                        quote(projectPage), quote(PAYLOAD), quote("Org " + PAYLOAD), quote(PAYLOAD),
                        quote(PAYLOAD), quote("Org " + PAYLOAD));
    }

    /** A YAML single-quoted scalar, in which only the quote itself needs escaping. */
    private static String yaml(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
