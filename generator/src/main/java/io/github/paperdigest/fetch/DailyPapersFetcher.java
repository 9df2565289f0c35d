package io.github.paperdigest.fetch;

import io.github.paperdigest.internal.fetch.DailyPapersClient;
import io.github.paperdigest.internal.fetch.DayRange;
import io.github.paperdigest.internal.fetch.DayUpdate;
import io.github.paperdigest.internal.fetch.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Downloads the Hugging Face daily papers of some days into the digest's {@code papers/YYYY-MM-DD.json}
 * files, merging each day into its committed file: no paper is ever lost, the API's latest values
 * win, and a file is rewritten only when its bytes change. Configured once by its builder and
 * immutable afterwards.
 *
 * <pre>{@code
 * FetchReport report = DailyPapersFetcher.builder()
 *         .contentDirectory(Path.of("content"))
 *         .build()
 *         .fetch("2026-02-02..2026-02-06");
 * report.days().forEach(day -> System.out.println(day.line()));
 * }</pre>
 */
public final class DailyPapersFetcher {

    /** Hugging Face's API; the daily list is at {@code /daily_papers}. */
    public static final String DEFAULT_API_URL = "https://huggingface.co/api";

    private final Path contentDirectory;
    private final String apiUrl;
    private final Clock clock;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    private DailyPapersFetcher(Builder builder) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.apiUrl = builder.apiUrl;
        this.clock = builder.clock;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.retryPolicy = builder.retryPolicy;
        this.sleeper = builder.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fetches the days {@code days} names: {@code 2026-02-03}, an inclusive range {@code 2026-02-02..2026-02-06},
     * {@code yesterday} or {@code today} (UTC days of the clock).
     *
     * @throws IllegalArgumentException when {@code days} names no valid days
     * @throws IOException when the content directory does not exist; a day's own failure is in its report instead
     */
    public FetchReport fetch(String days) throws IOException, InterruptedException {
        DayRange range = DayRange.parse(days, clock);
        return fetch(range.first(), range.last());
    }

    /**
     * Fetches every day from {@code first} to {@code last}, both included, one after the other.
     *
     * @throws IllegalArgumentException when {@code last} is before {@code first}, more than a year after it, or
     *     after tomorrow
     * @throws IOException when the content directory does not exist; a day's own failure is in its report instead
     * @throws InterruptedException when the thread is interrupted; the day being fetched is left as it was
     */
    public FetchReport fetch(LocalDate first, LocalDate last) throws IOException, InterruptedException {
        DayRange range = DayRange.of(first, last, clock);
        if (!Files.isDirectory(contentDirectory)) {
            throw new NoSuchFileException(contentDirectory.toString(), null, "the content directory does not exist");
        }
        DayUpdate update = new DayUpdate(contentDirectory, new DailyPapersClient(apiUrl, connectTimeout,
                requestTimeout, retryPolicy, sleeper, clock), LocalDate.now(clock));
        List<DayReport> reports = new ArrayList<>();
        for (LocalDate day : range.days()) {
            reports.add(update.update(day));
        }
        return new FetchReport(reports);
    }

    /** Collects a fetcher's settings; {@link #build()} checks them. */
    public static final class Builder {

        private Path contentDirectory;
        private String apiUrl = DEFAULT_API_URL;
        private Clock clock = Clock.systemUTC();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.REAL;

        private Builder() {
        }

        /** The digest, whose {@code papers/} folder receives the day files. */
        public Builder contentDirectory(Path directory) {
            this.contentDirectory = directory;
            return this;
        }

        /**
         * The API's base URL, {@value DEFAULT_API_URL} by default; the days are read from
         * {@code <apiUrl>/daily_papers?date=YYYY-MM-DD}. A final slash makes no difference.
         */
        public Builder apiUrl(String url) {
            this.apiUrl = checkedUrl(url);
            return this;
        }

        /** The clock that says which UTC day is today, for {@code today} and {@code yesterday}, and for Retry-After. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long connecting to the API may take; 10 s by default. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long one request may take, from sending it to the last byte of the answer; 30 s by default. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /** When and how patiently failed requests are tried again; {@link RetryPolicy#DEFAULT} by default. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        /** How the fetcher waits between retries: tests record the waits instead of sleeping. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public DailyPapersFetcher build() {
            Objects.requireNonNull(contentDirectory, "contentDirectory");
            return new DailyPapersFetcher(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + duration);
            }
            return duration;
        }

        private static String checkedUrl(String url) {
            Objects.requireNonNull(url, "apiUrl");
            try {
                URI uri = new URI(url.strip());
                boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
                if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    throw new IllegalArgumentException("apiUrl must be an http(s) address without a query, such as "
                            + DEFAULT_API_URL + ", not " + url);
                }
                return url.strip();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("apiUrl is not a URL: " + url + " (" + e.getReason() + ")", e);
            }
        }
    }
}
