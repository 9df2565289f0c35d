package io.github.paperdigest.cli;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar paper-digest.jar new}: a skeleton from the command line, with its exit codes. */
class ScaffoldCommandTest {

    @TempDir
    Path directory;

    @RegisterExtension
    final Console console = new Console();

    private Path content;

    @BeforeEach
    void writeADigest() throws Exception {
        content = directory.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/2026-02-03.json"),
                day(entry("2602.00001", "Kimi K2.5: Visual Agentic Intelligence", 1, "2026-02-03", "A B")));
    }

    @Test
    void writesANoteThatValidatesThenRefusesASecondOne() throws Exception {
        Path note = content.resolve("notes/2602.00001-kimi-k2-5.md");

        assertThat(Main.run("new", "--content", content.toString(), "--id", "2602.00001", "--editor", "Ada: Lovelace"))
                .isZero();
        assertThat(console.out()).startsWith("Wrote " + note + ". Write the note on \"Kimi K2.5: Visual Agentic "
                + "Intelligence\" below its front matter");
        assertThat(Files.readString(note)).contains("editor: \"Ada: Lovelace\"\n");
        assertThat(Main.run("validate", "--content", content.toString(), "--fail-on-warnings")).isZero();

        assertThat(Main.run("new", "--content", content.toString(), "--id", "2602.00001")).isEqualTo(1);
        assertThat(console.err()).contains("Nothing written: paper 2602.00001 already has a note, "
                + "notes/2602.00001-kimi-k2-5.md (one note per paper: edit that one)");
    }

    @Test
    void writesADraftRecordAndSaysWhatToFillIn() throws Exception {
        assertThat(Main.run("new", "--content", content.toString(), "--day", "2026-02-04", "--title",
                "Ψ-Net: \"Quoted\" $\\alpha$")).isZero();

        Path record = content.resolve("papers/2026-02-04-ψ-net.json");
        assertThat(console.out().strip()).isEqualTo("Wrote " + record + ". It is a draft, left out of the site: fill in "
                + "its \"id\" (the arXiv id, such as 2602.02493), \"authors\" and \"summary\" (the abstract), then "
                + "remove \"draft\": true to publish it.");
        assertThat(Files.readString(record)).contains("\"title\": \"Ψ-Net: \\\"Quoted\\\" $\\\\alpha$\",");
        assertThat(Main.run("validate", "--content", content.toString(), "--fail-on-warnings")).isZero();
    }

    @Test
    void contentProblemsExitWithOne() {
        assertThat(Main.run("new", "--content", content.toString(), "--id", "2602.99999")).isEqualTo(1);
        assertThat(Main.run("new", "--content", content.toString(), "--id", "2602.00001", "--day", "2026-02-04",
                "--title", "Again")).isEqualTo(1);

        assertThat(console.err())
                .contains("Nothing written: no record in papers/ has paper 2602.99999")
                .contains("Nothing written: paper 2602.00001 already has a record, papers/2026-02-03.json:2");
        assertThat(content.resolve("notes")).doesNotExist();
    }

    @Test
    void usageAndIoErrorsExitWithTwoAndSayWhy() {
        assertThat(Main.run("new", "--content", content.toString())).isEqualTo(2);
        assertThat(Main.run("new", "--content", content.toString(), "--day", "2026-02-04")).isEqualTo(2);
        assertThat(Main.run("new", "--content", content.toString(), "--id", "nope")).isEqualTo(2);
        assertThat(Main.run("new", "--content", content.toString(), "--day", "2026-13-01", "--title", "T"))
                .isEqualTo(2);
        assertThat(Main.run("new", "--content", directory.resolve("missing").toString(), "--id", "2602.00001"))
                .isEqualTo(2);
        assertThat(Main.run("new", "--no-such-option")).isEqualTo(2);

        assertThat(console.err())
                .contains("nothing to write: give a paper's id for a note on it")
                .contains("a record needs both a day and a title")
                .contains("the id \"nope\" is not an arXiv id")
                .contains("the day \"2026-13-01\" is not a calendar date")
                .contains("Cannot write the skeleton: content directory ")
                .doesNotContain("\tat ");
        assertThat(directory.resolve("missing")).doesNotExist();
    }
}
