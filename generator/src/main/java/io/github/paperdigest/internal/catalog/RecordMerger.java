package io.github.paperdigest.internal.catalog;

import io.github.paperdigest.internal.load.PaperRecord;
import java.util.Comparator;
import java.util.List;

/**
 * The merge rule for one paper found in several records (the same paper on two days, or in a day
 * file and a hand-written file): the paper keeps the earliest day, the day it entered the digest;
 * every other field takes its value from the latest record that has one, latest by day, then by
 * file path, then by position in the file. So counts such as upvotes show the newest snapshot, and a
 * field a newer record lacks is kept from an older one.
 */
final class RecordMerger {

    static final Comparator<PaperRecord> OLDEST_FIRST = Comparator.comparing(PaperRecord::day)
            .thenComparing(PaperRecord::file)
            .thenComparingInt(PaperRecord::line);

    private RecordMerger() {
    }

    /** @param records one paper's records, oldest first */
    static PaperRecord merge(List<PaperRecord> records) {
        PaperRecord merged = records.get(0);
        for (PaperRecord newer : records.subList(1, records.size())) {
            merged = new PaperRecord(newer.file(), newer.line(), merged.id(),
                    latest(newer.title(), merged.title()),
                    latest(newer.summary(), merged.summary()),
                    newer.authors().isEmpty() ? merged.authors() : newer.authors(),
                    merged.day(),
                    latest(newer.publishedOn(), merged.publishedOn()),
                    latest(newer.upvotes(), merged.upvotes()),
                    latest(newer.comments(), merged.comments()),
                    latest(newer.organization(), merged.organization()),
                    newer.keywords().isEmpty() ? merged.keywords() : newer.keywords(),
                    latest(newer.githubRepo(), merged.githubRepo()),
                    latest(newer.githubStars(), merged.githubStars()),
                    latest(newer.projectPage(), merged.projectPage()),
                    latest(newer.aiSummary(), merged.aiSummary()));
        }
        return merged;
    }

    private static <T> T latest(T newer, T older) {
        return newer != null ? newer : older;
    }
}
