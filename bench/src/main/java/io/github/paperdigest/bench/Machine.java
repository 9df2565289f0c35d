package io.github.paperdigest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The machine and the tools a benchmark ran with, for the report's head: figures mean little without them.
 * Anything that cannot be found is reported as unknown rather than failing the benchmark.
 */
final class Machine {

    private Machine() {
    }

    /** The CPU's model, from {@code /proc/cpuinfo}. */
    static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name");
    }

    /** The memory, from {@code /proc/meminfo}, in GiB. */
    static String memory() {
        String total = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        try {
            long kib = Long.parseLong(total.replaceAll("[^0-9]", ""));
            return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return total;
        }
    }

    /** The load averages over 1, 5 and 15 minutes: a busy machine slows every figure. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The first lines a command prints, such as {@code java -version}'s; "unknown" when it cannot run. */
    static String firstLines(int count, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            List<String> lines = new ArrayList<>();
            for (String line : text.lines().toList()) {
                // Maven colours its version line, even in batch mode when asked for its version.
                String plain = line.replaceAll("\u001B\\[[;\\d]*m", "").strip();
                if (!plain.isEmpty() && lines.size() < count) {
                    lines.add(plain);
                }
            }
            return lines.isEmpty() ? "unknown" : String.join("; ", lines);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // Not Linux.
        }
        return "unknown";
    }
}
