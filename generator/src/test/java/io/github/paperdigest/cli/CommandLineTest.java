package io.github.paperdigest.cli;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.Console;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path directory;

    @RegisterExtension
    final Console console = new Console();

    @Test
    void buildWritesTheSiteAndEndsWithASummaryLine() throws Exception {
        Path content = directory.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/2026-02-03.json"),
                day(entry("2602.00001", "One", 1, "2026-02-03", "A B")));
        Path site = directory.resolve("site");

        int exitCode = Main.run("build", "--content", content.toString(), "--out", site.toString(),
                "--base-url", "https://user.github.io/repo/");

        assertThat(exitCode).isZero();
        assertThat(console.out().strip())
                .matches("Built \\d+ pages, (\\d+) files \\(\\1 written, 0 deleted\\), [\\d.]+ MB in [\\d.]+ s into .*site\\R"
                        + "  load [\\d.]+ s, catalog [\\d.]+ s, plan [\\d.]+ s, render [\\d.]+ s, publish [\\d.]+ s,"
                        + " index [\\d.]+ s");
        assertThat(Files.readString(site.resolve("days/2026-02-03/index.html"))).contains("/repo/papers/2602.00001/");
    }

    @Test
    void versionSaysDevelopmentWhenRunFromClasses() {
        // From the jar, the version in its manifest: ImplementationVersionTest.
        assertThat(Main.run("--version")).isZero();
        assertThat(console.out().strip()).isEqualTo("paper-digest (development)");
    }

    @Test
    void contentErrorsExitWithOneAndAreListed() throws Exception {
        Path content = directory.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/bad.json"), "[{\"paper\": {\"id\": \"2602.00001\",}}]");

        int exitCode = Main.run("build", "--content", content.toString(), "--out", directory.resolve("site").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(console.err()).contains("papers/bad.json:1:").contains("Build failed: 1 error");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Main.run("build", "--no-such-option")).isEqualTo(2);
        assertThat(Main.run("build", "--content", directory.resolve("missing").toString(),
                "--out", directory.resolve("site").toString())).isEqualTo(2);
        assertThat(console.err()).contains("does not exist");
    }

    @Test
    void anOutOfRangeSizeIsAUsageErrorWithItsReason() {
        assertThat(Main.run("build", "--content", directory.toString(), "--out", directory.resolve("site").toString(),
                "--max-site-bytes", "0")).isEqualTo(2);
        assertThat(Main.run("validate", "--content", directory.toString(), "--max-file-bytes", "-1")).isEqualTo(2);
        assertThat(console.err())
                .contains("maxSiteBytes must be positive, not 0").contains("maxFileBytes must be positive, not -1")
                .doesNotContain("\tat ");
    }

    @Test
    void validateChecksEverythingAndWritesNothing() throws Exception {
        Path content = contentWithANoteThatHasAnUnknownKey();

        int exitCode = Main.run("validate", "--content", content.toString());

        assertThat(exitCode).isZero();
        assertThat(console.out().strip())
                .matches("Valid: 1 papers and \\d+ pages checked in [\\d.]+ s, 1 warning");
        assertThat(console.err()).contains("notes/n.md:3:1: warning: unknown front matter key");
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(Files::isDirectory).map(directory::relativize).map(Path::toString))
                    .containsExactlyInAnyOrder("", "content", "content/papers", "content/notes");
        }
    }

    @Test
    void failOnWarningsMakesAWarningFailValidationAndBuild() throws Exception {
        Path content = contentWithANoteThatHasAnUnknownKey();

        assertThat(Main.run("validate", "--content", content.toString(), "--fail-on-warnings")).isEqualTo(1);
        assertThat(Main.run("build", "--content", content.toString(), "--out", directory.resolve("site").toString(),
                "--fail-on-warnings")).isEqualTo(1);

        assertThat(console.err())
                .contains("notes/n.md:3:1: unknown front matter key `rating` is ignored")
                .contains("Invalid: 1 error.")
                .contains("Build failed: 1 error; the previous site is left as it was.");
        assertThat(directory.resolve("site")).doesNotExist();
    }

    @Test
    void validateExitsWithOneOnContentErrorsAndTwoOnUsageErrors() throws Exception {
        Path content = directory.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/2026-02-03.json"), "[{\"id\": \"2602.00001\"}]");

        assertThat(Main.run("validate", "--content", content.toString())).isEqualTo(1);
        assertThat(Main.run("validate", "--content", directory.resolve("missing").toString())).isEqualTo(2);
        assertThat(Main.run("validate", "--max-file-bytes", "many")).isEqualTo(2);

        assertThat(console.err())
                .contains("papers/2026-02-03.json:1:2: the record has no `title`")
                .contains("Invalid: 2 errors.")
                .contains("Cannot validate: content directory");
    }

    private Path contentWithANoteThatHasAnUnknownKey() throws Exception {
        Path content = directory.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        Files.createDirectories(content.resolve("notes"));
        Files.writeString(content.resolve("papers/2026-02-03.json"),
                day(entry("2602.00001", "One", 1, "2026-02-03", "A B")));
        Files.writeString(content.resolve("notes/n.md"), "---\npaper: 2602.00001\nrating: 5\n---\nGood.\n");
        return content;
    }

    @Test
    void serveReportsAPortInUseWithExitCodeTwo() throws Exception {
        Path content = directory.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        try (ServerSocket taken = new ServerSocket(0)) {
            int exitCode = Main.run("serve", "--content", content.toString(), "--port",
                    Integer.toString(taken.getLocalPort()));

            assertThat(exitCode).isEqualTo(2);
            assertThat(console.err())
                    .contains("Cannot serve: port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
        }
    }

    @Test
    void serveReportsAMissingContentFolderWithExitCodeTwo() {
        int exitCode = Main.run("serve", "--content", directory.resolve("nowhere").toString(), "--port", "0");

        assertThat(exitCode).isEqualTo(2);
        assertThat(console.err()).contains("does not exist");
    }
}
