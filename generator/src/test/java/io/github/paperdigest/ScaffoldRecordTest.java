package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paperdigest.scaffold.Scaffold;
import io.github.paperdigest.scaffold.ScaffoldResult;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papers:new} with a day and a title: a draft record that builds as it is, published once filled in. */
class ScaffoldRecordTest {

    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private TestSite digest() {
        TestSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Published", 5, "2026-02-03", "A B")));
        site.generator();
        return site;
    }

    private static Scaffold.Builder record(TestSite site, String day, String title) {
        return Scaffold.builder().contentDirectory(site.contentDirectory()).day(day).title(title).clock(MARCH_2026);
    }

    @Test
    void withoutAnIdWritesADraftThatBuildsAndStaysOffTheSite() throws Exception {
        TestSite site = digest();

        ScaffoldResult result = record(site, "2026-02-04", "A paper we want in the digest").build().write();

        assertThat(result.file()).isEqualTo(site.contentDirectory().resolve("papers/2026-02-04-a-paper-we-want-in.json"));
        assertThat(Files.readString(result.file())).isEqualTo("""
                {
                  "draft": true,
                  "id": "",
                  "title": "A paper we want in the digest",
                  "authors": [],
                  "summary": "",
                  "day": "2026-02-04"
                }
                """);
        assertThat(result.nextSteps()).isEqualTo("It is a draft, left out of the site: fill in its \"id\" (the arXiv "
                + "id, such as 2602.02493), \"authors\" and \"summary\" (the abstract), then remove \"draft\": true "
                + "to publish it.");
        BuiltSite built = site.build();
        assertThat(built.result().warnings()).isEmpty();
        assertThat(built.pagesUnder("papers/")).containsExactly("papers/2602.00001/");
        assertThat(built.exists("days/2026-02-04/")).isFalse();
    }

    @Test
    void filledInAndWithoutDraftTheRecordIsPublishedOnItsDay() throws Exception {
        TestSite site = digest();
        Path file = record(site, "2026-02-04", "A paper we want in the digest").build().write().file();

        Files.writeString(file, Files.readString(file)
                .replace("  \"draft\": true,\n", "")
                .replace("\"id\": \"\"", "\"id\": \"2602.00002\"")
                .replace("\"authors\": []", "\"authors\": [\"Ada Lovelace\", \"Alan Turing\"]")
                .replace("\"summary\": \"\"", "\"summary\": \"Its abstract.\""));
        BuiltSite built = site.build();

        assertThat(built.result().warnings()).isEmpty();
        assertThat(built.page("days/2026-02-04/").select(".card-title").eachText())
                .containsExactly("A paper we want in the digest");
        assertThat(built.page("papers/2602.00002/").select(".abstract").text()).isEqualTo("Its abstract.");
    }

    @Test
    void withAnIdTheDraftCarriesItAndOnlyAuthorsAndSummaryAreLeft() throws Exception {
        TestSite site = digest();

        ScaffoldResult result = record(site, "2026-02-04", "Known: By Its Id").paperId("2602.00002v3").build().write();

        assertThat(result.file().getFileName()).hasToString("2026-02-04-known.json");
        assertThat(Files.readString(result.file())).contains("\"draft\": true,\n  \"id\": \"2602.00002\",\n");
        assertThat(result.nextSteps()).contains("fill in its \"authors\" and \"summary\"").doesNotContain("\"id\"");
        assertThat(site.build().result().warnings()).isEmpty();

        Files.writeString(result.file(), Files.readString(result.file()).replace("  \"draft\": true,\n", "")
                .replace("\"authors\": []", "\"authors\": [\"Ada Lovelace\"]"));
        assertThat(site.build().page("papers/2602.00002/").select("h1").text()).isEqualTo("Known: By Its Id");
    }

    @Test
    void createsThePapersFolderOfANewDigest() throws Exception {
        Path content = Files.createDirectories(directory.resolve("content"));

        Path file = Scaffold.builder().contentDirectory(content).day("2026-02-04").title("First").clock(MARCH_2026)
                .build().write().file();

        assertThat(file).isEqualTo(content.resolve("papers/2026-02-04-first.json")).isRegularFile();
    }

    @Test
    void aTitleWithoutLettersStillGetsANameThatIsNotADayFile() throws Exception {
        TestSite site = digest();

        Path file = record(site, "2026-02-04", "$$ ... $$").build().write().file();

        assertThat(file.getFileName()).hasToString("2026-02-04-paper.json");
    }

    @Test
    void theDayMustBeADayOfTheCalendarAndNotInTheFuture() {
        TestSite site = digest();

        assertThatThrownBy(() -> record(site, "2026-02-30", "T").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the day \"2026-02-30\" is not a calendar date (Invalid date 'FEBRUARY 30')");
        assertThatThrownBy(() -> record(site, "04/02/2026", "T").build())
                .hasMessage("the day \"04/02/2026\" is not a date (expected YYYY-MM-DD)");
        assertThatThrownBy(() -> record(site, "2026-03-05", "T").build())
                .hasMessageStartingWith("the day \"2026-03-05\" is in the future (the build's date is 2026-03-01");
    }

    @Test
    void aRecordNeedsBothADayAndATitleAndNoEditor() {
        TestSite site = digest();

        assertThatThrownBy(() -> record(site, "2026-02-04", " ").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a record needs both a day and a title");
        assertThatThrownBy(() -> record(site, null, "T").build())
                .hasMessageStartingWith("a record needs both a day and a title");
        assertThatThrownBy(() -> record(site, "2026-02-04", "T").editor("Ada").build())
                .hasMessageStartingWith("an editor belongs to a note, and a record has none");
        assertThatThrownBy(() -> Scaffold.builder().contentDirectory(site.contentDirectory()).build())
                .hasMessageStartingWith("nothing to write: give a paper's id for a note on it, or a day and a title");
    }

    @Test
    void aMissingContentDirectoryIsNotCreated() {
        Path missing = directory.resolve("typo");

        assertThatThrownBy(() -> Scaffold.builder().contentDirectory(missing).day("2026-02-04").title("T")
                .clock(MARCH_2026).build().write())
                .isInstanceOf(IOException.class).hasMessage("content directory " + missing + " does not exist");
        assertThat(missing).doesNotExist();
    }
}
