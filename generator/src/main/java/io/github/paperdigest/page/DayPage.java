package io.github.paperdigest.page;

import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import java.util.List;

/**
 * One day of the digest.
 *
 * @param papers most upvoted first
 * @param previous the day before, or null on the first day
 * @param next the day after, or null on the latest day
 */
public record DayPage(String path, Day day, List<Paper> papers, Day previous, Day next, Month month)
        implements Page {

    @Override
    public PageKind kind() {
        return PageKind.DAY;
    }
}
