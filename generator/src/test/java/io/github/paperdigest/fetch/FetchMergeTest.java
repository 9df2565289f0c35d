package io.github.paperdigest.fetch;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.paperdigest.Generator;
import io.github.paperdigest.fetch.DayReport.Outcome;
import io.github.paperdigest.testing.StubDailyPapersApi;
import io.github.paperdigest.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the API's answer merges into the committed day: a union keyed by arXiv id, the API's values winning. */
class FetchMergeTest {

    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path directory;

    private StubDailyPapersApi api;
    private Fetching fetching;

    @BeforeEach
    void startApi() {
        api = StubDailyPapersApi.start();
        fetching = new Fetching(directory.resolve("content"), api);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aPartialAnswerLosesNoCommittedPaper() throws Exception {
        String recorded = Files.readString(TestData.hfDaily().resolve("2026-02-03.json"));
        fetching.commit("2026-02-03", recorded);
        ArrayNode all = (ArrayNode) JSON.readTree(recorded);
        ArrayNode partial = JSON.createArrayNode();
        for (int i = 0; i < 10; i++) {
            partial.add(all.get(i));
        }
        api.day("2026-02-03", json(partial.toString()));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.line()).isEqualTo("2026-02-03: 10 from the API; 0 new, 0 updated, 10 unchanged; "
                + "34 kept that the API no longer lists; papers/2026-02-03.json written");
        assertThat(ids(fetching.dayFile("2026-02-03"))).hasSize(44).containsExactlyInAnyOrderElementsOf(ids(all));
    }

