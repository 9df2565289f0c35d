package io.github.paperdigest;

import java.time.Duration;
import java.util.Objects;

/**
 * The wall time of one stage of a build: {@code load} (reading and parsing the files), {@code catalog}
 * (merging records into papers, authors and topics), {@code plan} (every page's model), {@code render}
 * (pages and the files beside them) and {@code publish} (putting the files in place).
 */
public record StageTime(String stage, Duration elapsed) {

    public StageTime {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %.2f s", stage, elapsed.toMillis() / 1000.0);
    }
}
