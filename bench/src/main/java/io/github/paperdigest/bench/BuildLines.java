package io.github.paperdigest.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two lines a build ends with, from the command line or, after {@code [INFO] }, from the Maven goal:
 *
 * <pre>
 * Built 29325 pages, 70809 files (12 written, 0 deleted), 572.9 MB in 2.66 s into /dev/shm/site
 *   load 0.48 s, catalog 0.22 s, plan 0.26 s, render 1.50 s, publish 0.20 s
 * </pre>
 *
 * @param pages HTML pages of the site
 * @param files the site's files, pages included
 * @param written the files whose bytes the build wrote: all of them in a whole build, the changed ones in an
 *     incremental one
 * @param deleted the files of the previous site it deleted
 * @param megabytes the site's size, in millions of bytes
 * @param seconds the build's own wall time, without the JVM's start
 * @param stages each stage's wall time in seconds, in the order the line gives them
 */
record BuildLines(int pages, int files, int written, int deleted, double megabytes, double seconds,
        Map<String, Double> stages) {

    private static final Pattern BUILT = Pattern.compile(
            "Built (\\d+) pages, (\\d+) files \\((\\d+) written, (\\d+) deleted\\), ([\\d.]+) MB in ([\\d.]+) s into .*");
    private static final Pattern STAGE = Pattern.compile("(\\w+) ([\\d.]+) s");

    BuildLines {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /**
     * Finds the lines in a build's standard output, whatever comes before them (Maven's log, warnings).
     *
     * @throws IllegalArgumentException when there is no "Built" line
     */
    static BuildLines parse(List<String> output) {
        for (int i = 0; i < output.size(); i++) {
            String line = withoutLogLevel(output.get(i));
            Matcher built = BUILT.matcher(line);
            if (built.matches()) {
                Map<String, Double> stages = new LinkedHashMap<>();
                if (i + 1 < output.size()) {
                    for (String stage : withoutLogLevel(output.get(i + 1)).split(",")) {
                        Matcher time = STAGE.matcher(stage.strip());
                        if (time.matches()) {
                            stages.put(time.group(1), Double.parseDouble(time.group(2)));
                        }
                    }
                }
                return new BuildLines(Integer.parseInt(built.group(1)), Integer.parseInt(built.group(2)),
                        Integer.parseInt(built.group(3)), Integer.parseInt(built.group(4)),
                        Double.parseDouble(built.group(5)), Double.parseDouble(built.group(6)), stages);
            }
        }
        throw new IllegalArgumentException("no \"Built ... pages\" line in the build's output");
    }

    /** The line without Maven's {@code [INFO] } and the stage line's indent. */
    private static String withoutLogLevel(String line) {
        String text = line.startsWith("[INFO]") ? line.substring("[INFO]".length()) : line;
        return text.strip();
    }
}
