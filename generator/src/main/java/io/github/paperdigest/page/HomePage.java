package io.github.paperdigest.page;

import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import java.util.List;

/**
 * The home page: the latest day.
 *
 * @param day null when the digest has no papers yet
 * @param previous the day before it, or null
 * @param month the latest day's month, or null
 */
public record HomePage(String path, Day day, List<Paper> papers, Day previous, Month month, int paperCount,
        int dayCount) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.HOME;
    }
}
