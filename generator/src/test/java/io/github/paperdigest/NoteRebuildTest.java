package io.github.paperdigest;

import static io.github.paperdigest.testing.SampleEdits.append;
import static io.github.paperdigest.testing.SampleEdits.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.FolderSnapshot;
import io.github.paperdigest.testing.SampleEdits;
import io.github.paperdigest.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After a note's body changed and nothing else, a build makes again only the pages and feeds that show
 * the note, from the note index the last build left beside the site, without loading the whole content;
 * its site is byte for byte the one a whole build makes. Any other change, or an index it cannot trust,
 * takes the whole pipeline.
 */
class NoteRebuildTest {

    private static final String BASE_URL = "https://example.org/digest/";
    private static final Set<String> KEPT = Set.of("papers/2024-05-28.json", "papers/2024-06-21.json",
            "papers/2026-02-03.json", "papers/2026-02-04.json", "notes/2406.14347-nabla2dft.md",
            "notes/2602.01785-codeocr.md", "notes/2602.02276-kimi-k2-5.md");
    private static final String NOTE = "notes/2602.02276-kimi-k2-5.md";
    private static final String CODEOCR = "notes/2602.01785-codeocr.md";
    private static final List<String> FROM_THE_INDEX = List.of("notes", "render", "publish");

    @TempDir
    Path directory;

    private interface Change {
        void apply(Path content) throws IOException;
    }

    @Test
    void aNoteEditedIsMadeAgainFromTheIndexAsAWholeBuildMakesIt() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        BuildResult first = build(content, site, true);
        String original = Files.readString(content.resolve(NOTE));

        append(content.resolve(NOTE), "\nOne more thing: the *swarm* scales, as $n^2$ does.\n");
        BuildResult edited = build(content, site, true);
        assertSameAsWholeBuild(content, site);
        append(content.resolve(NOTE), "\nAnd a second thought, in [a link](https://example.org/).\n");
        BuildResult again = build(content, site, true);
        assertSameAsWholeBuild(content, site);
        Files.writeString(content.resolve(NOTE), original);
        BuildResult undone = build(content, site, true);

