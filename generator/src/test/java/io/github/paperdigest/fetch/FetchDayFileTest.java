package io.github.paperdigest.fetch;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.fetch.DayReport.Outcome;
import io.github.paperdigest.testing.StubDailyPapersApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committed day file that cannot be merged into: the day fails with the file, line, column and
 * what is wrong, the file is left untouched, the API is not even asked, and the other days go on.
 */
class FetchDayFileTest {

    private static final String ANSWER = day(entry("2602.00001", "One", 1, "2026-02-03", "A B"));

    @TempDir
    Path directory;

    private StubDailyPapersApi api;
    private Fetching fetching;

    @BeforeEach
    void startApi() {
        api = StubDailyPapersApi.start();
        fetching = new Fetching(directory.resolve("content"), api);
        api.day("2026-02-03", json(ANSWER));
        api.day("2026-02-04", json(ANSWER.replace("2026-02-03", "2026-02-04")));
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void invalidJsonIsNamedWhereItIsWrong() throws Exception {
        assertRefused("[\n  {\"paper\": {\"id\": \"2602.00001\"}},\n]\n",
                "papers/2026-02-03.json:2:34: a comma after the last item (JSON allows none: remove it)");
    }

    @Test
    void aFileCutShortIsRefused() throws Exception {
        assertRefused("[\n  {\"paper\": {\"id\": \"2602.00001\"", "papers/2026-02-03.json:2:");
        assertThat(fetching.fetch("2026-02-03").days().get(0).failure()).contains("is the file cut short?");
    }

    @Test
    void aFieldGivenTwiceIsRefused() throws Exception {
        assertRefused("[{\"paper\": {\"id\": \"2602.00001\", \"id\": \"2602.00002\"}}]",
                "papers/2026-02-03.json:1:37: `id` is given twice (expected it once: remove one)");
    }

    @Test
    void aWrapperObjectIsRefusedWithWhatToDo() throws Exception {
        assertRefused("{\"status\": \"ok\", \"count\": 1,\n \"data\": " + ANSWER + "}",
                "papers/2026-02-03.json:1:1: the file is an object around a `data` list; fetch merges only into an "
                        + "array of entries, as the API returns it (replace the file with its `data` list, such as with "
                        + "`jq .data`, and fetch again)");
    }

    @Test
    void aSingleRecordIsRefused() throws Exception {
        assertRefused(entry("2602.00001", "One", 1, "2026-02-03", "A B"),
                "papers/2026-02-03.json:1:1: the file holds a single record object (expected an array of entries");
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws Exception {
        assertRefused("  \"2602.00001\"", "papers/2026-02-03.json:1:3: the file holds a string (expected an array");
    }

    @Test
    void anEntryThatIsNoObjectIsNamedAtItsPlace() throws Exception {
        assertRefused("[\n  {\"paper\": {\"id\": \"2602.00001\"}},\n  42\n]",
                "papers/2026-02-03.json:3:3: entry 1 is a number (expected an object with the paper's fields)");
    }

    @Test
    void moreJsonAfterTheArrayIsRefused() throws Exception {
        assertRefused("[]\n[]", "papers/2026-02-03.json:2:1: more JSON follows the end of the array");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused("\n", "papers/2026-02-03.json: the file is empty");
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsFirstBadByte() throws Exception {
        Path file = fetching.commit("2026-02-03", "");
        Files.write(file, new byte[] {'[', '"', (byte) 0xE9, '"', ']'});
        Files.setLastModifiedTime(file, Fetching.LONG_AGO);

        DayReport report = fetching.fetch("2026-02-03").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.CONTENT_FAILURE);
        assertThat(report.failure()).startsWith("papers/2026-02-03.json:1:3: byte 0xE9 is not UTF-8 text");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(Fetching.LONG_AGO);
    }

    /** Commits {@code json} for 2026-02-03, fetches it and 2026-02-04, and checks what became of each. */
    private void assertRefused(String json, String failureStart) throws Exception {
        Path file = fetching.commit("2026-02-03", json);

        FetchReport report = fetching.fetch("2026-02-03..2026-02-04");

        DayReport refused = report.days().get(0);
        assertThat(refused.outcome()).isEqualTo(Outcome.CONTENT_FAILURE);
        assertThat(refused.failure()).startsWith(failureStart);
        assertThat(refused.line()).isEqualTo("2026-02-03: failed: " + refused.failure()
                + "; papers/2026-02-03.json left as it was");
        assertThat(Files.readString(file)).isEqualTo(json);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(Fetching.LONG_AGO);
        assertThat(api.queries()).as("the API is not asked for a day that cannot be merged")
                .containsExactly("date=2026-02-04&limit=100");
        assertThat(report.days().get(1).outcome()).isEqualTo(Outcome.WRITTEN);
        assertThat(report.hasContentFailures()).isTrue();
        assertThat(report.hasIoFailures()).isFalse();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(List.of("2026-02-03.json", "2026-02-04.json"));
        }
    }
}
