package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.paperdigest.testing.FolderSnapshot;
import io.github.paperdigest.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed while it renders, as by a cancelled CI job or a closed terminal, leaves the previous
 * site byte for byte as it was, and the next build clears what it left: a whole build ({@code --full})
 * and an incremental one that makes every page again. The build runs in a JVM of its own, started as
 * the command line, and is killed without warning.
 */
class KillMidwayTest {

    /** Enough pages written that the build is surely in the middle of rendering the sample's thousands. */
    private static final int PAGES_BEFORE_THE_KILL = 50;

    @TempDir
    Path directory;

    @Test
    void aWholeBuildKilledWhileRenderingLeavesThePreviousSiteAsItWas() throws Exception {
        Path content = TestData.sampleContent();
        Path site = directory.resolve("site");
        build(content, site);

        killMidway(content, site, "--full");

        assertThat(site.resolve("index.html")).isRegularFile();
    }

    @Test
    void anIncrementalBuildKilledWhileRenderingLeavesThePreviousSiteAsItWas() throws Exception {
        Path content = directory.resolve("content");
        TestData.copyDigest(TestData.sampleContent(), content);
        Path site = directory.resolve("site");
        build(content, site);
        // A changed template: every page is made again, and the staging folder fills with them.
        Files.createDirectories(content.resolve("templates"));
        Files.writeString(content.resolve("templates/components.ftlh"),
                TestData.themeTemplate("components.ftlh").replace("Editor's note", "Our note"));

        killMidway(content, site);

        assertThat(site.resolve("days/2026-02-03/index.html")).content().contains("Our note");
    }

    /** Starts a build, kills it once it has written some pages, checks the site, and builds again. */
    private void killMidway(Path content, Path site, String... options) throws Exception {
        Path staging = directory.resolve(".site.staging");
        FolderSnapshot before = FolderSnapshot.of(site);
        Path log = directory.resolve("build.log");
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "io.github.paperdigest.cli.Main", "build", "--content", content.toString(), "--out", site.toString()));
        command.addAll(List.of(options));

        Process build = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitPages(staging, build, log);
        } finally {
            build.destroyForcibly();
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).as("the killed build ended").isTrue();
        }

        assertThat(staging).as("the half-built staging folder").isDirectory();
        before.assertUnchanged();

        build(content, site);
        assertThat(staging).doesNotExist();
        assertThat(directory.resolve(".site.previous")).doesNotExist();
    }

    private static void build(Path content, Path site) throws ContentException, IOException {
        Generator.builder().contentDirectory(content).outputDirectory(site).build().build();
    }

    /** Waits until the build has written some pages into the staging folder, but not all of them. */
    private static void awaitPages(Path staging, Process build, Path log) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (pagesIn(staging) < PAGES_BEFORE_THE_KILL) {
            if (!build.isAlive()) {
                fail("the build ended (exit code %d) before it could be killed:%n%s", build.exitValue(),
                        Files.readString(log));
            }
            if (Instant.now().isAfter(giveUp)) {
                fail("the build wrote fewer than %d pages in 30 s:%n%s", PAGES_BEFORE_THE_KILL, Files.readString(log));
            }
            Thread.sleep(5);
        }
    }

    private static long pagesIn(Path staging) {
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(path -> path.getFileName().toString().equals("index.html")).count();
        } catch (NoSuchFileException e) {
            return 0;
        } catch (UncheckedIOException e) {
            // A folder vanished while it was walked: the build ended, which the caller sees next.
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
