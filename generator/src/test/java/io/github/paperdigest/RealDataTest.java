package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.testing.Bibtex;
import io.github.paperdigest.internal.tex.MathSplitter;
import io.github.paperdigest.internal.tex.Segment;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.LinkChecker;
import io.github.paperdigest.testing.TestData;
import io.github.paperdigest.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jbibtex.BibTeXEntry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every real Hugging Face file we have, 2024 and 2026 schemas together, built into one site. */
class RealDataTest {

    @TempDir
    static Path directory;

    static BuiltSite site;
    static List<JsonNode> papers;

    @BeforeAll
    static void build() throws IOException {
        Path hfDaily = TestData.hfDaily();
        TestSite digest = TestSite.in(directory);
        try (Stream<Path> files = Files.list(hfDaily)) {
            for (Path file : files.sorted().toList()) {
                digest.file("papers/" + file.getFileName(), Files.readString(file));
            }
        }
        site = digest.baseUrl("https://user.github.io/repo/").build();
        papers = TestData.papersIn(hfDaily);
    }

    @Test
    void everyDistinctPaperHasOnePage() {
        Set<String> ids = papers.stream().map(paper -> paper.get("id").asText()).collect(Collectors.toSet());

        assertThat(site.pagesUnder("papers/")).hasSize(ids.size())
                .allMatch(path -> ids.contains(path.substring("papers/".length(), path.length() - 1)));
    }

    @Test
    void everyDayOfBothSchemasHasItsPages() throws IOException {
        Set<String> days = new TreeSet<>();
        try (Stream<Path> files = Files.list(TestData.hfDaily())) {
            files.map(file -> "days/" + file.getFileName().toString().replace(".json", "") + "/")
                    .forEach(day -> days.addAll(List.of(day, day + "by-arxiv-date/")));
        }

        assertThat(site.pagesUnder("days/")).containsExactlyInAnyOrderElementsOf(days);
        assertThat(days).anyMatch(day -> day.startsWith("days/2024-")).anyMatch(day -> day.startsWith("days/2026-"));
    }

    @Test
    void everyAuthorTopicAndOrganisationPageIsReachableFromItsIndex() {
        assertReachableFromIndex("authors/");
        assertReachableFromIndex("topics/");
        assertReachableFromIndex("orgs/");
    }

    private void assertReachableFromIndex(String index) {
        Set<String> linked = site.page(index).select(".term-list a").eachAttr("href").stream()
                .map(href -> href.substring("/repo/".length()))
                .collect(Collectors.toSet());
        List<String> termPages = site.pagesUnder(index).stream()
                .filter(path -> !path.equals(index) && !path.contains("/page/"))
                .toList();

        assertThat(termPages).isNotEmpty();
        assertThat(linked).containsExactlyInAnyOrderElementsOf(termPages);
    }

    @Test
    void theLargestPaperListsAllItsVisibleAuthors() {
        JsonNode largest = papers.stream().max((a, b) -> a.get("authors").size() - b.get("authors").size()).orElseThrow();
        long visible = Stream.iterate(0, i -> i + 1).limit(largest.get("authors").size())
                .map(i -> largest.get("authors").get(i))
                .filter(author -> !author.path("hidden").asBoolean())
                .map(author -> author.get("name").asText())
                .distinct()
                .count();
        Document page = site.page("papers/" + largest.get("id").asText() + "/");

        assertThat(visible).isGreaterThan(300);
        assertThat(page.select(".author-list li")).hasSize((int) visible);
    }

    @Test
    void noInternalLinkIsBroken() {
        LinkChecker.Report links = new LinkChecker(site.root(), "/repo/").check();

        assertThat(links.broken()).isEmpty();
        assertThat(links.internalLinks()).isGreaterThan(50_000);
    }

    @Test
    void noPageHoldsAnUnescapedAbstract() {
        // Ten real abstracts contain "<"; none may come out as markup.
        List<String> withAngle = papers.stream()
                .filter(paper -> paper.get("summary").asText().contains("<"))
                .map(paper -> paper.get("id").asText())
                .toList();

        assertThat(withAngle).isNotEmpty();
        for (String id : withAngle) {
            Document page = site.page("papers/" + id + "/");
            assertThat(page.select(".abstract").first().children()).as(id).isEmpty();
        }
    }

    @Test
    void everyPapersBibtexReadsBackToItsTitle() {
        for (JsonNode paper : papers) {
            String id = paper.get("id").asText();
            String file = site.text("papers/" + id + "/cite.bib");
            BibTeXEntry entry = Bibtex.parse(file).getEntries().values().iterator().next();
            String title = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
            assertThat(title).as(id).startsWith("{").endsWith("}");
            String shown = site.page("papers/" + id + "/").select("meta[name=citation_title]").attr("content");
            if (MathSplitter.hasMath(shown)) {
                // Math stays LaTeX for BibTeX styles to set, which jbibtex's LaTeX reader cannot turn into text.
                MathSplitter.split(shown).stream().filter(Segment::math)
                        .forEach(math -> assertThat(title).as(id).contains(math.text()));
            } else {
                assertThat(Bibtex.decode(title.substring(1, title.length() - 1))).as(id).isEqualTo(shown);
            }
        }
    }
}
