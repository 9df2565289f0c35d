package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.SampleSite;
import io.github.paperdigest.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index the search page loads, and the page and search box that use it. */
class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void theManifestNamesTheFieldsTheShardsAndHowToLinkAPaper() throws IOException {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(
                        entry("2602.00002", "Sparse Attention, Revisited", 7, "2026-02-03", "2026-01-30",
                                List.of("Attention", "Efficiency"), "Zoë Müller", "Ana Lima"),
                        entry("2602.00001", "A <b>bold</b> title", 3, "2026-02-03", "Bob Stone")))
                .file("papers/2026-02-02.json", day(entry("2602.00003", "Earlier", 1, "2026-02-02", "Cy Old")))
                .build();

        JsonNode manifest = json(site, "search/index.json");
        assertThat(manifest.get("format").asInt()).isEqualTo(1);
        assertThat(manifest.get("papers").asInt()).isEqualTo(3);
        assertThat(texts(manifest.get("fields"))).containsExactly("id", "title", "authors", "topics", "day", "upvotes");
        assertThat(manifest.get("paperPath").asText()).isEqualTo("papers/{id}/");
        assertThat(texts(manifest.get("shards"))).singleElement().asString().matches("papers-1\\.json\\?v=[0-9a-f]{12}");

        // Oldest day first, then by id; text as it is, to be put into the page as text.
        JsonNode shard = json(site, "search/papers-1.json");
        assertThat(shard).hasSize(3);
        assertThat(shard.get(0).get(0).asText()).isEqualTo("2602.00003");
        assertThat(shard.get(1).toString()).isEqualTo("[\"2602.00001\",\"A <b>bold</b> title\",[\"Bob Stone\"],"
                + "[\"Test Topic\"],\"2026-02-03\",3]");
        assertThat(shard.get(2).toString()).isEqualTo("[\"2602.00002\",\"Sparse Attention, Revisited\","
                + "[\"Zoë Müller\",\"Ana Lima\"],[\"Attention\",\"Efficiency\"],\"2026-02-03\",7]");
    }

    @Test
    void abstractsAreIndexedOnlyWhenTheSiteAsksForThem() throws IOException {
        BuiltSite site = TestSite.in(directory)
                .file("site.yaml", "searchAbstracts: true\n")
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Title", 3, "2026-02-03", "Bob Stone")))
                .build();

        assertThat(texts(json(site, "search/index.json").get("fields"))).endsWith("upvotes", "abstract");
        assertThat(json(site, "search/papers-1.json").get(0).get(6).asText()).isEqualTo("An abstract of 2602.00001.");
    }

    @Test
    void aLargeDigestIsSplitIntoShardsThatANewDayLeavesAlone() throws IOException {
        TestSite content = TestSite.in(directory.resolve("content"));
        List<String> firstDay = new ArrayList<>();
        IntStream.rangeClosed(1, 1500).forEach(number -> firstDay.add(
                entry("2601.%05d".formatted(number), "Paper " + number, number % 50, "2026-01-05", "A Writer")));
        content.file("papers/2026-01-05.json", day(firstDay.toArray(String[]::new)));
        BuiltSite before = content.build();
        JsonNode shardsBefore = json(before, "search/index.json").get("shards");
        byte[] firstShard = Files.readAllBytes(before.file("search/papers-1.json"));

        BuiltSite after = content.file("papers/2026-01-06.json",
                day(entry("2601.09999", "Newer", 1, "2026-01-06", "B Writer"))).build();

        JsonNode shardsAfter = json(after, "search/index.json").get("shards");
        assertThat(texts(shardsAfter)).hasSize(2);
        assertThat(shardsAfter.get(0)).isEqualTo(shardsBefore.get(0));
        assertThat(shardsAfter.get(1)).isNotEqualTo(shardsBefore.get(1));
        assertThat(Files.readAllBytes(after.file("search/papers-1.json"))).isEqualTo(firstShard);
        assertThat(json(after, "search/papers-1.json")).hasSize(1000);
        assertThat(json(after, "search/papers-2.json")).hasSize(501);
    }

    @Test
    void aStaticFileCannotReplaceTheIndex() {
        ContentException error = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Title", 3, "2026-02-03", "Bob Stone")))
                .file("static/search/index.json", "{}")
                .buildExpectingErrors();

        assertThat(error.problems()).extracting(Problem::toString).containsExactly(
                "static/search/index.json: this file would replace the generated /search/index.json; rename it");
    }

    @Test
    void everyPageHasALabelledSearchBoxThatLeadsToTheSearchPage() {
        Path sample = SampleSite.root();
        for (String page : List.of("index.html", "papers/2602.02493/index.html", "404.html", "search/index.html")) {
            Document document = parse(sample.resolve(page));
            assertThat(document.select("header form[role=search]").attr("action")).as(page)
                    .isEqualTo("/repo/search/");
            assertThat(document.select("header form[role=search] input[type=search][name=q]").attr("id"))
                    .as(page).isEqualTo("site-search-query");
            assertThat(document.select("label[for=site-search-query]").text()).as(page).isEqualTo("Search papers");
        }
        Document search = parse(sample.resolve("search/index.html"));
        assertThat(search.select("script[src]").eachAttr("src")).contains("/repo/assets/search.js");
        assertThat(search.select("#search-results").attr("data-index")).isEqualTo("/repo/search/index.json");
        assertThat(search.select("#search-status").attr("role")).isEqualTo("status");
        assertThat(search.select("noscript a").eachAttr("href"))
                .containsExactly("/repo/topics/", "/repo/authors/", "/repo/archive/");
        assertThat(sample.resolve("assets/search.js")).exists();
        assertThat(parse(sample.resolve("index.html")).select("script[src$=search.js]")).isEmpty();
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(BuiltSite site, String path) throws IOException {
        return JSON.readTree(site.file(path).toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