        assertSameAsWholeBuild(content, site);
        for (BuildResult rebuild : List.of(edited, again, undone)) {
            assertThat(stages(rebuild)).isEqualTo(FROM_THE_INDEX);
            // The paper page, and every author's page and feed: this paper has hundreds of authors.
            assertThat(rebuild.written()).isPositive().isLessThan(first.written() / 4);
            assertThat(rebuild.deleted()).isZero();
        }
    }

    @Test
    void unchangedContentIsCheckedAgainstTheIndexAlone() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        BuildResult first = build(content, site, true);
        FolderSnapshot before = FolderSnapshot.of(site);

        BuildResult again = build(content, site, true);

        assertThat(stages(again)).containsExactly("notes");
        assertThat(again.written()).isZero();
        assertThat(again.files()).isEqualTo(first.files());
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.pages()).isEqualTo(first.pages());
        before.assertUnchanged();
    }

    @Test
    void aNoteSavedUnchangedWritesNothing() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        build(content, site, true);
        FolderSnapshot before = FolderSnapshot.of(site);

        Files.writeString(content.resolve(NOTE), Files.readString(content.resolve(NOTE)));
        BuildResult saved = build(content, site, true);

        assertThat(stages(saved)).containsExactly("notes");
        assertThat(saved.written()).isZero();
        before.assertUnchanged();
    }

    static Stream<Arguments> otherChanges() {
        return Stream.of(
                change("a note's topics changed", content -> replace(content.resolve(CODEOCR),
                        "topics: [Code intelligence]", "topics: [Code intelligence, Vision]")),
                change("a note's title changed", content -> replace(content.resolve(NOTE),
                        "title: Agent Swarm is the headline", "title: Agent Swarm leads")),
                change("a note without a title emptied", content -> Files.writeString(content.resolve(CODEOCR),
                        Files.readString(content.resolve(CODEOCR)).replaceAll("(?s)(---\n.*?\n---\n).*", "$1"))),
                change("a note added", content -> Files.writeString(content.resolve("notes/2602.02493-pixelgen.md"),
                        "---\npaper: 2602.02493\neditor: Ada Lovelace\n---\nNo latents at all.\n")),
                change("a note deleted", content -> Files.delete(content.resolve(CODEOCR))),
                change("a note edited beside a record changed", content -> {
                    append(content.resolve(NOTE), "\nMore.\n");
                    replace(content.resolve("papers/2026-02-03.json"), "Kimi K2.5: Visual Agentic Intelligence",
                            "Kimi K2.5: Visual Agentic Intelligence, Revised");
                }),
                change("a note edited beside a setting changed", content -> {
                    append(content.resolve(NOTE), "\nMore.\n");
                    replace(content.resolve("site.yaml"), "title: ML Reading Club Digest", "title: The Club");
                }),
                change("a template overridden", content -> {
                    Files.createDirectories(content.resolve("templates"));
                    Files.writeString(content.resolve("templates/paper.ftlh"),
                            TestData.themeTemplate("paper.ftlh").replace("Editor's note", "Our note"));
                }),
                change("a static file added", content -> {
                    Files.createDirectories(content.resolve("static"));
                    Files.write(content.resolve("static/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                }),
                change("a free page edited", content -> append(content.resolve("pages/about.md"), "\nFridays.\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherChanges")
    void anyOtherChangeTakesTheWholePipeline(String name, Change change) throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        build(content, site, true);

        change.apply(content);
        BuildResult rebuilt = build(content, site, true);

        assertThat(stages(rebuilt)).contains("load", "catalog", "plan");
        assertSameAsWholeBuild(content, site);
    }

    @Test
    void aWholeBuildLeavesAnIndexToo() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        build(content, site, false);

        append(content.resolve(NOTE), "\nA thought.\n");
        BuildResult rebuilt = build(content, site, true);

        assertThat(stages(rebuilt)).isEqualTo(FROM_THE_INDEX);
        assertSameAsWholeBuild(content, site);
    }

    @Test
    void anotherDayTakesTheWholePipeline() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        Instant today = Instant.parse("2026-11-27T10:00:00Z");
        generator(content, site, true, Clock.fixed(today, ZoneOffset.UTC)).build();

        append(content.resolve(NOTE), "\nA thought.\n");
        BuildResult tomorrow = generator(content, site, true,
                Clock.fixed(today.plus(Duration.ofDays(1)), ZoneOffset.UTC)).build();

        assertThat(stages(tomorrow)).contains("catalog");
        assertSameAsWholeBuild(content, site);
    }

    @Test
    void aDamagedIndexIsNoIndex() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        build(content, site, true);
        Path index = directory.resolve(".site.notes");
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length - 40] ^= 1;
        Files.write(index, bytes);

        append(content.resolve(NOTE), "\nA thought.\n");
        BuildResult rebuilt = build(content, site, true);

        assertThat(stages(rebuilt)).contains("catalog");
        assertSameAsWholeBuild(content, site);
    }

    @Test
    void anIndexLeftByAnotherBuildIsNotTrusted() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        build(content, site, true);
        Path index = directory.resolve(".site.notes");
        Path older = directory.resolve("older-index");
        Files.copy(index, older);
        append(content.resolve(NOTE), "\nA thought.\n");
        assertThat(stages(build(content, site, true))).isEqualTo(FROM_THE_INDEX);

        Files.copy(older, index, StandardCopyOption.REPLACE_EXISTING);
        append(content.resolve(NOTE), "\nAnother thought.\n");
        BuildResult rebuilt = build(content, site, true);

        assertThat(stages(rebuilt)).contains("catalog");
        assertSameAsWholeBuild(content, site);
    }

    /**
     * A file changed just as the last build read it may keep its size and time; one whose time is that
     * close to the build's start is read again, and its change is seen.
     */
    @Test
    void aNoteChangedAsTheLastBuildReadItIsReadAgain() throws Exception {
        Path content = digest();
        Path note = content.resolve(NOTE);
        Files.setLastModifiedTime(note, FileTime.from(Instant.now()));
        Path site = directory.resolve("site");
        build(content, site, true);
        FileTime modified = Files.getLastModifiedTime(note);
        String text = Files.readString(note);
        assertThat(text).contains("*jointly*");

        Files.writeString(note, text.replace("*jointly*", "*JOINTLY*"));
        Files.setLastModifiedTime(note, modified);
        BuildResult rebuilt = build(content, site, true);

        assertThat(stages(rebuilt)).isEqualTo(FROM_THE_INDEX);
        assertThat(rebuilt.written()).isPositive();
        assertSameAsWholeBuild(content, site);
    }

    /** A rebuild from the index could not report the warnings again, so a build that has any leaves none. */
    @Test
    void aBuildWithWarningsLeavesNoIndex() throws Exception {
        Path content = digest();
        replace(content.resolve(CODEOCR), "paper:", "mood: cheerful\npaper:");
        Path site = directory.resolve("site");
        build(content, site, true);
        assertThat(directory.resolve(".site.notes")).doesNotExist();

        append(content.resolve(NOTE), "\nA thought.\n");
        BuildResult rebuilt = build(content, site, true);

        assertThat(stages(rebuilt)).contains("catalog");
        assertThat(rebuilt.warnings()).extracting(Problem::toString).anyMatch(warning -> warning.contains("mood"));
        assertSameAsWholeBuild(content, site);
    }

    /** The one warning a rebuild from the index works out anew, as the whole pipeline does. */
    @Test
    void aSiteOverItsBudgetIsRebuiltFromTheIndexWithTheSameWarning() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        BuildResult first = Generator.builder().contentDirectory(content).outputDirectory(site).baseUrl(BASE_URL)
                .maxSiteBytes(100_000).build().build();
        assertThat(first.warnings()).singleElement().asString().contains("over the budget of 100000");

        append(content.resolve(NOTE), "\nA thought.\n");
        BuildResult rebuilt = Generator.builder().contentDirectory(content).outputDirectory(site).baseUrl(BASE_URL)
                .maxSiteBytes(100_000).build().build();
        BuildResult whole = Generator.builder().contentDirectory(content).outputDirectory(directory.resolve("whole"))
                .baseUrl(BASE_URL).maxSiteBytes(100_000).incremental(false).build().build();

        assertThat(stages(rebuilt)).isEqualTo(FROM_THE_INDEX);
        assertThat(rebuilt.warnings()).isEqualTo(whole.warnings()).isNotEqualTo(first.warnings());
        FolderSnapshot.of(site).assertSameAs(FolderSnapshot.of(directory.resolve("whole")));
    }

    @Test
    void aNoteWithProblemsTakesTheWholePipelineWhichReportsThem() throws Exception {
        Path content = digest();
        Path site = directory.resolve("site");
        build(content, site, true);

        replace(content.resolve(NOTE), "paper:", "mood: cheerful\npaper:");
        BuildResult rebuilt = build(content, site, true);

        assertThat(stages(rebuilt)).contains("catalog");
        assertThat(rebuilt.warnings()).extracting(Problem::toString).anyMatch(warning -> warning.contains("mood"));
    }

    /**
     * A few of the sample digest's days with their notes, every file last changed an hour ago: files
     * changed as a build starts are read again, and this test's first build starts at once.
     */
    private Path digest() throws IOException {
        Path content = SampleEdits.copyWith(directory.resolve("content"), KEPT);
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
        return content;
    }

    private void assertSameAsWholeBuild(Path content, Path site) throws Exception {
        Path whole = directory.resolve("whole");
        build(content, whole, false);
        FolderSnapshot.of(site).assertSameAs(FolderSnapshot.of(whole));
    }

    private static List<String> stages(BuildResult result) {
        return result.stages().stream().map(StageTime::stage).toList();
    }

    private static BuildResult build(Path content, Path site, boolean incremental) throws Exception {
        return generator(content, site, incremental, Clock.systemUTC()).build();
    }

    private static Generator generator(Path content, Path site, boolean incremental, Clock clock) {
        return Generator.builder().contentDirectory(content).outputDirectory(site).baseUrl(BASE_URL)
                .incremental(incremental).clock(clock).build();
    }

    private static Arguments change(String name, Change change) {
        return Arguments.of(name, change);
    }
}
