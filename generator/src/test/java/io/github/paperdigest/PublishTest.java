package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paperdigest.internal.publish.StagedSite;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.FolderSnapshot;
import io.github.paperdigest.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output folder is replaced as a whole, only by a build that succeeded, and never holds content;
 * nothing beside it is deleted unless a build made it. {@link KillMidwayTest} kills a real build.
 */
class PublishTest {

    @TempDir
    Path directory;

    private TestSite digest() {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "One", 1, "2026-02-03", "A B")))
                .file("static/files/x.bin", "\u0000\u0001 some bytes");
    }

    @Test
    void aBuildFailingOnBadContentLeavesThePreviousSiteByteForByte() throws IOException {
        FolderSnapshot before = FolderSnapshot.of(digest().build().root());

        ContentException failure = digest()
                .file("papers/2026-02-04.json", "[{\"paper\": {\"id\": \"not-an-id\"}}]")
                .buildExpectingErrors();

        assertThat(failure.problems()).isNotEmpty();
        before.assertUnchanged();
        assertThat(siblings()).containsExactlyInAnyOrder("content", "site", ".site.notes");
    }

    @Test
    void aBuildFailingOnATemplateErrorLeavesThePreviousSiteByteForByte() throws IOException {
        FolderSnapshot before = FolderSnapshot.of(digest().build().root());

        ContentException failure = digest().file("templates/paper.ftlh", "<p>${page.nosuchthing}</p>")
                .buildExpectingErrors();

        assertThat(failure.problems()).anySatisfy(problem ->
                assertThat(problem.file()).isEqualTo("templates/paper.ftlh"));
        before.assertUnchanged();
        assertThat(siblings()).containsExactlyInAnyOrder("content", "site", ".site.notes");
    }

    @Test
    void aBuildFailingOnAnUnreadableFileLeavesThePreviousSiteByteForByte() throws IOException {
        TestSite digest = digest();
        FolderSnapshot before = FolderSnapshot.of(digest.build().root());
        Generator generator = digest.generator();
        Path unreadable = digest.contentDirectory().resolve("static/files/x.bin");
        Files.setPosixFilePermissions(unreadable, Set.of());
        try {
            Assumptions.assumeFalse(Files.isReadable(unreadable), "the user can read any file (root)");

            // Static files are copied last, after every page was rendered into the staging folder.
            assertThatThrownBy(generator::build).isInstanceOf(IOException.class).hasMessageContaining("x.bin");

            before.assertUnchanged();
            assertThat(siblings()).containsExactlyInAnyOrder("content", "site", ".site.notes");
        } finally {
            Files.setPosixFilePermissions(unreadable, Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void theSiteHoldsExactlyTheFilesTheBuildWrote() {
        BuiltSite site = digest().build();

        // And the manifest, which is not part of the site a reader sees.
        assertThat(site.files()).hasSize(site.result().files() + 1)
                .contains(".nojekyll", "files/x.bin", ".paper-digest-manifest.json.gz")
                .doesNotContain(StagedSite.STAGING_MARKER);
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

    @ParameterizedTest
    @ValueSource(strings = {".site.staging", ".site.previous"})
    void leavesAFolderInTheWayAloneWhenABuildDidNotMakeIt(String name) throws IOException {
        TestSite digest = digest();
        FolderSnapshot site = FolderSnapshot.of(digest.build().root());
        Path stray = directory.resolve(name);
        Files.createDirectories(stray.resolve("drafts"));
        Files.writeString(stray.resolve("drafts/thesis.tex"), "precious");
        FolderSnapshot strayBefore = FolderSnapshot.of(stray);

        assertThatThrownBy(() -> digest.generator().build())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(stray.toString())
                .hasMessageContaining("not made by paper-digest");
        strayBefore.assertUnchanged();
        site.assertUnchanged();
    }

    @Test
    void clearsWhatAKilledBuildLeftBesideTheSite() throws IOException {
        TestSite digest = digest();
        digest.build();
        // Killed while rendering: a staging folder with its marker.
        Path staging = directory.resolve(".site.staging");
        Files.createDirectories(staging.resolve("papers"));
        Files.write(staging.resolve(StagedSite.STAGING_MARKER), new byte[0]);
        Files.writeString(staging.resolve("papers/half.html"), "<p>");
        // Killed after the swap, before the old site was deleted: it is left as .previous.
        Path previous = directory.resolve(".site.previous");
        Files.createDirectories(previous);
        Files.write(previous.resolve(StagedSite.MARKER), new byte[0]);
        Files.writeString(previous.resolve("index.html"), "old");

        assertThat(digest.build().exists("papers/2602.00001/")).isTrue();
        assertThat(siblings()).containsExactlyInAnyOrder("content", "site", ".site.notes");
    }

    @Test
    void putsBackASiteThatAKillBetweenTheTwoRenamesLeftAside() throws Exception {
        TestSite digest = digest();
        FolderSnapshot before = FolderSnapshot.of(digest.build().root());
        // The state of a kill between commit's renames: the old site moved aside, the new one, complete
        // and no longer marked as staging, not yet in place.
        Path next = directory.resolve("next");
        Generator.builder().contentDirectory(digest.contentDirectory()).outputDirectory(next).build().build();
        Files.move(digest.outputDirectory(), directory.resolve(".site.previous"));
        Files.move(next, directory.resolve(".site.staging"));

        // Even a build that fails on its content puts the old site back and clears the new one.
        digest.file("papers/2026-02-04.json", "not json").buildExpectingErrors();

        before.assertUnchanged();
        assertThat(siblings()).containsExactlyInAnyOrder("content", "site", ".site.notes", ".next.notes");
    }

    @Test
    void refusesAnOutputThatHoldsOrSitsInsideTheContent() {
        TestSite digest = digest();
        digest.generator();

        assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(directory).build().build())
                .isInstanceOf(IOException.class).hasMessageContaining("contains the content directory");
        assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(digest.contentDirectory()).build().build())
                .isInstanceOf(IOException.class).hasMessageContaining("contains the content directory");
        assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(digest.contentDirectory().resolve("papers/site")).build().build())
                .isInstanceOf(IOException.class).hasMessageContaining("inside the content's papers/ folder");
        assertThat(digest.contentDirectory().resolve("papers/2026-02-03.json")).exists();
    }

    @Test
    void refusesTheFilesystemRootAsOutput() {
        TestSite digest = digest();
        digest.generator();
        Path root = directory.getRoot();

        assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(root).build().build())
                .isInstanceOf(IOException.class).hasMessageContaining("is the filesystem root");
    }

    @Test
    void refusesTheHomeFolderAndAFolderHoldingItAsOutput() throws IOException {
        TestSite digest = digest();
        digest.generator();
        Path home = Files.createDirectories(directory.resolve("users/me"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            for (Path output : List.of(home, home.getParent())) {
                assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                        .outputDirectory(output).build().build())
                        .isInstanceOf(IOException.class).hasMessageContaining("the home folder");
            }
        } finally {
            System.setProperty("user.home", realHome);
        }
        assertThat(home.resolve("notes.txt")).hasContent("mine");
    }

    /** What lies beside the output: the content and the site, and nothing a build left behind. */
    private List<String> siblings() throws IOException {
        try (Stream<Path> siblings = Files.list(directory)) {
            return siblings.map(path -> path.getFileName().toString()).toList();
        }
    }
}
