package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.paperdigest.Problem;
import io.github.paperdigest.internal.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The loader's checks and messages for a record file, for code outside the loader that reads one
 * (the fetcher, before it merges into a day file): a file it refuses is then described in the
 * words {@code validate} would use.
 */
public final class RecordFileChecks {

    private RecordFileChecks() {
    }

    /**
     * The file's bytes once they pass the checks every record file must (not over {@code maxBytes},
     * not empty, UTF-8), or null with the failed check reported to {@code problems}.
     */
    public static byte[] read(Path file, String name, long maxBytes, Problems problems) throws IOException {
        return new CheckedFileReader(problems, maxBytes).read(file, name);
    }

    /**
     * The first error the loader finds in a record file's bytes, or null when it reads them without
     * one: for an entry about to be written into a day file, which must not break the next build.
     */
    public static String firstError(String name, byte[] json, LocalDate today) {
        Problems problems = new Problems();
        new PaperRecordReader(problems, today).read(name, json);
        return problems.all().stream().filter(Problem::isError).map(Problem::message).findFirst().orElse(null);
    }

    /** Reports a JSON syntax or limit problem of {@code json}, located, in an editor's words. */
    public static void reportJson(Problems problems, String name, byte[] json, JsonProcessingException exception) {
        JsonProblems.report(problems, name, json, exception);
    }
}
