package io.github.paperdigest.fetch;

import java.util.List;

/**
 * What a fetch did, day by day, in the order of the days.
 *
 * @param days one report per day asked for
 */
public record FetchReport(List<DayReport> days) {

    public FetchReport {
        days = List.copyOf(days);
    }

    /** Whether any day failed, for whatever reason. */
    public boolean failed() {
        return days.stream().anyMatch(DayReport::failed);
    }

    /** Whether a day failed on the network or on local I/O: a later run may well succeed. */
    public boolean hasIoFailures() {
        return days.stream().anyMatch(day -> day.outcome() == DayReport.Outcome.IO_FAILURE);
    }

    /** Whether a committed file could not be merged into: someone has to fix it. */
    public boolean hasContentFailures() {
        return days.stream().anyMatch(day -> day.outcome() == DayReport.Outcome.CONTENT_FAILURE);
    }

    /** One line closing a report, such as {@code 5 days: 3 written, 1 unchanged, 1 without papers}. */
    public String summary() {
        StringBuilder text = new StringBuilder().append(days.size()).append(days.size() == 1 ? " day: " : " days: ");
        text.append(count(DayReport.Outcome.WRITTEN)).append(" written, ")
                .append(count(DayReport.Outcome.UNCHANGED)).append(" unchanged, ")
                .append(count(DayReport.Outcome.NO_PAPERS)).append(" without papers");
        long failed = days.stream().filter(DayReport::failed).count();
        if (failed > 0) {
            text.append(", ").append(failed).append(" failed");
        }
        return text.toString();
    }

    private long count(DayReport.Outcome outcome) {
        return days.stream().filter(day -> day.outcome() == outcome).count();
    }
}
