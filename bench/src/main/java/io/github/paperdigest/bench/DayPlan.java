package io.github.paperdigest.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The corpus's days and how many papers each holds. Days are weekdays, as on Hugging Face's daily papers,
 * and end on the parameters' last day, so that a larger corpus reaches further back rather than into the
 * future, which the generator rejects. A day holds 60% to 140% of the mean; the newest takes what is left.
 */
record DayPlan(List<LocalDate> days, int[] counts) {

    static DayPlan of(CorpusParameters parameters) {
        SplittableRandom random = new SplittableRandom(Seeds.stream(parameters.seed(), Seeds.DAYS));
        int mean = parameters.papersPerDay();
        int low = Math.max(1, (int) Math.round(mean * 0.6));
        int high = Math.max(low, (int) Math.round(mean * 1.4));
        List<Integer> counts = new ArrayList<>();
        for (int total = 0; total < parameters.papers(); ) {
            int count = Math.min(low + random.nextInt(high - low + 1), parameters.papers() - total);
            counts.add(count);
            total += count;
        }
        List<LocalDate> days = new ArrayList<>(counts.size());
        LocalDate day = parameters.lastDay();
        for (int i = 0; i < counts.size(); i++) {
            days.add(day);
            day = previousWeekday(day);
        }
        Collections.reverse(days);
        if (days.get(0).isBefore(CorpusParameters.FIRST_POSSIBLE_DAY)) {
            throw new IllegalArgumentException(parameters.papers() + " papers at " + mean + " a day need "
                    + days.size() + " weekdays, which would begin on " + days.get(0) + ", before arXiv's ids of "
                    + "the form YYMM.NNNNN (April 2007): raise the papers per day or move the last day later");
        }
        return new DayPlan(List.copyOf(days), counts.stream().mapToInt(Integer::intValue).toArray());
    }

    static LocalDate previousWeekday(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (previous.getDayOfWeek() == DayOfWeek.SATURDAY || previous.getDayOfWeek() == DayOfWeek.SUNDAY) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
