package io.github.paperdigest.model;

import java.time.YearMonth;

/** A month of the archive. */
public record Month(YearMonth month, String path) {
}
