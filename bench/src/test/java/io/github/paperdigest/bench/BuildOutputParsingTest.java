package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the harness reads from GNU time, from our builds and previews, and from Hugo. */
class BuildOutputParsingTest {

    @Test
    void theCommandLinesTwoLinesGiveItsPagesAndStages() {
        BuildLines lines = BuildLines.parse(List.of(
                "Built 29325 pages, 70809 files (70809 written, 0 deleted), 572.9 MB in 9.66 s into /dev/shm/bench/site",
                "  load 1.48 s, catalog 0.92 s, plan 1.26 s, render 5.70 s, publish 1.20 s"));

        assertThat(lines.pages()).isEqualTo(29_325);
        assertThat(lines.files()).isEqualTo(70_809);
        assertThat(lines.written()).isEqualTo(70_809);
        assertThat(lines.deleted()).isZero();
        assertThat(lines.megabytes()).isEqualTo(572.9);
        assertThat(lines.seconds()).isEqualTo(9.66);
        assertThat(lines.stages()).containsExactly(entry("load", 1.48), entry("catalog", 0.92), entry("plan", 1.26),
                entry("render", 5.70), entry("publish", 1.20));
    }

    @Test
    void theMavenGoalsLinesAreFoundInItsLog() {
        BuildLines lines = BuildLines.parse(List.of(
                "[INFO] Scanning for projects...",
                "[INFO] --- papers-maven-plugin:0.1.0-SNAPSHOT:generate (default-cli) @ synthetic-digest ---",
                "[WARNING] papers/2025-12-31.json:3:5: something to say",
                "[INFO] Built 3352 pages, 8695 files (4 written, 1 deleted), 66.7 MB in 3.03 s into /dev/shm/site",
                "[INFO]   load 0.62 s, catalog 0.26 s, plan 0.40 s, render 1.69 s, publish 0.00 s",
                "[INFO] BUILD SUCCESS"));

        assertThat(lines.pages()).isEqualTo(3_352);
        assertThat(lines.seconds()).isEqualTo(3.03);
        assertThat(lines.written()).isEqualTo(4);
        assertThat(lines.deleted()).isEqualTo(1);
        assertThat(lines.stages()).containsKeys("load", "catalog", "plan", "render", "publish")
                .containsEntry("publish", 0.0);
    }

    @Test
    void aBuildWithoutItsLineIsAnError() {
        assertThatThrownBy(() -> BuildLines.parse(List.of("Build failed: 1 error")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Built");
    }

    @Test
    void gnuTimesLineGivesWallCpuAndPeakMemory() {
        ProcessTimes times = ProcessTimes.parse(List.of("9.93 16.20 1.31 1572864"));

        assertThat(times.wallSeconds()).isEqualTo(9.93);
        assertThat(times.cpuSeconds()).isCloseTo(17.51, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(times.maxRssMiB()).isEqualTo(1536.0);
    }

    @Test
    void gnuTimesNoteOfAFailedCommandComesBeforeItsLine() {
        ProcessTimes times = ProcessTimes.parse(List.of("Command exited with non-zero status 1",
                "0.41 0.52 0.08 61440", ""));

        assertThat(times.maxRssKiB()).isEqualTo(61_440);
        assertThatThrownBy(() -> ProcessTimes.parse(List.of("Command terminated by signal 9")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRebuildLinesOfServeAndHugoGiveTheirOwnTimes() throws Exception {
        assertThat(ServeRebuilds.ownSeconds("notes/2511.00046-text.md changed: built 3352 pages, 8695 files "
                + "(98 written, 0 deleted), 66.7 MB in 0.38 s (load 0.05 s, catalog 0.04 s, plan 0.06 s, render 0.20 s)"))
                .isEqualTo(0.38);
        assertThat(HugoWatchRebuilds.ownSeconds("Total in 312 ms")).isEqualTo(0.312);
        assertThat(LiveEvents.state("{\"build\":\"m1x-2\",\"problems\":[]}"))
                .isEqualTo(new LiveEvents.State("m1x-2", List.of()));
    }

    @Test
    void mediansAreTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(Medians.of(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Medians.of(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(Medians.of(List.of())).isNaN();
    }
}
