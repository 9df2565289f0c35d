package io.github.paperdigest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a process of its own under GNU time, which measures it from the outside: the JVM's start,
 * its threads' CPU time and its peak memory included, as a shell would see them. The command's output goes to
 * log files, so that a long output can never block it, and stays there for a look after a failure.
 */
final class TimedCommand {

    static final Path GNU_TIME = Path.of("/usr/bin/time");

    private TimedCommand() {
    }

    /** A finished run: GNU time's measures and what the command printed. */
    record Run(ProcessTimes times, List<String> stdout) {
    }

    /**
     * Fails early, with a hint, when GNU time is missing: bash's {@code time} keyword prints no peak memory, and
     * busybox's {@code time} takes no format.
     */
    static void requireGnuTime() throws IOException {
        String hint = "the harness needs GNU time at " + GNU_TIME + " (Debian's package time: "
                + "sudo apt-get install time)";
        if (!Files.isExecutable(GNU_TIME)) {
            throw new IOException(hint);
        }
        Process version = new ProcessBuilder(GNU_TIME.toString(), "--version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            version.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (!text.contains("GNU")) {
            throw new IOException(GNU_TIME + " is not GNU time; " + hint);
        }
    }

    /**
     * Runs {@code command} and waits for it. Its output goes to {@code log}{@code .out} and {@code .err}.
     *
     * @param environment variables to set for the command, beside the harness's own
     * @throws IOException when the command fails (its exit status and the end of its error output are in the
     *     message) or cannot start
     */
    static Run run(List<String> command, Map<String, String> environment, Path log) throws IOException {
        Path times = sibling(log, ".time");
        Path out = sibling(log, ".out");
        Path err = sibling(log, ".err");
        List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", ProcessTimes.FORMAT,
                "-o", times.toString()));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        int status;
        try {
            status = builder.start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        if (status != 0) {
            throw new IOException(String.join(" ", command) + " exited with status " + status + "; its output is in "
                    + out + " and " + err + ", ending with:\n" + tail(err, 20) + tail(out, 20));
        }
        return new Run(ProcessTimes.parse(lines(times)), lines(out));
    }

    static Path sibling(Path log, String suffix) {
        return log.resolveSibling(log.getFileName() + suffix);
    }

    /** A log's lines; a byte that is not UTF-8 becomes U+FFFD rather than an error. */
    static List<String> lines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    /** The last lines of a log, for an error message. */
    static String tail(Path file, int lines) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        List<String> all = lines(file);
        StringBuilder text = new StringBuilder();
        for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
            text.append("  ").append(line).append('\n');
        }
        return text.toString();
    }
}
