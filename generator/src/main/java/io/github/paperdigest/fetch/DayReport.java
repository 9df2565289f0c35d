package io.github.paperdigest.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What fetching one day did: how the API's answer compared with the committed day file, and what
 * became of the file.
 *
 * @param day the day fetched
 * @param outcome what became of the file
 * @param file the day file, relative to the content directory, such as {@code papers/2026-02-03.json}
 * @param counts the papers compared; all zero when the day failed
 * @param failure why the day failed, or null
 * @param leftOut the API's entries the generator would reject (an empty author list, say), each with its
 *     id and why: a new paper is left out, a committed one keeps its committed entry
 */
public record DayReport(LocalDate day, Outcome outcome, String file, Counts counts, String failure,
        List<String> leftOut) {

    public enum Outcome {
        /** The file was created or changed. */
        WRITTEN,
        /** The merged day is the file's current bytes: the file was not touched. */
        UNCHANGED,
        /** The API listed no paper and there is no file: none was written. */
        NO_PAPERS,
        /** The API did not answer usefully, or the file could not be read or written; the file is as it was. */
        IO_FAILURE,
        /** The committed file cannot be merged into (not JSON, not an array of entries); it is as it was. */
        CONTENT_FAILURE
    }

    /**
     * @param fromApi entries the API listed with a readable arXiv id
     * @param added papers the file did not have
     * @param updated papers in both whose entry changed
     * @param unchanged papers in both whose entry stayed the same
     * @param notListed papers of the file the API no longer lists, kept
     * @param withoutId entries of the file without a readable arXiv id, kept as they are
     * @param skipped entries of the API without a readable arXiv id, left out
     */
    public record Counts(int fromApi, int added, int updated, int unchanged, int notListed, int withoutId,
            int skipped) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    }

    public DayReport {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(counts, "counts");
        leftOut = List.copyOf(leftOut);
    }

    /** A day with nothing left out. */
    public DayReport(LocalDate day, Outcome outcome, String file, Counts counts, String failure) {
        this(day, outcome, file, counts, failure, List.of());
    }

    public boolean failed() {
        return outcome == Outcome.IO_FAILURE || outcome == Outcome.CONTENT_FAILURE;
    }

    /**
     * One line for a terminal or a CI log, such as {@code 2026-02-03: 44 from the API; 2 new, 5 updated,
     * 37 unchanged; 1 kept that the API no longer lists; papers/2026-02-03.json written}.
     */
    public String line() {
        if (failed()) {
            return day + ": failed: " + failure + "; " + file + " left as it was";
        }
        List<String> parts = new ArrayList<>();
        parts.add(counts.fromApi() + " from the API");
        if (outcome == Outcome.NO_PAPERS) {
            parts.add("no file written");
            return day + ": " + String.join("; ", parts);
        }
        parts.add(counts.added() + " new, " + counts.updated() + " updated, " + counts.unchanged() + " unchanged");
        if (counts.notListed() > 0) {
            parts.add(counts.notListed() + " kept that the API no longer lists");
        }
        if (counts.withoutId() > 0) {
            parts.add(counts.withoutId() + " kept without an arXiv id");
        }
        if (counts.skipped() > 0) {
            parts.add(counts.skipped() + " from the API left out: no arXiv id");
        }
        parts.addAll(leftOut);
        parts.add(file + (outcome == Outcome.WRITTEN ? " written" : " unchanged"));
        return day + ": " + String.join("; ", parts);
    }
}
