package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records marked {@code "draft": true}: read and syntax-checked, but left out of the site, quietly. */
class DraftRecordsTest {

    /** What the record skeleton of {@code papers:new} holds before the editor fills it in. */
    private static final String UNFINISHED = """
            {
              "draft": true,
              "id": "",
              "title": "A paper we want in the digest",
              "authors": [],
              "summary": "",
              "day": "2026-02-03"
            }
            """;

    @TempDir
    Path directory;

    @Test
    void aDraftWithMissingFieldsBuildsWithoutAWarning() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Published", 5, "2026-02-03", "A B")))
                .file("papers/2026-02-03-unfinished.json", UNFINISHED)
                .file("papers/no-fields.json", "{\"draft\": true}")
                .build();

        assertThat(site.result().warnings()).isEmpty();
        assertThat(site.page("days/2026-02-03/").select(".card-title").eachText()).containsExactly("Published");
    }

    @Test
    void aDraftIsLeftOutOfTheSiteEntirely() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Published", 5, "2026-02-03", "A B")))
                .file("papers/2026-02-04-draft.json", """
                        {"draft": true, "id": "2602.00002", "title": "Secret Draft Title",
                         "authors": ["Hidden Writer"], "summary": "Not yet.", "day": "2026-02-04",
                         "ai_keywords": ["Draft Topic"]}
                        """)
                .baseUrl("https://user.github.io/repo/")
                .build();

        assertThat(site.exists("papers/2602.00002/")).isFalse();
        assertThat(site.exists("days/2026-02-04/")).isFalse();
        assertThat(site.exists("authors/hidden-writer/")).isFalse();
        assertThat(site.exists("topics/draft-topic/")).isFalse();
        assertThat(site.files()).filteredOn(file -> file.matches(".*\\.(html|xml|json|bib|txt)"))
                .isNotEmpty()
                .noneMatch(file -> site.text(file).contains("Secret Draft Title"));
    }

    @Test
    void aDraftEntryInADailyFileIsLeftOutAndItsNeighboursAreNot() {
        String draftEntry = "{\"draft\": true, \"paper\": {\"id\": \"2602.00002\", \"title\": \"Draft\"}}";
        String draftPaper = "{\"paper\": {\"id\": \"2602.00003\", \"draft\": true}}";
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Published", 5, "2026-02-03", "A B"),
                        draftEntry, draftPaper))
                .build();

        assertThat(site.result().warnings()).isEmpty();
        assertThat(site.pagesUnder("papers/")).containsExactly("papers/2602.00001/");
    }

    @Test
    void aNoteOnADraftIsLeftOutQuietlyUntilTheDraftIsPublished() {
        TestSite content = TestSite.in(directory)
                .file("papers/2026-02-04-draft.json",
                        "{\"draft\": true, \"id\": \"2602.00002\", \"title\": \"Later\", \"day\": \"2026-02-04\"}")
                .file("notes/later.md", "---\npaper: 2602.00002\n---\nA note waiting for its paper.\n");

        BuiltSite site = content.build();

        assertThat(site.result().warnings()).isEmpty();
        assertThat(site.exists("papers/2602.00002/")).isFalse();
    }

    @Test
    void aDraftStillHasItsJsonSyntaxChecked() {
        ContentException errors = TestSite.in(directory)
                .file("papers/2026-02-03-draft.json", "{\"draft\": true, \"id\": \"\",\n \"title\": \"T\",}\n")
                .buildExpectingErrors();

        assertThat(errors.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("papers/2026-02-03-draft.json:2:").contains("comma");
    }

    @Test
    void theSameMissingFieldsWithoutDraftAreStillErrors() {
        ContentException errors = TestSite.in(directory)
                .file("papers/2026-02-03-unfinished.json", UNFINISHED.replace("\"draft\": true", "\"draft\": false"))
                .buildExpectingErrors();

        assertThat(errors.problems()).extracting(Problem::toString).containsExactly(
                "papers/2026-02-03-unfinished.json:3:3: `id` \"\" is not an arXiv id (expected YYMM.NNNNN, "
                        + "such as 2602.02493)",
                "papers/2026-02-03-unfinished.json:5:3: `authors` is empty (expected at least one author)");
    }

    @Test
    void aPublishedRecordOfTheSameIdIsNotHeldBackByADraft() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Published", 5, "2026-02-03", "A B")))
                .file("papers/2026-02-03-rewrite.json",
                        "{\"draft\": true, \"id\": \"2602.00001\", \"title\": \"A rewrite in progress\"}")
                .build();

        assertThat(site.result().warnings()).isEmpty();
        assertThat(site.page("papers/2602.00001/").select("h1").text()).isEqualTo("Published");
    }
}
