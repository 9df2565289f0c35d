package io.github.paperdigest.cli;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.json;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.Console;
import io.github.paperdigest.testing.StubDailyPapersApi;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch} on the command line: a line per day, and the exit code of the worst day. */
class FetchCommandTest {

    private static final String FEB_3 = day(entry("2602.00001", "One", 3, "2026-02-03", "Ada Lovelace"),
            entry("2602.00002", "Two", 5, "2026-02-03", "Alan Turing"));
    private static final String FEB_4 = day(entry("2602.00003", "Three", 1, "2026-02-04", "Grace Hopper"));

    @TempDir
    Path directory;

    @RegisterExtension
    final Console console = new Console();

    private StubDailyPapersApi api;
    private Path content;

    @BeforeEach
    void setUp() throws Exception {
        api = StubDailyPapersApi.start();
        content = Files.createDirectories(directory.resolve("content"));
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    @Test
    void fetchesEachDayReportsItAndTheDigestBuilds() {
        api.day("2026-02-03", json(FEB_3)).day("2026-02-04", json(FEB_4));

        int exitCode = fetch("2026-02-03..2026-02-05");

        assertThat(exitCode).isZero();
        assertThat(stdout()).isEqualTo("""
                2026-02-03: 2 from the API; 2 new, 0 updated, 0 unchanged; papers/2026-02-03.json written
                2026-02-04: 1 from the API; 1 new, 0 updated, 0 unchanged; papers/2026-02-04.json written
                2026-02-05: 0 from the API; no file written
                Fetched 3 days: 2 written, 0 unchanged, 1 without papers
                """);
        assertThat(stderr()).isEmpty();
        assertThat(Main.run("build", "--content", content.toString(), "--out", directory.resolve("site").toString()))
                .isZero();
        assertThat(directory.resolve("site/papers/2602.00003/index.html")).exists();
    }

    @Test
    void aCommittedFileThatCannotBeMergedExitsWithOne() throws Exception {
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/2026-02-03.json"), "[{\"paper\": {\"id\": \"2602.00001\",}}]");
        api.day("2026-02-03", json(FEB_3)).day("2026-02-04", json(FEB_4));

        int exitCode = fetch("2026-02-03..2026-02-04");

        assertThat(exitCode).isEqualTo(1);
        assertThat(stderr()).isEqualTo("""
                2026-02-03: failed: papers/2026-02-03.json:1:31: a comma after the last item (JSON allows none: \
                remove it); papers/2026-02-03.json left as it was
                Fetch failed: 2 days: 1 written, 0 unchanged, 0 without papers, 1 failed
                """);
        assertThat(stdout()).isEqualTo(
                "2026-02-04: 1 from the API; 1 new, 0 updated, 0 unchanged; papers/2026-02-04.json written\n");
    }

    @Test
    void aDayTheApiDoesNotServeExitsWithTwo() {
        api.day("2026-02-03", status(404)).day("2026-02-04", json(FEB_4));

        int exitCode = fetch("2026-02-03..2026-02-04");

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).startsWith("2026-02-03: failed: HTTP 404 from " + api.url()
                + "/daily_papers?date=2026-02-03&limit=100; papers/2026-02-03.json left as it was\n");
        assertThat(content.resolve("papers/2026-02-04.json")).exists();
    }

    @Test
    void aNetworkFailureOutranksAFileToFix() throws Exception {
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/2026-02-03.json"), "{}");
        api.day("2026-02-04", status(403));

        assertThat(fetch("2026-02-03..2026-02-04")).isEqualTo(2);
        assertThat(stderr()).contains("2026-02-03: failed: papers/2026-02-03.json:1:1: the file holds a single record")
                .contains("2026-02-04: failed: HTTP 403");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Main.run("fetch", "--content", content.toString())).isEqualTo(2);
        assertThat(fetch("2026-02-31")).isEqualTo(2);
        assertThat(fetch("tomorrow")).isEqualTo(2);
        assertThat(Main.run("fetch", "--date", "2026-02-03", "--content", directory.resolve("missing").toString(),
                "--api-url", api.url())).isEqualTo(2);
        assertThat(Main.run("fetch", "--date", "2026-02-03", "--content", content.toString(),
                "--api-url", "file:///tmp")).isEqualTo(2);

        assertThat(stderr()).contains("Missing required option: '--date=DAYS'")
                .contains("`2026-02-31` is not a date (expected YYYY-MM-DD, FIRST..LAST")
                .contains("`tomorrow` is not a date")
                .contains("Cannot fetch: ").contains("missing: the content directory does not exist")
                .contains("apiUrl must be an http(s) address")
                .doesNotContain("\tat ");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void theHelpListsTheCommand() {
        assertThat(Main.run("--help")).isZero();
        assertThat(Main.run("fetch", "--help")).isZero();

        assertThat(stdout()).contains("fetch").contains("--date=DAYS").contains("--api-url=URL")
                .contains("https://huggingface.co/api");
    }

    private int fetch(String days) {
        return Main.run("fetch", "--date", days, "--content", content.toString(), "--api-url", api.url());
    }

    private String stdout() {
        return console.out();
    }

    private String stderr() {
        return console.err();
    }
}
