package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.internal.load.RecordFileChecks;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Reads an entry as the next build will, so that nothing the API sends (an empty author list, a
 * date in the future) is committed into a day file that would then fail the nightly build.
 */
final class EntryCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final LocalDate today;

    /** @param file the day file the entry goes into, whose name gives the entry its day */
    EntryCheck(String file, LocalDate today) {
        this.file = file;
        this.today = today;
    }

    /** The loader's first error for this entry, or null when it reads it without one. */
    String problem(JsonNode entry) {
        try {
            return RecordFileChecks.firstError(file, JSON.writeValueAsBytes(JSON.createArrayNode().add(entry)), today);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
