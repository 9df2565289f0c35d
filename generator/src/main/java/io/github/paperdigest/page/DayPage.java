package io.github.paperdigest.page;

import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Week;
import java.util.List;

/**
 * One day of the digest, in one of its orders. The page in {@link DayOrder#UPVOTES} order is the
 * day's own ({@code day.path}); the other orders point search engines to it as canonical.
 *
 * @param papers in {@code order}
 * @param previous the day before, or null on the first day
 * @param next the day after, or null on the latest day
 * @param byUpvotes the path of the day's papers most upvoted first
 * @param byArxivDate the path of the day's papers newest on arXiv first
 */
public record DayPage(String path, Day day, List<Paper> papers, DayOrder order, Day previous, Day next, Week week,
        Month month, String byUpvotes, String byArxivDate) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.DAY;
    }
}
