package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkArgumentsTest {

    private static final Path REPOSITORY = Path.of("/work/paper-digest");

    @Test
    void defaultsAreIssue8sAndPathsStartAtTheRepository() {
        BenchmarkArguments arguments = BenchmarkArguments.parse(REPOSITORY, "--papers", "1000,10_000, 50000");

        assertThat(arguments.papers()).containsExactly(1_000, 10_000, 50_000);
        assertThat(arguments.runs()).isEqualTo(3);
        assertThat(arguments.generatorJar()).isEqualTo(Path.of("/work/paper-digest/generator/target/paper-digest.jar"));
        assertThat(arguments.work()).isEqualTo(Path.of("/dev/shm/paper-digest-bench"));
        assertThat(arguments.jvmOptions()).containsExactly(BuildBenchmark.DEFAULT_JVM_OPTIONS.split(" "));
        assertThat(arguments.serveJvmOptions()).isEmpty();
        assertThat(arguments.maven() && arguments.hugo() && arguments.rebuilds()).isTrue();
        assertThat(arguments.parameters(1_000)).isEqualTo(CorpusParameters.defaults(1_000));
    }

    @Test
    void everyOptionIsRead() {
        BenchmarkArguments arguments = BenchmarkArguments.parse(REPOSITORY, "--papers", "200", "--runs", "5",
                "--edits", "7", "--work", "bench-work", "--generator-jar", "/opt/pd.jar", "--jvm-options",
                " -Xmx2g  -XX:+UseSerialGC ", "--serve-jvm-options", "-XX:+UseParallelGC", "--real-proportions",
                "--papers-per-day", "250", "--no-maven", "--no-hugo", "--no-rebuilds");

        assertThat(arguments.runs()).isEqualTo(5);
        assertThat(arguments.edits()).isEqualTo(7);
        assertThat(arguments.work()).isEqualTo(Path.of("/work/paper-digest/bench-work"));
        assertThat(arguments.generatorJar()).isEqualTo(Path.of("/opt/pd.jar"));
        assertThat(arguments.jvmOptions()).isEqualTo(List.of("-Xmx2g", "-XX:+UseSerialGC"));
        assertThat(arguments.serveJvmOptions()).isEqualTo(List.of("-XX:+UseParallelGC"));
        assertThat(arguments.maven() || arguments.hugo() || arguments.rebuilds()).isFalse();
        assertThat(arguments.parameters(10_000)).isEqualTo(CorpusParameters.defaults(10_000).withPapersPerDay(250)
                .withAuthors(8, 6).withTopics(50_000, 9));
        assertThat(arguments.parameters(1_000).topics()).isEqualTo(5_000);
        assertThat(arguments.parameters(50_000).topics()).isEqualTo(50_000);
        assertThat(BenchmarkArguments.parse(REPOSITORY, "--papers", "1", "--jvm-options", "").jvmOptions()).isEmpty();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> BenchmarkArguments.parse(REPOSITORY, "--runs", "3"))
                .hasMessageContaining("--papers is required");
        assertThatThrownBy(() -> BenchmarkArguments.parse(REPOSITORY, "--papers", "1000,x"))
                .hasMessageContaining("--papers 1000,x is not a valid value");
        assertThatThrownBy(() -> BenchmarkArguments.parse(REPOSITORY, "--papers", "10", "--runs", "0"))
                .hasMessageContaining("--runs must be at least 1");
        assertThatThrownBy(() -> BenchmarkArguments.parse(REPOSITORY, "--papers", "10", "--papers-per-day", "0"))
                .hasMessageContaining("--papers-per-day must be at least 1");
        assertThatThrownBy(() -> BenchmarkArguments.parse(REPOSITORY, "--papers", "10", "--runs"))
                .hasMessageContaining("--runs needs a value");
        assertThatThrownBy(() -> BenchmarkArguments.parse(REPOSITORY, "--papers", "10", "--pages", "3"))
                .hasMessageContaining("unknown option --pages");
    }
}