    @Test
    void theApisLatestValuesWinAndWhatItDroppedIsKept() throws Exception {
        fetching.commit("2026-02-03", """
                [{"paper": {"id": "2602.00001", "title": "One", "authors": [{"name": "Ada Lovelace"}, {"name": "Alan Turing"}],
                   "summary": "An abstract.", "upvotes": 5, "githubRepo": "https://github.com/x/y", "githubStars": 10,
                   "ai_summary": "A summary.", "submittedOnDailyAt": "2026-02-03T08:00:00.000Z"},
                  "numComments": 1, "title": "One",
                  "organization": {"name": "org", "fullname": "An Org", "avatar": "https://example.org/a.png"}}]
                """);
        api.day("2026-02-03", json("""
                [{"paper": {"id": "2602.00001v2", "title": "One", "authors": [{"name": "Ada Lovelace"}],
                   "summary": "An abstract.", "upvotes": 9, "githubStars": 12, "ai_summary": null,
                   "submittedOnDailyAt": "2026-02-03T08:00:00.000Z"},
                  "numComments": 4, "title": "One", "organization": {"name": "org", "fullname": "The Org"}}]
                """));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.counts()).isEqualTo(new DayReport.Counts(1, 0, 1, 0, 0, 0, 0));
        JsonNode entry = JSON.readTree(fetching.dayFile("2026-02-03").toFile()).get(0);
        JsonNode paper = entry.get("paper");
        assertThat(paper.get("upvotes").asInt()).as("the new value").isEqualTo(9);
        assertThat(paper.get("githubStars").asInt()).isEqualTo(12);
        assertThat(entry.get("numComments").asInt()).isEqualTo(4);
        assertThat(paper.get("id").asText()).as("the API's id, as it wrote it").isEqualTo("2602.00001v2");
        assertThat(paper.get("githubRepo").asText()).as("dropped by the API").isEqualTo("https://github.com/x/y");
        assertThat(paper.get("ai_summary").asText()).as("null in the API").isEqualTo("A summary.");
        assertThat(paper.get("authors")).as("an array is replaced whole").hasSize(1);
        assertThat(entry.get("organization").get("fullname").asText()).isEqualTo("The Org");
        assertThat(entry.get("organization").get("avatar").asText()).as("objects merge field by field")
                .isEqualTo("https://example.org/a.png");
    }

    @Test
    void newPapersAreAddedAndTheRestCounted() throws Exception {
        fetching.commit("2026-02-03", day(entry("2602.00001", "One", 1, "2026-02-03", "A B"),
                entry("2602.00002", "Two", 2, "2026-02-03", "A B"), entry("2602.00003", "Three", 3, "2026-02-03", "A B")));
        api.day("2026-02-03", json(day(entry("2602.00004", "Four", 4, "2026-02-03", "A B"),
                entry("2602.00002", "Two", 20, "2026-02-03", "A B"), entry("2602.00001", "One", 1, "2026-02-03", "A B"),
                entry("2602.00005", "Five", 5, "2026-02-03", "A B"))));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.WRITTEN);
        assertThat(report.line()).isEqualTo("2026-02-03: 4 from the API; 2 new, 1 updated, 1 unchanged; "
                + "1 kept that the API no longer lists; papers/2026-02-03.json written");
        assertThat(ids(fetching.dayFile("2026-02-03")))
                .containsExactly("2602.00001", "2602.00002", "2602.00003", "2602.00004", "2602.00005");
    }

    @Test
    void entriesWithoutAReadableIdAreKeptAsTheyAreAfterTheOthers() throws Exception {
        fetching.commit("2026-02-03", """
                [{"id": "not an id", "title": "Kept"}, {"paper": {"id": "2602.00002", "title": "Two", "authors": ["A"]}},
                 {"title": "No id at all", "note": "ünïcode"}]""");
        api.day("2026-02-03", json("""
                [{"paper": {"id": "2602.00001", "title": "One", "authors": ["A"]}},
                 {"paper": {"title": "The API's, without an id"}}]"""));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.line()).isEqualTo("2026-02-03: 1 from the API; 1 new, 0 updated, 0 unchanged; "
                + "1 kept that the API no longer lists; 2 kept without an arXiv id; "
                + "1 from the API left out: no arXiv id; papers/2026-02-03.json written");
        JsonNode written = JSON.readTree(fetching.dayFile("2026-02-03").toFile());
        assertThat(written).hasSize(4);
        assertThat(written.get(2)).isEqualTo(JSON.readTree("{\"id\": \"not an id\", \"title\": \"Kept\"}"));
        assertThat(written.get(3).get("note").asText()).isEqualTo("ünïcode");
    }

    @Test
    void aPaperListedTwiceBecomesOneEntry() throws Exception {
        fetching.commit("2026-02-03", "[{\"paper\": {\"id\": \"2602.00001\", \"upvotes\": 1, \"githubRepo\": \"https://a.b/c\"}},"
                + " {\"paper\": {\"id\": \"2602.00001v2\", \"upvotes\": 2}}]");
        api.day("2026-02-03", json("[{\"paper\": {\"id\": \"2602.00003\", \"upvotes\": 3, \"title\": \"Three\"}},"
                + " {\"paper\": {\"id\": \"2602.00003\", \"upvotes\": 4, \"authors\": [\"A\"]}}]"));

        fetching.fetch("2026-02-03");

        JsonNode written = JSON.readTree(fetching.dayFile("2026-02-03").toFile());
        assertThat(written).hasSize(2);
        assertThat(written.get(0).get("paper")).isEqualTo(JSON.readTree(
                "{\"id\": \"2602.00001v2\", \"upvotes\": 2, \"githubRepo\": \"https://a.b/c\"}"));
        assertThat(written.get(1).get("paper").get("upvotes").asInt()).isEqualTo(4);
    }

    @Test
    void anEmptyAnswerKeepsTheDayAsItIs() throws Exception {
        Path file = fetching.commit("2026-02-03", day(entry("2602.00001", "One", 1, "2026-02-03", "A B")));
        fetching.fetch("2026-02-03");
        Files.setLastModifiedTime(file, Fetching.LONG_AGO);
        byte[] canonical = Files.readAllBytes(file);
        api.day("2026-02-03", json("[]"));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.line()).isEqualTo("2026-02-03: 0 from the API; 0 new, 0 updated, 0 unchanged; "
                + "1 kept that the API no longer lists; papers/2026-02-03.json unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(canonical);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(Fetching.LONG_AGO);
    }

    private static List<String> ids(Path file) throws Exception {
        return ids(JSON.readTree(file.toFile()));
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.get("paper").get("id").asText()));
        return ids;
    }

    /** The nightly build must not break on what the API sends: what the generator would reject is not written. */
    @Test
    void anEntryTheGeneratorWouldRejectIsLeftOutOrKeptAsCommitted() throws Exception {
        fetching.commit("2026-02-03", day(entry("2602.00001", "One", 1, "2026-02-03", "Ada Lovelace")));
        api.day("2026-02-03", json(day(entry("2602.00001", "One", 5, "2026-02-03"),
                entry("2602.00002", "Two", 2, "2026-02-03"), entry("2602.00003", "Three", 3, "2026-02-03", "Alan"))));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.leftOut()).containsExactly(
                "2602.00001 kept as committed: `paper.authors` is empty (expected at least one author)",
                "2602.00002 left out: `paper.authors` is empty (expected at least one author)");
        assertThat(report.line()).contains("2602.00002 left out: `paper.authors` is empty");
        JsonNode entries = JSON.readTree(fetching.dayFile("2026-02-03").toFile());
        assertThat(ids(fetching.dayFile("2026-02-03"))).containsExactly("2602.00001", "2602.00003");
        assertThat(entries.get(0).get("paper").get("upvotes").asInt()).as("as committed").isEqualTo(1);
        assertThat(Generator.builder().contentDirectory(directory.resolve("content")).build().validate().papers())
                .isEqualTo(2);
    }
}
