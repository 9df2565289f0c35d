package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.testing.Bibtex;
import io.github.paperdigest.testing.SampleSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Citing papers on the sample digest: Google Scholar's tags and schema.org's JSON-LD on paper
 * pages, OpenGraph and Twitter tags on every page, and BibTeX files that a real parser reads back.
 */
class CitationTest {

    private static final String BASE = SampleSite.BASE_URL;
    /** Kimi K2.5: an organisation as first author, 325 visible authors, a note and topics. */
    private static final String KIMI = "2602.02276";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> REQUIRED_FIELDS = List.of("title", "author", "year", "month", "eprint",
            "archivePrefix", "url", "doi");

    private final Path sample = SampleSite.root();

    @Test
    void aPaperPageCarriesGoogleScholarsTags() throws IOException {
        Document page = page("papers/" + KIMI + "/");

        assertThat(meta(page, "citation_title")).containsExactly("Kimi K2.5: Visual Agentic Intelligence");
        List<String> authors = meta(page, "citation_author");
        assertThat(authors).hasSize(325).hasSameSizeAs(page.select(".paper-authors .author-list a"))
                .doesNotHaveDuplicates();
        assertThat(authors.get(0)).isEqualTo("Kimi Team");
        assertThat(authors).contains("Du, Angang");
        assertThat(meta(page, "citation_publication_date")).containsExactly("2026/02/02");
        assertThat(meta(page, "citation_online_date")).containsExactly("2026/02/02");
        assertThat(meta(page, "citation_pdf_url")).containsExactly("https://arxiv.org/pdf/" + KIMI);
        assertThat(meta(page, "citation_arxiv_id")).containsExactly(KIMI);
        assertThat(meta(page, "citation_doi")).containsExactly("10.48550/arXiv." + KIMI);
        assertThat(meta(page, "citation_abstract_html_url")).containsExactly(BASE + "papers/" + KIMI + "/");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:title]").attr("content"))
                .isEqualTo(meta(page, "citation_title").get(0));
    }

    @Test
    void everyPaperPageNamesEachAuthorDatesItTheScholarWayAndShowsItsCiteBib() throws IOException {
        for (Path paper : folders("papers")) {
            Document page = Jsoup.parse(paper.resolve("index.html").toFile());
            assertThat(meta(page, "citation_author")).as(paper.toString())
                    .hasSameSizeAs(page.select(".paper-authors .author-list a"));
            assertThat(meta(page, "citation_publication_date")).as(paper.toString()).singleElement().asString()
                    .matches("\\d{4}/\\d{2}/\\d{2}");
            assertThat(page.select("script[type=application/ld+json]")).as(paper.toString()).hasSize(1);
            assertThat(page.selectFirst("#paper-bibtex").wholeText()).as(paper.toString())
                    .isEqualTo(Files.readString(paper.resolve("cite.bib")));
        }
    }

    @Test
    void everyPageHasATwitterCard() throws IOException {
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile());
                assertThat(page.select("meta[name=twitter:card]").eachAttr("content")).as(file.toString())
                        .containsExactly("summary");
                // Its title and description are the og: ones, which X reads when no twitter: ones say otherwise.
                assertThat(page.select("meta[property=og:title]").attr("content")).as(file.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void aPaperPageDescribesItselfAsAScholarlyArticle() throws IOException {
        Document page = page("papers/" + KIMI + "/");
        Element script = page.selectFirst("head script[type=application/ld+json]");

        JsonNode article = JSON.readTree(script.data());

        assertThat(article.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(article.path("@type").asText()).isEqualTo("ScholarlyArticle");
        assertThat(article.path("name").asText()).isEqualTo("Kimi K2.5: Visual Agentic Intelligence");
        assertThat(article.path("headline").asText()).isEqualTo(article.path("name").asText());
        assertThat(article.path("author")).hasSize(325);
        assertThat(article.path("author").get(0).toString())
                .isEqualTo("{\"@type\":\"Organization\",\"name\":\"Kimi Team\"}");
        assertThat(article.path("author").get(1).path("@type").asText()).isEqualTo("Person");
        assertThat(article.path("datePublished").asText()).isEqualTo("2026-02-02");
        assertThat(article.path("abstract").asText()).isEqualTo(page.select(".abstract").text());
        assertThat(article.path("identifier").toString()).isEqualTo("[{\"@type\":\"PropertyValue\",\"propertyID\":"
                + "\"arXiv\",\"value\":\"" + KIMI + "\"},{\"@type\":\"PropertyValue\",\"propertyID\":\"DOI\","
                + "\"value\":\"10.48550/arXiv." + KIMI + "\"}]");
        assertThat(article.path("sameAs")).extracting(JsonNode::asText)
                .containsExactly("https://arxiv.org/abs/" + KIMI, "https://doi.org/10.48550/arXiv." + KIMI);
        assertThat(article.path("keywords")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(page.select("#paper-topics ~ .chips a").eachText());
        assertThat(article.path("url").asText()).isEqualTo(BASE + "papers/" + KIMI + "/");
    }

    @Test
    void aPaperPageShowsItsBibtexOffersItAndCopiesIt() throws IOException {
        Document page = page("papers/" + KIMI + "/");
        String file = Files.readString(sample.resolve("papers/" + KIMI + "/cite.bib"));

        assertThat(page.select("#paper-cite").text()).isEqualTo("Cite");
        assertThat(page.selectFirst("section.cite pre code#paper-bibtex").wholeText()).isEqualTo(file);
        assertThat(file).startsWith("@misc{kimi2026kimi,\n  title = {{Kimi K2.5: Visual Agentic Intelligence}},\n"
                + "  author = {{Kimi Team} and Bai, Tongtong and ").contains("  year = {2026},\n  month = feb,\n"
                + "  eprint = {" + KIMI + "},\n  archivePrefix = {arXiv},\n  url = {https://arxiv.org/abs/" + KIMI
                + "},\n  doi = {10.48550/arXiv." + KIMI + "}\n}\n");
        assertThat(page.select("section.cite a[download]").attr("href"))
                .isEqualTo("/repo/papers/" + KIMI + "/cite.bib");
        Element button = page.selectFirst("section.cite button.copy-button");
        assertThat(button.text()).isEqualTo("Copy BibTeX");
        assertThat(button.hasAttr("hidden")).as("shown by the script only").isTrue();
        assertThat(button.attr("data-copy")).isEqualTo("paper-bibtex");
        assertThat(page.select("section.cite [role=status]").attr("aria-live")).isEqualTo("polite");
        assertThat(page.select("head script[src=/repo/assets/cite.js]").hasAttr("defer")).isTrue();
        assertThat(sample.resolve("assets/cite.js")).exists();
    }

    @Test
    void termPagesOfferTheBibtexOfAllTheirPapers() throws IOException {
        for (String taxonomy : List.of("authors", "topics", "orgs")) {
            for (Path term : folders(taxonomy)) {
                Document page = Jsoup.parse(term.resolve("index.html").toFile());
                Element link = page.selectFirst(".term-links a[href$=cite.bib]");
                String path = sample.relativize(term.resolve("cite.bib")).toString();
                assertThat(link.attr("href")).isEqualTo("/repo/" + path);
                int entries = Bibtex.parse(Files.readString(sample.resolve(path))).getEntries().size();
                assertThat(link.text())
                        .isEqualTo(entries == 1 ? "BibTeX of its paper" : "BibTeX of all " + entries + " papers");
                assertThat(page.select(".lede").text()).startsWith(entries + " paper");
            }
        }
    }

    @Test
    void everyBibtexFileReadsBackWithOneKeyPerPaperSiteWide() throws IOException {
        Map<String, String> keyOfPaper = new HashMap<>();
        Map<String, String> paperOfKey = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sample)) {
            files = walk.filter(path -> path.getFileName().toString().equals("cite.bib")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(6000);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(unescapedBraceDepths(text)).as("%s: braces balanced", file).isTrue();
            Map<Key, BibTeXEntry> entries = Bibtex.parse(text).getEntries();
            assertThat(entries).as("%s: keys unique in the file", file)
                    .hasSize(Pattern.compile("^@misc\\{", Pattern.MULTILINE).split(text, -1).length - 1);
            for (BibTeXEntry entry : entries.values()) {
                String where = file + " " + entry.getKey().getValue();
                assertThat(entry.getType().getValue()).isEqualTo("misc");
                for (String field : REQUIRED_FIELDS) {
                    assertThat(entry.getField(new Key(field))).as("%s: %s", where, field).isNotNull();
                }
                assertThat(value(entry, "archivePrefix")).isEqualTo("arXiv");
                String id = value(entry, "eprint");
                assertThat(value(entry, "url")).isEqualTo("https://arxiv.org/abs/" + id);
                assertThat(value(entry, "doi")).isEqualTo("10.48550/arXiv." + id);
                assertThat(value(entry, "year")).matches("20\\d\\d");
                assertThat(value(entry, "title")).as(where).startsWith("{").endsWith("}");
                assertThat(value(entry, "author")).as(where).doesNotContain("  ");
                String key = entry.getKey().getValue();
                assertThat(key).matches("[a-z0-9]+");
                assertThat(keyOfPaper.computeIfAbsent(id, k -> key)).as("%s: one key per paper", where).isEqualTo(key);
                assertThat(paperOfKey.computeIfAbsent(key, k -> id)).as("%s: one paper per key", where).isEqualTo(id);
            }
            if (file.getParent().getParent().getFileName().toString().equals("papers")) {
                assertThat(entries).hasSize(1);
                assertThat(value(entries.values().iterator().next(), "eprint"))
                        .isEqualTo(file.getParent().getFileName().toString());
            }
        }
        assertThat(keyOfPaper).hasSize(folders("papers").size());
    }

    @Test
    void aPaperFileNamesEveryAuthorAndATermFileTheFirstTwenty() throws IOException {
        String own = Files.readString(sample.resolve("papers/" + KIMI + "/cite.bib"));
        String topic = Files.readString(sample.resolve("orgs/moonshotai/cite.bib"));

        assertThat(authors(own)).hasSize(325).doesNotContain("others");
        List<String> abridged = authors(topic.substring(topic.indexOf("@misc{kimi2026kimi,")));
        assertThat(abridged).hasSize(21).endsWith("others");
        assertThat(abridged.subList(0, 20)).isEqualTo(authors(own).subList(0, 20));
    }

    private static List<String> authors(String bibtex) {
        BibTeXEntry entry = Bibtex.parse(bibtex.substring(0, bibtex.indexOf("\n}\n") + 3)).getEntries().values()
                .iterator().next();
        return List.of(entry.getField(new Key("author")).toUserString().split(" and "));
    }

    /** Braces balance, and never close more than they opened, once {@code \{} and {@code \}} are set aside. */
    private static boolean unescapedBraceDepths(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String value(BibTeXEntry entry, String field) {
        Value value = entry.getField(new Key(field));
        return value == null ? null : value.toUserString();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(sample.resolve(path).resolve("index.html").toFile());
    }

    private List<Path> folders(String folder) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> list = Files.list(sample.resolve(folder))) {
            list.filter(Files::isDirectory).filter(path -> !path.getFileName().toString().equals("page"))
                    .sorted().forEach(folders::add);
        }
        return folders;
    }

    private static List<String> meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").eachAttr("content");
    }
}
