package io.github.paperdigest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request to the API is retried after a 408, a 429, a 5xx, an I/O
 * error, a timeout or a body cut short. Waits double from {@code initialBackoff} up to
 * {@code maxBackoff}; a {@code Retry-After} from the server replaces the backoff, up to
 * {@code maxRetryAfter}, so that a server asking for an hour cannot stall a CI job for an hour.
 *
 * @param maxAttempts requests per page at most, the first included; 1 means no retry
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait the doubling reaches
 * @param maxRetryAfter the longest wait a {@code Retry-After} header can ask for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** Five attempts, waiting 1, 2, 4 and 8 s between them; a Retry-After up to 60 s is honoured. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60));

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("a retry wait cannot be negative");
        }
    }

    /** The wait before retry number {@code retry} (1 for the first) when the server did not say. */
    public Duration backoff(int retry) {
        Duration wait = initialBackoff;
        for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The wait a server's {@code Retry-After} asks for, within reason. */
    public Duration retryAfter(Duration asked) {
        return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
    }
}
