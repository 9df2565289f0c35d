package io.github.paperdigest.internal.load;

import java.time.LocalDate;

/**
 * What loading needs besides the content.
 *
 * @param baseUrlOverride the build's base URL, which wins over {@code site.yaml}'s; may be null
 * @param today the build's date in UTC: days later than the next one are errors
 * @param maxFileBytes the largest file the generator parses
 */
public record LoadOptions(String baseUrlOverride, LocalDate today, long maxFileBytes) {
}
