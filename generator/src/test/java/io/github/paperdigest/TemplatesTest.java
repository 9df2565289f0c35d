package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest's own templates override the theme's by file name; their errors are located and fatal. */
class TemplatesTest {

    @TempDir
    Path directory;

    private TestSite digest() {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "<One & Two>", 1, "2026-02-03", "A B")));
    }

    @Test
    void aTemplateInTheContentReplacesTheThemesOfTheSameName() {
        BuiltSite site = digest()
                .file("templates/paper.ftlh", "<p class=\"mine\">${page.paper.title} by ${page.paper.authors[0].name}</p>")
                .build();

        assertThat(site.text("papers/2602.00001/index.html"))
                .isEqualTo("<p class=\"mine\">&lt;One &amp; Two&gt; by A B</p>");
        assertThat(site.page("days/2026-02-03/").select(".card-title").text()).isEqualTo("<One & Two>");
    }

    @Test
    void aTemplateReadsARecordAsAPropertyOrAMethodAsFreeMarkerDoes() {
        BuiltSite site = digest()
                .file("templates/paper.ftlh", "<p>${page.paper.title}|${page.paper.title()}|${page.kind()}"
                        + "|${page.paper.authors()[0].name}|${page.paper.note???c}|${page.paper.upvotes + 1}"
                        + "|${page.paper.day.date}|${page.paper.authors[0]?keys?seq_contains('name')?c}"
                        + "|${page.paper.authors[0]?is_hash?c}</p>")
                .build();

        assertThat(site.text("papers/2602.00001/index.html"))
                .isEqualTo("<p>&lt;One &amp; Two&gt;|&lt;One &amp; Two&gt;|PAPER|A B|false|2|2026-02-03|true|true</p>");
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLineAndWritesNothing() throws Exception {
        TestSite digest = digest().file("templates/paper.ftlh", "<p>\n${page.paper.nonexistent}\n</p>");
        ContentException failure = digest.buildExpectingErrors();

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("templates/paper.ftlh");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("page.paper.nonexistent").contains("rendering /papers/2602.00001/");
        });
        assertThat(Files.exists(digest.outputDirectory())).isFalse();
    }

    @Test
    void aTemplateThatDoesNotParseIsReportedAtItsLine() {
        ContentException failure = digest().file("templates/day.ftlh", "<#if>\n").buildExpectingErrors();

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("templates/day.ftlh");
            assertThat(problem.line()).isEqualTo(1);
        });
    }
}
