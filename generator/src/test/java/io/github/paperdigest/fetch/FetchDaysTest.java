package io.github.paperdigest.fetch;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.json;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.fetch.DayReport.Outcome;
import io.github.paperdigest.testing.StubDailyPapersApi;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which days are asked for, how, and what each one's report says. */
class FetchDaysTest {

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
    void aRangeFetchesEveryDayOfItAndAnEmptyWeekendWritesNothing() {
        api.day("2026-02-06", recorded("2026-02-06.json"));
        api.day("2026-02-09", recorded("2026-02-09.json"));

        FetchReport report = fetching.fetch("2026-02-06..2026-02-09");

        assertThat(api.queries()).containsExactly("date=2026-02-06&limit=100", "date=2026-02-07&limit=100",
                "date=2026-02-08&limit=100", "date=2026-02-09&limit=100");
        assertThat(report.days()).extracting(DayReport::outcome)
                .containsExactly(Outcome.WRITTEN, Outcome.NO_PAPERS, Outcome.NO_PAPERS, Outcome.WRITTEN);
        assertThat(report.days()).extracting(DayReport::line).containsExactly(
                "2026-02-06: 30 from the API; 30 new, 0 updated, 0 unchanged; papers/2026-02-06.json written",
                "2026-02-07: 0 from the API; no file written",
                "2026-02-08: 0 from the API; no file written",
                "2026-02-09: 26 from the API; 26 new, 0 updated, 0 unchanged; papers/2026-02-09.json written");
        assertThat(report.summary()).isEqualTo("4 days: 2 written, 0 unchanged, 2 without papers");
        assertThat(fetching.content.resolve("papers").toFile().list())
                .containsExactlyInAnyOrder("2026-02-06.json", "2026-02-09.json");
    }

    @Test
    void theRequestNamesTheProjectAndPutsTheDateFirst() {
        api.day("2026-02-03", recorded("2026-02-03.json"));

        fetching.fetch("2026-02-03");

        StubDailyPapersApi.Request request = api.requests().get(0);
        assertThat(request.path()).isEqualTo("/api/daily_papers");
        assertThat(request.query()).isEqualTo("date=2026-02-03&limit=100");
        assertThat(request.userAgent())
                .matches("paper-digest/\\S+ \\(\\+https://github\\.com/paperdigest/paper-digest\\)")
                .isEqualTo("paper-digest/development (+https://github.com/paperdigest/paper-digest)");
    }

    @Test
    void aFinalSlashInTheApiUrlMakesNoDifference() {
        Fetching slashed = new Fetching(fetching.content, api);

        Fetching.run(slashed.fetcher().apiUrl(api.url() + "/").build(), "2026-02-03");
        Fetching.run(slashed.fetcher().apiUrl(api.url() + "//").build(), "2026-02-03");

        assertThat(api.requests()).extracting(StubDailyPapersApi.Request::path)
                .containsExactly("/api/daily_papers", "/api/daily_papers");
    }

    @Test
    void aFullPageAsksForTheNextOne() throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            entries.add(entry("2602.%05d".formatted(10000 + i), "Paper " + i, i, "2026-02-03", "A B"));
        }
        api.page("2026-02-03", 0, json(day(entries.subList(0, 100).toArray(String[]::new))));
        api.page("2026-02-03", 1, json(day(entries.subList(100, 130).toArray(String[]::new))));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(api.queries()).containsExactly("date=2026-02-03&limit=100", "date=2026-02-03&limit=100&p=1");
        assertThat(report.counts().added()).isEqualTo(130);
        assertThat(new JsonMapper().readTree(fetching.dayFile("2026-02-03").toFile())).hasSize(130);
    }

    @Test
    void anApiThatIgnoresThePageParameterIsNotAskedForever() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(entry("2602.%05d".formatted(10000 + i), "Paper " + i, i, "2026-02-03", "A B"));
        }
        String page = day(entries.toArray(String[]::new));
        api.page("2026-02-03", 0, json(page)).page("2026-02-03", 1, json(page));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(api.queries()).hasSize(2);
        assertThat(report.counts().added()).isEqualTo(100);
    }

    @Test
    void yesterdayAndTodayAreUtcDaysOfTheClock() {
        fetching.fetch("yesterday");
        fetching.fetch("today");
        fetching.fetch("2026-02-27..yesterday");

        // The clock says 2026-03-02, 12:00 UTC.
        assertThat(api.queries()).extracting(query -> query.substring(5, 15)).containsExactly("2026-03-01",
                "2026-03-02", "2026-02-27", "2026-02-28", "2026-03-01");
    }

    @Test
    void daysThatMakeNoSenseAreRefusedBeforeAnyRequest() {
        DailyPapersFetcher fetcher = fetching.fetcher().build();

        assertThatThrownBy(() -> fetcher.fetch("2026-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("`2026-02-30` is not a date (expected YYYY-MM-DD, FIRST..LAST");
        assertThatThrownBy(() -> fetcher.fetch("2026-02-06..2026-02-02"))
                .hasMessage("the range 2026-02-06..2026-02-02 ends before it starts");
        assertThatThrownBy(() -> fetcher.fetch("2016-02-02..2026-02-02"))
                .hasMessage("the range 2016-02-02..2026-02-02 spans 3654 days (at most 366 at a time)");
        assertThatThrownBy(() -> fetcher.fetch("2026-03-04"))
                .hasMessage("2026-03-04 is after tomorrow (today is 2026-03-02 in UTC): the API has no papers for it yet");
        assertThatThrownBy(() -> fetcher.fetch("2026-02-02..2026-02-03..2026-02-04"))
                .hasMessageStartingWith("`2026-02-02..2026-02-03..2026-02-04` is not a date or a range");
        assertThatThrownBy(() -> fetcher.fetch(" ")).hasMessageStartingWith("no date given");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aMissingContentDirectoryIsAnIoErrorNotAFolderMadeByMistake() {
        DailyPapersFetcher fetcher = fetching.fetcher().contentDirectory(directory.resolve("typo")).build();

        assertThatThrownBy(() -> fetcher.fetch("2026-02-03")).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("typo");
        assertThat(directory.resolve("typo")).doesNotExist();
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void settingsOutOfRangeAreRefusedByTheBuilder() {
        assertThatThrownBy(() -> DailyPapersFetcher.builder().apiUrl("ftp://example.org/api"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> DailyPapersFetcher.builder().apiUrl("https://example.org/api?x=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyPapersFetcher.builder().requestTimeout(java.time.Duration.ZERO))
                .hasMessage("requestTimeout must be positive, not PT0S");
        assertThatThrownBy(() -> new RetryPolicy(0, java.time.Duration.ZERO, java.time.Duration.ZERO,
                java.time.Duration.ZERO)).hasMessage("maxAttempts must be at least 1, not 0");
        assertThat(Files.exists(fetching.content)).isTrue();
    }
}
