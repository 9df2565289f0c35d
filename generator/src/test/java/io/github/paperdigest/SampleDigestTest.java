package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.LinkChecker;
import io.github.paperdigest.testing.SampleSite;
import io.github.paperdigest.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample digest that ships in content/: it builds, byte for byte the same each time, with every link whole. */
class SampleDigestTest {

    @TempDir
    Path directory;

    private final Path site = SampleSite.root();

    @Test
    void buildsWithItsNotesAndWithoutBrokenLinks() throws Exception {
        BuildResult result = SampleSite.result();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.pages()).isGreaterThan(1000);
        assertThat(new LinkChecker(site, "/repo/").brokenLinks()).isEmpty();
        try (Stream<Path> notes = Files.list(TestData.sampleContent().resolve("notes"))) {
            assertThat(notes.count()).isGreaterThanOrEqualTo(5);
        }
        Document kimi = Jsoup.parse(site.resolve("papers/2602.02276/index.html").toFile());
        assertThat(kimi.select("section.note > h2").text()).isEqualTo("Editor's note: Agent Swarm is the headline");
        Document step = Jsoup.parse(site.resolve("papers/2602.10604/index.html").toFile());
        assertThat(step.select("section.note table tr")).hasSizeGreaterThan(2);
        assertThat(Jsoup.parse(site.resolve("about/index.html").toFile()).select("h1").text())
                .isEqualTo("About this digest");
    }

    /** The sample's 2024 days hold titles with math, and a note has inline and display math. */
    @Test
    void showsMathWithKatexOnlyWhereThereIsMath() throws IOException {
        Document dft = Jsoup.parse(site.resolve("papers/2406.14347/index.html").toFile());
        assertThat(dft.select("h1 span.math").text()).isEqualTo("$\\nabla^2$");
        assertThat(dft.select("section.note span.math").eachText()).contains("$\\nabla^2$", "\\(\\mathbf{r} \\mapsto E\\)");
        assertThat(dft.select("section.note span.math-display").text()).startsWith("$$\\mathcal{L} =");
        assertThat(dft.select("section.note").text()).contains("$25 per GPU hour");
        assertThat(dft.select("link[rel=stylesheet]").eachAttr("href")).contains("/repo/assets/katex/katex.min.css");
        assertThat(dft.select("script[defer]").eachAttr("src"))
                .containsExactly("/repo/assets/cite.js", "/repo/assets/katex/katex.min.js", "/repo/assets/math.js");
        Document transLora = Jsoup.parse(site.resolve("papers/2405.17258/index.html").toFile());
        assertThat(transLora.select("h1 span.math").text()).isEqualTo("$\\textit{Trans-LoRA}$");
        Document day = Jsoup.parse(site.resolve("days/2024-06-21/index.html").toFile());
        assertThat(day.select(".card-title span.math").eachText()).contains("$\\nabla^2$", "$τ$");

        Document mathFree = Jsoup.parse(site.resolve("days/2026-02-03/index.html").toFile());
        assertThat(mathFree.select(".math")).isEmpty();
        assertThat(mathFree.select("script")).isEmpty();
        assertThat(mathFree.select("link[href*=katex]")).isEmpty();

        Path katex = site.resolve("assets/katex");
        assertThat(site.resolve("assets/math.js")).isRegularFile();
        assertThat(katex.resolve("katex.min.js")).isRegularFile();
        assertThat(katex.resolve("contrib")).doesNotExist();
        String css = Files.readString(katex.resolve("katex.min.css"));
        List<String> fonts = java.util.regex.Pattern.compile("url\\(([^)]+)\\)").matcher(css).results()
                .map(match -> match.group(1)).distinct().toList();
        assertThat(fonts).hasSizeGreaterThan(20);
        assertThat(fonts).allSatisfy(font -> assertThat(katex.resolve(font)).isRegularFile());
    }

    /** Built again from a copy in another folder, so that neither the place nor the run shows in the output. */
    @Test
    void theSameContentGivesByteIdenticalFiles() throws Exception {
        Path copy = directory.resolve("elsewhere/digest");
        try (Stream<Path> walk = Files.walk(TestData.sampleContent())) {
            for (Path source : walk.filter(path -> !path.toString().contains("target")).toList()) {
                Path target = copy.resolve(TestData.sampleContent().relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path again = directory.resolve("again");
        build(copy, again);

        List<String> files = files(site);
        assertThat(files(again)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.mismatch(site.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    private static BuildResult build(Path content, Path output) throws Exception {
        return Generator.builder()
                .contentDirectory(content)
                .outputDirectory(output)
                .baseUrl(SampleSite.BASE_URL)
                .build()
                .build();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }
}
