package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness pairs each edit with the tool's answer to it, not with an answer printed before the edit. */
class LineProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void aLinePrintedBeforeTheDiscardIsNotTheAnswer() throws Exception {
        Path edited = work.resolve("edited");
        Path log = work.resolve("watch.log");
        String script = "echo Watching; echo 'Total in 101 ms'; echo 'Total in 102 ms'; "
                + "while [ ! -e '" + edited + "' ]; do sleep 0.05; done; echo 'Total in 103 ms'";
        try (LineProcess watcher = LineProcess.start(List.of("sh", "-c", script), log)) {
            watcher.await("Watching"::equals, "the first line", WAIT);
            awaitLogged(log, "Total in 102 ms");

            watcher.discardPrinted();
            Files.createFile(edited);

            assertThat(watcher.await(line -> line.startsWith("Total in"), "the answer", WAIT))
                    .isEqualTo("Total in 103 ms");
        }
    }

    @Test
    void theEndOfOutputIsNotDiscarded() throws Exception {
        Path log = work.resolve("ended.log");
        try (LineProcess ended = LineProcess.start(List.of("sh", "-c", "echo Watching"), log)) {
            ended.await("Watching"::equals, "the first line", WAIT);
            ProcessHandle.of(ended.pid()).ifPresent(process -> process.onExit().join());
            // The reader notes the end once the output is closed, just after the process ends.
            Thread.sleep(200);
            ended.discardPrinted();

            assertThatThrownBy(
                    () -> ended.await(line -> line.startsWith("Total in"), "the answer", WAIT))
                    .isInstanceOf(IOException.class).hasMessageContaining("ended before the answer");
        }
    }

    private static void awaitLogged(Path log, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(Files.exists(log) && Files.readAllLines(log).contains(line))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the process never printed " + line);
            }
            Thread.sleep(20);
        }
    }
}
