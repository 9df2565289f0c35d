package io.github.paperdigest.internal.serve;

import java.util.List;

/**
 * What a preview shows: the last site that built, and the problems of the latest build if it failed.
 *
 * @param site the last good build; null until one succeeds
 * @param problems the latest build's problems, one line each; empty when it succeeded
 */
public record PreviewState(SiteSnapshot site, List<String> problems) {

    public PreviewState {
        problems = List.copyOf(problems);
    }

    /** The build a page served now comes from: empty before any succeeded. */
    public String build() {
        return site == null ? "" : site.build();
    }
}
