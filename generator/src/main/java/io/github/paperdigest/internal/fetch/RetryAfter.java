package io.github.paperdigest.internal.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header (RFC 9110, 10.2.3): a number of seconds, or an HTTP-date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the header asks for, from {@code now}; empty when there is no header or it makes no sense. */
    static Optional<Duration> parse(Optional<String> header, Instant now) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Sixteen digits are already 300 million years: anything longer is capped by the policy anyway.
            return Optional.of(value.length() > 15 ? Duration.ofSeconds(Long.MAX_VALUE / 2)
                    : Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, date);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
