package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.scaffold.Scaffold;
import io.github.paperdigest.scaffold.ScaffoldResult;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestData;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papers:new} with a paper's id: a note's skeleton that builds as it is, and that an editor fills in. */
class ScaffoldNoteTest {

    @TempDir
    Path directory;

    /** A digest of one real day of the sample, 2026-02-03. */
    private TestSite realDay() throws Exception {
        TestSite site = TestSite.in(directory).file("papers/2026-02-03.json",
                Files.readString(TestData.hfDaily().resolve("2026-02-03.json")));
        site.generator();
        return site;
    }

    private static ScaffoldResult note(TestSite site, String id, String editor) throws Exception {
        return Scaffold.builder().contentDirectory(site.contentDirectory()).paperId(id).editor(editor).build().write();
    }

    @Test
    void writesANoteOnARealPaperThatBuildsAsItIsWithoutAWarning() throws Exception {
        TestSite site = realDay();
        assertThat(site.build().result().warnings()).as("the day alone").isEmpty();

        ScaffoldResult result = note(site, "2602.02493", "Ada Lovelace");

        assertThat(result.file()).isEqualTo(site.contentDirectory().resolve("notes/2602.02493-pixelgen.md"));
        String text = Files.readString(result.file());
        assertThat(text).startsWith("""
                ---
                paper: 2602.02493
                topics: []   # added to the paper's own topics
                editor: "Ada Lovelace"
                ---
                <!--
                Your note on "PixelGen: Pixel Diffusion Beats Latent Diffusion with Perceptual Loss"
                https://arxiv.org/abs/2602.02493
                """).contains("Topics: the paper has pixel diffusion, perceptual supervision,").endsWith("-->\n");
        assertThat(result.summary()).startsWith("Wrote " + result.file() + ". Write the note on \"PixelGen:");

        BuiltSite built = site.build();
        assertThat(built.result().warnings()).isEmpty();
        // Nothing is written yet, so nothing shows: no empty "Editor's note", no mark on the day's card.
        assertThat(built.page("papers/2602.02493/").select("section.note")).isEmpty();
        assertThat(built.page("papers/2602.02493/").text()).doesNotContain("Your note on", "-->");
        assertThat(built.page("days/2026-02-03/").select(".note-mark")).isEmpty();
    }

    @Test
    void withoutAnEditorTheKeyIsLeftOut() throws Exception {
        TestSite site = realDay();

        String text = Files.readString(note(site, "2602.02493", null).file());

        assertThat(text).startsWith("---\npaper: 2602.02493\ntopics: []   # added to the paper's own topics\n---\n");
        assertThat(site.build().result().warnings()).isEmpty();
    }

    @Test
    void theFilledInSkeletonShowsTheNoteAndAddsItsTopics() throws Exception {
        TestSite site = realDay();
        Path file = note(site, "2602.02493", "Ada Lovelace").file();
        String frontMatter = Files.readString(file).replace("topics: []", "topics: [Our Reading List]");
        Files.writeString(file, frontMatter.substring(0, frontMatter.indexOf("<!--")) + "Pixels **win**, at last.\n");

        BuiltSite built = site.build();

        assertThat(built.result().warnings()).isEmpty();
        Element page = built.page("papers/2602.02493/").body();
        assertThat(page.select("section.note .prose strong").text()).isEqualTo("win");
        assertThat(page.select("#paper-topics ~ .chips a").eachText()).startsWith("pixel diffusion")
                .endsWith("Our Reading List");
    }

    @Test
    void namesTheNoteByTheMergedTitleOfThePapersRecords() throws Exception {
        TestSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "Old Name: A Study", 1, "2026-02-03", "A B")))
                .file("papers/2026-02-05.json", day(entry("2602.00001", "New Name: A Study", 9, "2026-02-05", "A B")));
        site.generator();

        ScaffoldResult result = note(site, "2602.00001v2", null);

        assertThat(result.file().getFileName()).hasToString("2602.00001-new-name.md");
        assertThat(Files.readString(result.file())).startsWith("---\npaper: 2602.00001\n")
                .contains("Your note on \"New Name: A Study\"");
    }

    @Test
    void aTitleWithMathGivesAReadableNameAndTheNoteBuilds() throws Exception {
        TestSite site = TestSite.in(directory).file("papers/2024-06-21.json",
                Files.readString(TestData.sampleContent().resolve("papers/2024-06-21.json")));
        site.generator();

        ScaffoldResult result = note(site, "2406.14347", "Tomás Ferreira");

        assertThat(result.file().getFileName()).hasToString("2406.14347-nabla-2-dft.md");
        assertThat(Files.readString(result.file())).contains("Your note on \"$\\nabla^2$DFT: A Universal");
        Files.writeString(result.file(), "The $\\nabla^2$ is the Laplacian.\n", StandardOpenOption.APPEND);
        BuiltSite built = site.build();
        assertThat(built.result().warnings()).isEmpty();
        assertThat(built.page("papers/2406.14347/").select("section.note").text()).contains("By Tomás Ferreira")
                .contains("is the Laplacian");
    }
}
