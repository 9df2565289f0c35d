package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.fetch.DayReport;
import io.github.paperdigest.fetch.DayReport.Counts;
import io.github.paperdigest.fetch.DayReport.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Brings one day file up to date with the API: read the committed file, list the day, merge, write
 * if anything changed. Every failure becomes the day's report, so that the next day is still tried.
 */
public final class DayUpdate {

    private final Path contentDirectory;
    private final DailyPapersClient client;
    private final LocalDate today;

    /** @param today the UTC day, against which the loader checks the entries' dates */
    public DayUpdate(Path contentDirectory, DailyPapersClient client, LocalDate today) {
        this.contentDirectory = contentDirectory;
        this.client = client;
        this.today = today;
    }

    /** The day file's path relative to the content directory, as reports name it. */
    static String fileName(LocalDate day) {
        return "papers/" + day + ".json";
    }

    public DayReport update(LocalDate day) throws InterruptedException {
        String name = fileName(day);
        Path file = contentDirectory.resolve(name);
        CommittedDayFile committed;
        try {
            // Read first: a file that cannot be merged into is not worth a request.
            committed = CommittedDayFile.read(file, name);
        } catch (UnmergeableFileException e) {
            return new DayReport(day, Outcome.CONTENT_FAILURE, name, Counts.NONE, e.getMessage());
        } catch (IOException e) {
            return new DayReport(day, Outcome.IO_FAILURE, name, Counts.NONE, "cannot read " + name + ": " + e);
        }
        List<JsonNode> fetched;
        try {
            fetched = client.entries(day);
        } catch (IOException e) {
            return new DayReport(day, Outcome.IO_FAILURE, name, Counts.NONE, e.getMessage());
        }
        MergedDay merged = MergedDay.merge(committed == null ? List.of() : committed.entries(), fetched,
                new EntryCheck(name, today));
        if (committed == null && merged.entries().isEmpty()) {
            return new DayReport(day, Outcome.NO_PAPERS, name, merged.counts(), null, merged.leftOut());
        }
        try {
            boolean written = AtomicFile.writeIfChanged(file, committed == null ? null : committed.bytes(),
                    CanonicalJson.write(merged.entries()));
            return new DayReport(day, written ? Outcome.WRITTEN : Outcome.UNCHANGED, name, merged.counts(), null,
                    merged.leftOut());
        } catch (IOException e) {
            return new DayReport(day, Outcome.IO_FAILURE, name, merged.counts(), "cannot write " + name + ": " + e);
        }
    }
}
