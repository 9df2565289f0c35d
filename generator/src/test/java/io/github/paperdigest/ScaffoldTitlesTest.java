package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.internal.tex.TexText;
import io.github.paperdigest.scaffold.Scaffold;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.Fixtures;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Titles and names that YAML, JSON, Markdown or a file system could trip on come back as they were written. */
class ScaffoldTitlesTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {
        "Ψ-Net: \"Quoted\" and 'single' bounds",
        "Über Größe: café, naïve and 日本語の論文",
        "C:\\Windows & <b>bold</b> --> \"end\" # not a comment",
        "- [not, a, list]: {not: a map} | > ! % @ `tick`",
    })
    void aRecordsTitleRoundTripsThroughItsSkeletonAndOntoThePage(String title) throws Exception {
        TestSite site = TestSite.in(directory);
        site.generator();

        Path file = Scaffold.builder().contentDirectory(site.contentDirectory()).day("2026-02-04").title(title)
                .paperId("2602.00002").build().write().file();

        assertThat(new JsonMapper().readTree(file.toFile()).get("title").asText()).isEqualTo(title);
        assertThat(file.getFileName().toString()).startsWith("2026-02-04-").doesNotContain(":", "\"", "\\", "<", " ");
        assertThat(site.build().result().warnings()).isEmpty();
        Files.writeString(file, Files.readString(file).replace("  \"draft\": true,\n", "")
                .replace("\"authors\": []", "\"authors\": [\"Ada Lovelace\"]"));
        // The page shows the title as the site shows any: its text-mode LaTeX (\\W, --) turned into characters.
        assertThat(site.build().page("papers/2602.00002/").select("h1").text()).isEqualTo(TexText.convert(title));
    }

    @Test
    void aTitleWithMathKeepsItsTexInTheRecordAndOnThePage() throws Exception {
        String title = "$\\alpha$-Flow: Math $x_1 * y_2$ and \\(\\beta\\) in a title";
        TestSite site = TestSite.in(directory);
        site.generator();

        Path file = Scaffold.builder().contentDirectory(site.contentDirectory()).day("2026-02-04").title(title)
                .build().write().file();

        assertThat(file.getFileName()).hasToString("2026-02-04-alpha-flow.json");
        assertThat(Files.readString(file)).contains("\"title\": \"$\\\\alpha$-Flow: Math $x_1 * y_2$ and "
                + "\\\\(\\\\beta\\\\) in a title\",");
        Files.writeString(file, Files.readString(file).replace("  \"draft\": true,\n", "")
                .replace("\"id\": \"\"", "\"id\": \"2602.00002\"").replace("\"authors\": []", "\"authors\": [\"A\"]"));
        BuiltSite built = site.build();
        assertThat(built.page("papers/2602.00002/").select("h1").text())
                .contains("\\alpha", "x_1 * y_2", "\\beta", "-Flow: Math", "in a title");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "- Ada: \"the\" #1 Lovelace 🚀",
        "null",
        "yes",
        "[Ada, Alan]",
        "{name: Ada}",
        "'single' & \\back\\slash",
        "Tomás Ferreira · 日本",
        "*emphasis* and `code`",
    })
    void anEditorsNameRoundTripsThroughTheFrontMatter(String editor) throws Exception {
        // Math keeps a "-->" as written, which would end the skeleton's comment and show the rest on the page.
        String title = "Ψ-Net: \"Quoted\" $a --> b$ <!-- é";
        TestSite site = TestSite.in(directory).file("papers/2026-02-03-psi.json", "{\"id\": \"2602.00001\", "
                + "\"title\": " + Fixtures.quote(title) + ", \"authors\": [\"A B\"], \"day\": \"2026-02-03\"}");
        site.generator();

        Path note = Scaffold.builder().contentDirectory(site.contentDirectory()).paperId("2602.00001").editor(editor)
                .build().write().file();

        assertThat(note.getFileName()).hasToString("2602.00001-ψ-net.md");
        assertThat(Files.readString(note)).contains("Your note on \"" + TexText.convert(title).replace("-->", "-- >"))
                .contains("$a -- > b$");
        Files.writeString(note, "Written.\n", StandardOpenOption.APPEND);
        BuiltSite built = site.build();
        assertThat(built.result().warnings()).isEmpty();
        var section = built.page("papers/2602.00001/").selectFirst("section.note");
        assertThat(section.select("p.muted").text()).isEqualTo("By " + editor);
        assertThat(section.select(".prose").text()).isEqualTo("Written.");
    }
}
