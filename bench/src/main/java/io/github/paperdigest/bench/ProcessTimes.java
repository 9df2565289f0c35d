package io.github.paperdigest.bench;

import java.util.List;

/**
 * What GNU time says of one process: its wall time, its CPU time in user and kernel mode, and its peak resident
 * memory, as {@code /usr/bin/time -f "%e %U %S %M"} prints them. The peak is the largest resident set of the
 * process or of any child it waited for: for {@code mvn}, a script that execs Java, the JVM's.
 *
 * @param wallSeconds elapsed real time
 * @param userSeconds CPU time in user mode, over every thread
 * @param systemSeconds CPU time in the kernel
 * @param maxRssKiB peak resident set size, in KiB
 */
record ProcessTimes(double wallSeconds, double userSeconds, double systemSeconds, long maxRssKiB) {

    /** GNU time's format for the fields above, in their order. */
    static final String FORMAT = "%e %U %S %M";

    double cpuSeconds() {
        return userSeconds + systemSeconds;
    }

    double maxRssMiB() {
        return maxRssKiB / 1024.0;
    }

    /**
     * Reads GNU time's output file. Its last line holds the fields; a line such as {@code Command exited with
     * non-zero status 1} may come before it.
     *
     * @throws IllegalArgumentException when no line has the four fields
     */
    static ProcessTimes parse(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 4) {
                break;
            }
            try {
                return new ProcessTimes(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                        Double.parseDouble(fields[2]), Long.parseLong(fields[3]));
            } catch (NumberFormatException e) {
                break;
            }
        }
        throw new IllegalArgumentException("no \"" + FORMAT + "\" line in GNU time's output: " + lines);
    }
}
