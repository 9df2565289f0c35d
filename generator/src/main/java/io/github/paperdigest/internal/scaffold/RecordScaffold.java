package io.github.paperdigest.internal.scaffold;

import io.github.paperdigest.scaffold.ScaffoldException;
import io.github.paperdigest.scaffold.ScaffoldResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes a hand-written record's skeleton, a draft, for a paper that has no record yet. */
public final class RecordScaffold {

    private RecordScaffold() {
    }

    /**
     * @param digest the digest as loaded, to check that the paper has no record; null when no id is given
     * @param paperId the paper's arXiv id, or null to leave it for the editor
     */
    public static ScaffoldResult write(Path contentDirectory, DigestLookup digest, String paperId, String title,
            LocalDate day) throws ScaffoldException, IOException {
        if (paperId != null) {
            List<String> records = digest.recordPlaces(paperId);
            if (!records.isEmpty() || digest.hasRejectedRecord(paperId)) {
                throw new ScaffoldException("paper " + paperId + " already has a record"
                        + (records.isEmpty() ? " in papers/, with errors" : ", " + String.join(", ", records))
                        + " (edit that record rather than write a second one)");
            }
        }
        Path file = NewFile.write(contentDirectory, SkeletonNames.record(day, title),
                RecordSkeleton.json(paperId, title, day));
        return new ScaffoldResult(file, "It is a draft, left out of the site: fill in its "
                + (paperId == null ? "\"id\" (the arXiv id, such as 2602.02493), " : "")
                + "\"authors\" and \"summary\" (the abstract), then remove \"draft\": true to publish it.");
    }
}
