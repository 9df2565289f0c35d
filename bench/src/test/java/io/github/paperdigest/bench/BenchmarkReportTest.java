package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void tablesGiveMediansRatiosAndDashesForWhatWasSkipped() {
        BuildLines line = new BuildLines(3_352, 8_695, 8_695, 0, 66.7, 2.98, Map.of("load", 0.62));
        BuildSeries ours = new BuildSeries(List.of(new ProcessTimes(3.0, 5.0, 1.0, 512 * 1024),
                new ProcessTimes(4.0, 6.0, 1.0, 600 * 1024), new ProcessTimes(3.5, 5.5, 1.0, 550 * 1024)),
                List.of(line, line, line), new Folders.Size(8_695, 66_700_000, 3_352));
        BuildSeries hugo = new BuildSeries(List.of(new ProcessTimes(1.75, 3.0, 0.2, 220 * 1024)), List.of(),
                new Folders.Size(7_703, 39_400_000, 3_329));
        CorpusResult result = new CorpusResult(CorpusParameters.defaults(1_000), null, ours, null, null,
                new WatchedRebuilds(List.of(0.62, 0.49, 0.45), List.of(0.56, 0.43, 0.39), 679 * 1024), null, hugo,
                null, null, List.of("hugo --watch failed: no \"Total in\" line within 300 s"));

        String report = BenchmarkReport.markdown("Build benchmark", List.of("Machine: two cores"), List.of(result),
                List.of("java -jar paper-digest.jar build"));

        assertThat(report).startsWith("# Build benchmark\n\n- Machine: two cores\n");
        assertThat(report).contains("- 1,000 papers, 1,500 distinct authors, 500 topics\n"
                + "  - hugo --watch failed: no \"Total in\" line within 300 s\n");
        assertThat(report).contains("| 1,000 | 3,352 | 8,695 | 66.7 | 3.50 s | 6.50 s | 550 MiB | – | – | 3,329 | "
                + "7,703 | 39.4 | 1.75 s | 3.20 s | 220 MiB | 0.50 |");
        assertThat(report).contains("| papers | load | the build | JVM and the rest |",
                "| 1,000 | 0.62 s | 2.98 s | 0.52 s |");
        assertThat(report).contains("| 1,000 | – | 0.49 s (0.43 s) | 679 MiB | – | – |");
        assertThat(report).contains("```sh\njava -jar paper-digest.jar build\n```");
    }
}
