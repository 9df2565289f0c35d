package io.github.paperdigest.fetch;

import io.github.paperdigest.testing.StubDailyPapersApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A fetcher pointed at a stub API, with a fixed clock and waits that are recorded rather than slept. */
final class Fetching {

    /** Noon on Monday 2026-03-02, UTC: after every day of the test data. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    /** An mtime far in the past, set on a file to see whether a fetch touches it. */
    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    final List<Duration> waits = new ArrayList<>();
    final Path content;
    final StubDailyPapersApi api;

    Fetching(Path content, StubDailyPapersApi api) {
        this.content = content;
        this.api = api;
        try {
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DailyPapersFetcher.Builder fetcher() {
        return DailyPapersFetcher.builder()
                .contentDirectory(content)
                .apiUrl(api.url())
                .clock(CLOCK)
                .sleeper(waits::add);
    }

    FetchReport fetch(String days) {
        return run(fetcher().build(), days);
    }

    static FetchReport run(DailyPapersFetcher fetcher, String days) {
        try {
            return fetcher.fetch(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A day file of the content, committed as {@code json}, with an old mtime. */
    Path commit(String day, String json) {
        try {
            Path file = dayFile(day);
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
            Files.setLastModifiedTime(file, LONG_AGO);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dayFile(String day) {
        return content.resolve("papers/" + day + ".json");
    }
}
