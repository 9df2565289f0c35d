package io.github.paperdigest.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Unique arXiv ids, YYMM.NNNNN by the paper's arXiv date: within a month, numbers rise by random steps, as
 * the few papers a digest picks are scattered among arXiv's twenty thousand a month. The step shrinks when
 * many papers a day would otherwise run past 99999 in a month.
 */
final class ArxivIds {

    private final Map<YearMonth, Integer> lastNumbers = new HashMap<>(); // looked up only, never iterated
    private final int maxStep;

    ArxivIds(int papersPerDay) {
        // A month has at most 23 weekdays of at most 140% of the mean: keep their steps' sum under 60,000.
        this.maxStep = Math.max(1, Math.min(40, 60_000 / (papersPerDay * 2 * 23)));
    }

    String next(LocalDate published, SplittableRandom random) {
        YearMonth month = YearMonth.from(published);
        int number = lastNumbers.getOrDefault(month, 0) + 1 + random.nextInt(maxStep);
        if (number > 99_999) {
            throw new IllegalStateException("more papers in " + month + " than arXiv ids: lower the papers per day");
        }
        lastNumbers.put(month, number);
        return String.format(Locale.ROOT, "%02d%02d.%05d", published.getYear() % 100, published.getMonthValue(),
                number);
    }
}
