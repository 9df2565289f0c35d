package io.github.paperdigest.internal.catalog;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.load.PaperRecord;
import io.github.paperdigest.internal.load.PaperRecord.AuthorName;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The merge rule for one paper found in several records (the same paper on two days, or in a day
 * file and a hand-written file): the paper keeps the earliest day, the day it entered the digest;
 * every other field takes its value from the latest record that has one, latest by day, then by
 * file path, then by position in the file. So counts such as upvotes show the newest snapshot, and a
 * field a newer record lacks is kept from an older one. When two records disagree on what describes
 * the paper (its title, abstract, authors, arXiv date, organisation or links), a warning says which
 * value is used.
 */
final class RecordMerger {

    static final Comparator<PaperRecord> OLDEST_FIRST = Comparator.comparing(PaperRecord::day)
            .thenComparing(PaperRecord::file)
            .thenComparingInt(PaperRecord::line);

    private final Problems problems;

    RecordMerger(Problems problems) {
        this.problems = problems;
    }

    /** @param records one paper's records, oldest first */
    PaperRecord merge(List<PaperRecord> records) {
        PaperRecord merged = records.get(0);
        for (PaperRecord newer : records.subList(1, records.size())) {
            warnIfDifferent(newer, merged, "title", PaperRecord::title);
            warnIfDifferent(newer, merged, "summary", PaperRecord::summary);
            warnIfDifferent(newer, merged, "authors", record -> record.authors().isEmpty() ? null
                    : String.join(", ", record.authors().stream().map(AuthorName::name).toList()));
            warnIfDifferent(newer, merged, "publishedAt", PaperRecord::publishedOn);
            warnIfDifferent(newer, merged, "organization", record -> record.organization() == null ? null
                    : Objects.requireNonNullElse(record.organization().fullName(), record.organization().handle()));
            warnIfDifferent(newer, merged, "githubRepo", PaperRecord::githubRepo);
            warnIfDifferent(newer, merged, "projectPage", PaperRecord::projectPage);
            merged = new PaperRecord(newer.file(), newer.line(), newer.column(), merged.id(),
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

    /**
     * Warns at the newer record when it changes a describing field; spacing and case differences, as
     * arXiv's hard line breaks make, do not count.
     */
    private void warnIfDifferent(PaperRecord newer, PaperRecord older, String field,
            Function<PaperRecord, Object> value) {
        Object newValue = value.apply(newer);
        Object oldValue = value.apply(older);
        if (newValue == null || oldValue == null
                || Text.key(newValue.toString()).equals(Text.key(oldValue.toString()))) {
            return;
        }
        problems.warning(newer.file(), newer.line(), newer.column(), "paper " + newer.id() + " has another `"
                + field + "` in " + older.file() + ":" + older.line() + " (" + shorten(oldValue) + "); this record's "
                + shorten(newValue) + " is used, as the latest record's value wins");
    }

    private static String shorten(Object value) {
        String text = Text.fold(value.toString());
        return "\"" + (text.length() > 60 ? text.substring(0, 59) + "…" : text) + "\"";
    }

    private static <T> T latest(T newer, T older) {
        return newer != null ? newer : older;
    }
}
