package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paperdigest.scaffold.Scaffold;
import io.github.paperdigest.scaffold.ScaffoldException;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code papers:new} will not do: overwrite, write a second note or record, or a note on no paper. */
class ScaffoldRefusalsTest {

    @TempDir
    Path directory;

    private Path content;

    @BeforeEach
    void digest() {
        TestSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(
                        entry("2602.00001", "Kimi K2.5: Visual Agentic Intelligence", 5, "2026-02-03", "Kimi Team"),
                        entry("2602.00002", "Second", 1, "2026-02-03", "A B")))
                .file("papers/2026-02-04-draft.json", "{\"draft\": true, \"id\": \"2602.00003\", \"title\": \"D\"}")
                .file("papers/bad.json", "{\"id\": \"2602.00004\", \"title\": \"No authors\", \"day\": \"2026-02-04\"}")
                .file("notes/reviews/second.md", "---\npaper: 2602.00002\n---\nAlready noted.\n");
        site.generator();
        content = site.contentDirectory();
    }

    private Scaffold.Builder scaffold() {
        return Scaffold.builder().contentDirectory(content);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void neverOverwritesAFileAtTheNotesPath() throws Exception {
        Path target = content.resolve("notes/2602.00001-kimi-k2-5.md");
        byte[] mine = "Something of mine, not even a note.\r\n".getBytes();
        Files.write(target, mine);

        assertThatThrownBy(() -> scaffold().paperId("2602.00001").build().write())
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("notes/2602.00001-kimi-k2-5.md exists already (a skeleton never overwrites a file: edit "
                        + "that file, or move it away)");
        assertThat(Files.readAllBytes(target)).isEqualTo(mine);
    }

    @Test
    void neverOverwritesAFileAtTheRecordsPath() throws Exception {
        Path target = content.resolve("papers/2026-02-04-draft.json");
        byte[] before = Files.readAllBytes(target);

        assertThatThrownBy(() -> scaffold().day("2026-02-04").title("Draft").build().write())
                .isInstanceOf(ScaffoldException.class)
                .hasMessageStartingWith("papers/2026-02-04-draft.json exists already");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
    }

    @Test
    void refusesASecondNoteOnAPaperWhoseNoteHasAnotherName() throws Exception {
        List<Path> before = files();

        assertThatThrownBy(() -> scaffold().paperId("2602.00002").build().write())
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("paper 2602.00002 already has a note, notes/reviews/second.md (one note per paper: edit "
                        + "that one)");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void refusesAPaperThatNoRecordHasWithoutCreatingAFolder() throws Exception {
        Files.delete(content.resolve("notes/reviews/second.md"));
        Files.delete(content.resolve("notes/reviews"));
        Files.delete(content.resolve("notes"));

        assertThatThrownBy(() -> scaffold().paperId("2602.99999").build().write())
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("no record in papers/ has paper 2602.99999 (add its record first: give a day and a title "
                        + "to write a hand-written one)");
        assertThat(content.resolve("notes")).doesNotExist();
    }

    @Test
    void refusesANoteOnADraftOrOnARecordWithErrorsSayingWhy() {
        assertThatThrownBy(() -> scaffold().paperId("2602.00003").build().write())
                .hasMessage("paper 2602.00003 is only in a draft, papers/2026-02-04-draft.json:1 (fill in its fields "
                        + "and remove \"draft\": true to publish it, then write its note)");
        assertThatThrownBy(() -> scaffold().paperId("2602.00004").build().write())
                .hasMessageStartingWith("paper 2602.00004 has a record in papers/ with errors, which leave it out");
    }

    @Test
    void refusesARecordForAnIdThatHasOneNamingItsFile() throws Exception {
        List<Path> before = files();

        assertThatThrownBy(() -> scaffold().paperId("2602.00001").day("2026-02-05").title("Again").build().write())
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("paper 2602.00001 already has a record, papers/2026-02-03.json:2 (edit that record rather "
                        + "than write a second one)");
        assertThatThrownBy(() -> scaffold().paperId("2602.00003").day("2026-02-05").title("Again").build().write())
                .hasMessageContaining("already has a record, papers/2026-02-04-draft.json:1");
        assertThatThrownBy(() -> scaffold().paperId("2602.00004").day("2026-02-05").title("Again").build().write())
                .hasMessageContaining("already has a record in papers/, with errors");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void refusesAnIdThatIsNotAnArxivId() {
        assertThatThrownBy(() -> scaffold().paperId("../etc").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the id \"../etc\" is not an arXiv id (expected YYMM.NNNNN, such as 2602.02493)");
    }
}
