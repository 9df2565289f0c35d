package io.github.paperdigest.internal.load;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates as content writes them: a day ({@code 2026-02-03}) or a UTC time
 * ({@code 2026-02-03T03:13:09.153Z}). A date that does not exist, or that lies more than one day
 * after the build's date (a day's grace for time zones), is a problem.
 */
public final class Dates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** @param date the date, or null when {@code problem} says why there is none */
    public record Checked(LocalDate date, String problem) {
    }

    private Dates() {
    }

    /** Reads a day or a time; {@code problem} completes a sentence such as "`day` "x" …". */
    static Checked parse(String text, LocalDate today) {
        String trimmed = text.strip();
        try {
            LocalDate date = DAY.matcher(trimmed).matches() ? LocalDate.parse(trimmed)
                    : LocalDate.ofInstant(Instant.parse(trimmed), ZoneOffset.UTC);
            return check(date, today);
        } catch (DateTimeParseException e) {
            if (!looksLikeADate(trimmed)) {
                return new Checked(null, "is not a date (expected YYYY-MM-DD, or an ISO-8601 UTC time such as "
                        + "2026-02-03T09:30:00Z)");
            }
            try {
                LocalDate.parse(trimmed.substring(0, 10));
                return new Checked(null, "is not a time (expected an ISO-8601 UTC time such as 2026-02-03T09:30:00Z)");
            } catch (DateTimeParseException dayError) {
                return new Checked(null, "is not a calendar date (" + reason(dayError) + ")");
            }
        } catch (DateTimeException e) {
            return new Checked(null, "is not a date the calendar has (" + e.getMessage() + ")");
        }
    }

    /** Reads a day, as a file name, a note's {@code day} or {@code papers:new} gives it. */
    public static Checked parseDay(String text, LocalDate today) {
        if (!DAY.matcher(text.strip()).matches()) {
            return new Checked(null, "is not a date (expected YYYY-MM-DD)");
        }
        return parse(text, today);
    }

    private static Checked check(LocalDate date, LocalDate today) {
        if (date.isAfter(today.plusDays(1))) {
            return new Checked(null, "is in the future (the build's date is " + today
                    + " in UTC, and one day ahead is allowed for time zones)");
        }
        return new Checked(date, null);
    }

    private static boolean looksLikeADate(String text) {
        return text.length() >= 10 && DAY.matcher(text.substring(0, 10)).matches();
    }

    /** Java's reason, such as "Invalid date 'FEBRUARY 30'", without the repeated input. */
    private static String reason(DateTimeParseException e) {
        String message = e.getMessage();
        String marker = "could not be parsed: ";
        int start = message.indexOf(marker);
        return start < 0 ? message : message.substring(start + marker.length());
    }
}
