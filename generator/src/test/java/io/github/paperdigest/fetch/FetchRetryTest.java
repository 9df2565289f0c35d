package io.github.paperdigest.fetch;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.cutShort;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.json;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.recorded;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.stalling;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.stallAfter;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.fetch.DayReport.Outcome;
import io.github.paperdigest.testing.StubDailyPapersApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests that fail in ways a later attempt may not: retried with backoff, Retry-After honoured, bounded. */
class FetchRetryTest {

    private static final String DAY = day(entry("2602.00001", "One", 3, "2026-02-03", "Ada Lovelace"),
            entry("2602.00002", "Two", 5, "2026-02-03", "Alan Turing"));

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
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
        api.day("2026-02-03", status(429).header("Retry-After", "7"), recorded("2026-02-03.json"));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.WRITTEN);
        assertThat(report.counts().added()).isEqualTo(44);
        assertThat(fetching.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(Fetching.CLOCK.instant().plusSeconds(12).atZone(ZoneOffset.UTC));
        api.day("2026-02-03", status(503).header("Retry-After", inTwelveSeconds), json(DAY));

        assertThat(fetching.fetch("2026-02-03").failed()).isFalse();

        assertThat(fetching.waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aRetryAfterOfAnHourIsCappedAndADateInThePastMeansNoWait() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(Fetching.CLOCK.instant().minusSeconds(30).atZone(ZoneOffset.UTC));
        api.day("2026-02-03", status(429).header("Retry-After", "3600"), status(429).header("Retry-After", past),
                status(429).header("Retry-After", "soon"), json(DAY));

        assertThat(fetching.fetch("2026-02-03").failed()).isFalse();

        // 60 s is the default policy's cap; a header that is no wait falls back on the backoff (the third retry's).
        assertThat(fetching.waits).containsExactly(Duration.ofSeconds(60), Duration.ZERO, Duration.ofSeconds(4));
    }

    @Test
    void serverErrorsAreRetriedWithDoublingWaits() {
        api.day("2026-02-03", status(500), status(502), status(503), json(DAY));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.WRITTEN);
        assertThat(fetching.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aServerThatKeepsFailingFailsTheDayAfterTheLastAttemptAndLeavesItsFileAlone() throws Exception {
        Path committed = fetching.commit("2026-02-03", DAY);
        api.day("2026-02-03", status(500));
        api.day("2026-02-04", json(DAY.replace("2026-02-03", "2026-02-04")));

        FetchReport report = fetching.fetch("2026-02-03..2026-02-04");

        DayReport failed = report.days().get(0);
        assertThat(failed.outcome()).as(failed.line()).isEqualTo(Outcome.IO_FAILURE);
        assertThat(failed.line()).startsWith("2026-02-03: failed: gave up after 5 attempts, the last one: HTTP 500 from "
                + api.url() + "/daily_papers?date=2026-02-03&limit=100").endsWith("papers/2026-02-03.json left as it was");
        assertThat(fetching.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
        assertThat(Files.readString(committed)).isEqualTo(DAY);
        assertThat(Files.getLastModifiedTime(committed)).isEqualTo(Fetching.LONG_AGO);
        assertThat(report.days().get(1).outcome()).as("the next day").isEqualTo(Outcome.WRITTEN);
        assertThat(report.failed()).isTrue();
        assertThat(report.hasIoFailures()).isTrue();
    }

    @Test
    void backoffStopsDoublingAtItsMaximum() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60));

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoff(1000)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aClientErrorOtherThan429IsNotRetried() {
        api.day("2026-02-03", status(404));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.IO_FAILURE);
        assertThat(report.failure()).startsWith("HTTP 404 from ");
        assertThat(api.requests()).hasSize(1);
        assertThat(fetching.waits).isEmpty();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsRetried() {
        api.day("2026-02-03", cutShort(DAY, DAY.length() / 2), json(DAY));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.WRITTEN);
        assertThat(report.counts().added()).isEqualTo(2);
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void aBodyCutShortIsReportedAsAFailedConnection() {
        api.day("2026-02-03", cutShort(DAY, 10));
        DailyPapersFetcher fetcher = fetching.fetcher().retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO,
                Duration.ZERO)).build();

        DayReport report = Fetching.run(fetcher, "2026-02-03").days().get(0);

        assertThat(report.failure()).startsWith("gave up after 1 attempt, the last one: the connection failed: ");
    }

    @Test
    void jsonCutInTheMiddleIsRetried() {
        api.day("2026-02-03", json(DAY.substring(0, DAY.length() / 2)), json(DAY));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.WRITTEN);
        assertThat(fetching.waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void anAnswerCutShortEveryTimeFailsTheDayAndLeavesItsFileAlone() throws Exception {
        Path committed = fetching.commit("2026-02-03", day(entry("2602.00009", "Nine", 1, "2026-02-03", "A B")));
        byte[] before = Files.readAllBytes(committed);
        api.day("2026-02-03", cutShort(DAY, 100), json(DAY.substring(0, 200)));

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.IO_FAILURE);
        assertThat(report.failure()).contains("gave up after 5 attempts, the last one: the answer is not JSON (cut short?)");
        assertThat(Files.readAllBytes(committed)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(committed)).isEqualTo(Fetching.LONG_AGO);
        try (var files = Files.list(committed.getParent())) {
            assertThat(files).containsExactly(committed);
        }
    }

    @Test
    void anAnswerThatIsNotAListIsRetried() {
        api.day("2026-02-03", json("{\"error\": \"busy\"}"), json(DAY));

        assertThat(fetching.fetch("2026-02-03").failed()).isFalse();
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void aServerThatStallsTimesOutAndIsRetried() {
        api.day("2026-02-03", stalling(), json(DAY));
        long start = System.nanoTime();

        DayReport report = Fetching.run(fetching.fetcher().requestTimeout(Duration.ofMillis(300)).build(),
                "2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.WRITTEN);
        assertThat(fetching.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aBodyThatStallsHalfwayTimesOutToo() {
        api.day("2026-02-03", stallAfter(DAY, 50));

        DailyPapersFetcher fetcher = fetching.fetcher().requestTimeout(Duration.ofMillis(300))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                .build();
        DayReport report = Fetching.run(fetcher, "2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.IO_FAILURE);
        assertThat(report.failure()).startsWith("gave up after 2 attempts, the last one: no complete answer within 300 ms");
        assertThat(api.requests()).hasSize(2);
    }
}
