package io.github.paperdigest;

import static io.github.paperdigest.testing.SampleEdits.append;
import static io.github.paperdigest.testing.SampleEdits.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.internal.BuildMemory;
import io.github.paperdigest.internal.SiteBuild;
import io.github.paperdigest.internal.serve.MemorySite;
import io.github.paperdigest.internal.serve.SiteSnapshot;
import io.github.paperdigest.testing.FolderSnapshot;
import io.github.paperdigest.testing.SampleEdits;
import io.github.paperdigest.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An incremental build after each kind of change to the sample digest writes exactly what a whole build
 * of the changed content writes, byte for byte and file for file (the manifest included), and writes
 * only what changed. Four of the sample's days, so that the many builds stay quick.
 */
class IncrementalBuildTest {

    private static final String BASE_URL = "https://example.org/digest/";
    private static final Set<String> KEPT = Set.of("papers/2024-05-28.json", "papers/2024-06-21.json",
            "papers/2026-02-03.json", "papers/2026-02-04.json", "notes/2406.14347-nabla2dft.md",
            "notes/2602.01785-codeocr.md", "notes/2602.02276-kimi-k2-5.md");

    @TempDir
    Path directory;

    /** A change to a digest's content. */
    private interface Change {
        void apply(Path content) throws IOException;
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("a note edited", content -> append(content.resolve("notes/2602.02276-kimi-k2-5.md"),
                        "\nOne more thing: the *swarm* scales.\n")),
                change("a note added", content -> Files.writeString(content.resolve("notes/2602.02493-pixelgen.md"),
                        "---\npaper: 2602.02493\neditor: Ada Lovelace\ntopics: [Pixel space]\n---\nNo latents at all.\n")),
                change("a note deleted", content -> Files.delete(content.resolve("notes/2602.01785-codeocr.md"))),
                change("a record added", content -> Files.writeString(content.resolve("papers/2026-02-05-extra.json"), """
                        {"id": "2602.99999", "title": "A paper we added by hand", "authors": ["Ada Lovelace"],
                         "summary": "Its abstract.", "day": "2026-02-05", "ai_keywords": ["hand-picked"]}
                        """)),
                change("a record changed", content -> replace(content.resolve("papers/2026-02-03.json"),
                        "Kimi K2.5: Visual Agentic Intelligence", "Kimi K2.5: Visual Agentic Intelligence, Revised")),
                change("a template overridden", content -> {
                    Files.createDirectories(content.resolve("templates"));
                    Files.writeString(content.resolve("templates/paper.ftlh"),
                            TestData.themeTemplate("paper.ftlh").replace("Editor's note", "Our note"));
                }),
                change("a setting changed", content -> replace(content.resolve("site.yaml"),
                        "title: ML Reading Club Digest", "title: The Reading Club")),
                change("a paper removed", content -> Files.delete(content.resolve("papers/2024-05-28.json"))),
                change("a free page edited", content -> append(content.resolve("pages/about.md"), "\nWe meet on Fridays.\n")),
                change("a static file added", content -> {
                    Files.createDirectories(content.resolve("static/img"));
                    Files.write(content.resolve("static/img/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anIncrementalBuildWritesWhatAWholeBuildWrites(String name, Change change) throws Exception {
        Path content = fourDays();
        Path site = directory.resolve("site");
        BuildResult first = build(content, site, true);

        change.apply(content);
        BuildResult incremental = build(content, site, true);
        Path whole = directory.resolve("whole");
        build(content, whole, false);

        FolderSnapshot.of(site).assertSameAs(FolderSnapshot.of(whole));
        assertThat(incremental.written() + incremental.deleted()).as("files written or deleted").isPositive();
        assertThat(incremental.written()).as("files written").isLessThan(first.written());
    }

    /** A preview's rebuild reuses the last build's readings, papers, citations and digests. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aRebuildReusingTheLastBuildsWorkMakesWhatAWholeBuildMakes(String name, Change change) throws Exception {
        Path content = fourDays();
        Generator generator = Generator.builder().contentDirectory(content).baseUrl(BASE_URL).build();
        BuildMemory memory = BuildMemory.acrossBuilds();
        inMemory(generator.siteBuild(null, null, memory));

        change.apply(content);
        SiteSnapshot rebuilt = inMemory(generator.siteBuild(null, null, memory));
        SiteSnapshot whole = inMemory(generator.siteBuild(null, null, BuildMemory.forOneBuild()));

        assertThat(rebuilt.copies()).isEqualTo(whole.copies());
        assertThat(rebuilt.files().keySet()).isEqualTo(whole.files().keySet());
        whole.files().forEach((path, bytes) -> assertThat(rebuilt.files().get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aRebuildReusingAFilesReadingReportsItsProblemsAgain() throws Exception {
        Path content = fourDays();
        replace(content.resolve("notes/2602.01785-codeocr.md"), "paper:", "mood: cheerful\npaper:");
        Generator generator = Generator.builder().contentDirectory(content).baseUrl(BASE_URL).build();
        BuildMemory memory = BuildMemory.acrossBuilds();
        List<Problem> first = inMemoryResult(generator.siteBuild(null, null, memory)).warnings();
        assertThat(first).extracting(Problem::toString).anyMatch(problem -> problem.contains("mood"));

        append(content.resolve("notes/2602.02276-kimi-k2-5.md"), "\nAnother thought.\n");
        List<Problem> again = inMemoryResult(generator.siteBuild(null, null, memory)).warnings();

        assertThat(again).isEqualTo(first);
    }

    private static SiteSnapshot inMemory(SiteBuild build) throws Exception {
        MemorySite site = new MemorySite(null);
        build.writeTo(site);
        return site.snapshot("test", "/digest/");
    }

    private static BuildResult inMemoryResult(SiteBuild build) throws Exception {
        return build.writeTo(new MemorySite(null)).result();
    }

    @Test
    void aBuildOfUnchangedContentWritesNothing() throws Exception {
        Path content = fourDays();
        Path site = directory.resolve("site");
        build(content, site, true);
        FolderSnapshot before = FolderSnapshot.of(site);

        BuildResult again = build(content, site, true);

        assertThat(again.written()).isZero();
        assertThat(again.deleted()).isZero();
        before.assertUnchanged();
    }

    @Test
    void aFileDeletedFromTheSiteByHandIsMadeAgain() throws Exception {
        Path content = fourDays();
        Path site = directory.resolve("site");
        build(content, site, true);
        FolderSnapshot before = FolderSnapshot.of(site);
        Files.delete(site.resolve("papers/2602.02276/index.html"));

        BuildResult again = build(content, site, true);

        assertThat(again.written()).isEqualTo(1);
        before.assertUnchanged();
    }

    /** The sample digest with four of its days and the notes on their papers. */
    private Path fourDays() throws IOException {
        return SampleEdits.copyWith(directory.resolve("content"), KEPT);
    }

    private static BuildResult build(Path content, Path site, boolean incremental) throws Exception {
        return Generator.builder().contentDirectory(content).outputDirectory(site).baseUrl(BASE_URL)
                .incremental(incremental).build().build();
    }

    private static Arguments change(String name, Change change) {
        return Arguments.of(name, change);
    }
}
