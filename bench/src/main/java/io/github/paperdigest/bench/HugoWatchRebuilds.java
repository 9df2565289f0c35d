package io.github.paperdigest.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's rebuild after a changed note, in {@code hugo --watch}: Hugo builds the site to the destination, then
 * watches; each edit of the paper's file is timed from the write to the line Hugo prints when it has written the
 * site again, {@code Total in 312 ms}.
 */
final class HugoWatchRebuilds {

    private static final Duration FIRST_BUILD = Duration.ofMinutes(10);
    private static final Duration REBUILD = Duration.ofMinutes(5);
    private static final Pattern TOTAL = Pattern.compile("^Total in (\\d+) ms");

    private HugoWatchRebuilds() {
    }

    /** @param note the paper's content file in {@code project} */
    static WatchedRebuilds measure(Path project, Path destination, NoteEdit note, int edits, Path log)
            throws IOException {
        List<String> command = List.of("hugo", "--watch", "--source", project.toString(), "--destination",
                destination.toString());
        List<Double> seconds = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        try (LineProcess hugo = LineProcess.start(command, log)) {
            hugo.await(line -> line.startsWith("Watching for changes"), "\"Watching for changes\" line", FIRST_BUILD);
            try (note) {
                for (int n = 1; n <= edits; n++) {
                    ServeRebuilds.pause();
                    hugo.discardPrinted();
                    long start = System.nanoTime();
                    note.write(n);
                    String line = hugo.await(TOTAL.asPredicate(), "\"Total in\" line", REBUILD);
                    seconds.add((System.nanoTime() - start) / 1e9);
                    own.add(ownSeconds(line));
                }
            }
            hugo.await(TOTAL.asPredicate(), "\"Total in\" line", REBUILD);
            return new WatchedRebuilds(seconds, own, hugo.peakRssKiB());
        }
    }

    static double ownSeconds(String line) {
        Matcher total = TOTAL.matcher(line);
        if (!total.find()) {
            throw new IllegalArgumentException("no time in Hugo's line: " + line);
        }
        return Integer.parseInt(total.group(1)) / 1000.0;
    }
}
