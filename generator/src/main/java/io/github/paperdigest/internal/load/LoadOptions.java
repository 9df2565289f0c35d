package io.github.paperdigest.internal.load;

import java.time.LocalDate;

/**
 * What loading needs besides the content.
 *
 * @param baseUrlOverride the build's base URL, which wins over {@code site.yaml}'s; may be null
 * @param today the build's date in UTC: days later than the next one are errors
 * @param maxFileBytes the largest file the generator parses
 * @param previewOrigin for a local preview, the scheme, host and port it is served at (such as
 *     {@code http://127.0.0.1:8080}), which replace those of the base URL while its path is kept;
 *     null for a real build
 */
public record LoadOptions(String baseUrlOverride, LocalDate today, long maxFileBytes, String previewOrigin) {

    public LoadOptions(String baseUrlOverride, LocalDate today, long maxFileBytes) {
        this(baseUrlOverride, today, maxFileBytes, null);
    }
}
