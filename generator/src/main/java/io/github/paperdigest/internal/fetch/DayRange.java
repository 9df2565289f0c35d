package io.github.paperdigest.internal.fetch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The days a fetch covers, as written on the command line: {@code 2026-02-03}, an inclusive range
 * {@code 2026-02-02..2026-02-06}, {@code yesterday} or {@code today}, either of which can also end a
 * range. Today is the UTC day of the clock, as the API's days are.
 */
public record DayRange(LocalDate first, LocalDate last) {

    /** A year of days at a time: a typo such as 2016 for 2026 should not start ten years of requests. */
    public static final int MAX_DAYS = 366;

    private static final String EXPECTED = "expected YYYY-MM-DD, FIRST..LAST such as 2026-02-02..2026-02-06, "
            + "yesterday or today";

    /**
     * @throws IllegalArgumentException with what is wrong and what was expected, for a usage error
     */
    public static DayRange parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no date given (" + EXPECTED + ")");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String[] ends = text.strip().split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException("`" + text + "` is not a date or a range (" + EXPECTED + ")");
        }
        LocalDate first = day(ends[0], today);
        return checked(first, ends.length == 2 ? day(ends[1], today) : first, today);
    }

    /**
     * The days from {@code first} to {@code last}, both included.
     *
     * @throws IllegalArgumentException when the range is empty, too long, or reaches beyond tomorrow
     */
    public static DayRange of(LocalDate first, LocalDate last, Clock clock) {
        return checked(first, last, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private static DayRange checked(LocalDate first, LocalDate last, LocalDate today) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range " + first + ".." + last + " ends before it starts");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("the range " + first + ".." + last + " spans " + days
                    + " days (at most " + MAX_DAYS + " at a time)");
        }
        // The generator refuses dates more than a day ahead; a file named by one would break the build.
        if (last.isAfter(today.plusDays(1))) {
            throw new IllegalArgumentException(last + " is after tomorrow (today is " + today
                    + " in UTC): the API has no papers for it yet");
        }
        return new DayRange(first, last);
    }

    public List<LocalDate> days() {
        return first.datesUntil(last.plusDays(1)).toList();
    }

    private static LocalDate day(String text, LocalDate today) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (word.equals("today")) {
            return today;
        }
        if (word.equals("yesterday")) {
            return today.minusDays(1);
        }
        try {
            return LocalDate.parse(word);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("`" + text.strip() + "` is not a date (" + EXPECTED + ")", e);
        }
    }
}
