package io.github.paperdigest.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A long-running process whose output lines are awaited one by one: {@code serve} until it says it serves,
 * {@code hugo --watch} until it says it rebuilt. Its output, standard error included, is logged to a file as it
 * comes. Closing it ends the process: first asked, then forced.
 */
final class LineProcess implements AutoCloseable {

    /** Never a line of output: the process's output ended. */
    private static final String END = new String("end of output");

    private final Process process;
    private final Path log;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private LineProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static LineProcess start(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        LineProcess started = new LineProcess(process, log);
        Thread reader = new Thread(started::read, "benchmark-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return started;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits for the next line that {@code match} accepts, skipping the others.
     *
     * @throws IOException when the process's output ends first, or {@code timeout} passes
     */
    String await(Predicate<String> match, String what, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new IOException("no " + what + " within " + timeout.toSeconds() + " s; see " + log);
                }
                if (line == END) {
                    throw new IOException("the process ended before " + what + "; its output, in " + log
                            + ", ends with:\n" + TimedCommand.tail(log, 20));
                }
                if (match.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + what, e);
        }
    }

    /**
     * Forgets the lines printed so far. A tool may answer one edit twice (a watcher that sees the truncation and
     * the write as two changes): the second answer, left waiting, would be taken for the next edit's.
     */
    void discardPrinted() {
        List<String> printed = new ArrayList<>();
        lines.drainTo(printed);
        if (printed.stream().anyMatch(line -> line == END)) {
            lines.add(END);
        }
    }

    /** The process's peak resident memory so far, in KiB, from Linux's {@code /proc}; 0 when unknown. */
    long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process has ended: the peak stays unknown.
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(log)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // Awaitable before it is in the log, so that a line in the log has been printed for await too.
                lines.add(line);
                out.write(line);
                out.newLine();
                out.flush();
            }
        } catch (IOException e) {
            // The process was ended while printing; what it printed is in the log.
        } finally {
            lines.add(END);
        }
    }
}
