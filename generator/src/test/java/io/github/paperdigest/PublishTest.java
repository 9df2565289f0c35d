package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced as a whole, only by a build that succeeded, and never holds content. */
class PublishTest {

    @TempDir
    Path directory;

    private TestSite digest() {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "One", 1, "2026-02-03", "A B")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
        BuiltSite first = digest().build();
        String before = first.text("papers/2602.00001/index.html");

        ContentException failure = digest()
                .file("papers/2026-02-04.json", "[{\"paper\": {\"id\": \"not-an-id\"}}]")
                .buildExpectingErrors();

        assertThat(failure.problems()).isNotEmpty();
        assertThat(first.text("papers/2602.00001/index.html")).isEqualTo(before);
        assertThat(first.files()).doesNotContain("days/2026-02-04/index.html");
        try (var siblings = Files.list(directory)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        }
    }

    @Test
    void aRebuildRemovesPagesThatNoLongerExist() throws IOException {
        TestSite digest = digest().file("papers/2026-02-04.json",
                day(entry("2602.00002", "Two", 1, "2026-02-04", "C D")));
        assertThat(digest.build().exists("papers/2602.00002/")).isTrue();

        Files.delete(digest.contentDirectory().resolve("papers/2026-02-04.json"));
        BuiltSite rebuilt = TestSite.in(directory).build();

        assertThat(rebuilt.exists("papers/2602.00002/")).isFalse();
        assertThat(rebuilt.exists("papers/2602.00001/")).isTrue();
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        TestSite digest = digest();
        Files.createDirectories(digest.outputDirectory());
        Files.writeString(digest.outputDirectory().resolve("thesis.tex"), "precious");

        assertThatThrownBy(() -> digest.generator().build())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("refusing to replace");
        assertThat(digest.outputDirectory().resolve("thesis.tex")).hasContent("precious");
    }

    @Test
    void refusesAnOutputThatHoldsOrSitsInsideTheContent() {
        TestSite digest = digest();
        digest.generator();

        assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(directory).build().build())
                .isInstanceOf(IOException.class).hasMessageContaining("contains the content directory");
        assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(digest.contentDirectory().resolve("papers/site")).build().build())
                .isInstanceOf(IOException.class).hasMessageContaining("inside the content's papers/ folder");
        assertThat(digest.contentDirectory().resolve("papers/2026-02-03.json")).exists();
    }
}
