package io.github.paperdigest.page;

import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Week;
import java.util.List;

/**
 * The home page: the latest day, most upvoted first.
 *
 * @param day null when the digest has no papers yet
 * @param previous the day before it, or null
 * @param week the latest day's week, or null
 * @param month the latest day's month, or null
 * @param byArxivDate the path of the latest day's papers newest on arXiv first, or null
 */
public record HomePage(String path, Day day, List<Paper> papers, Day previous, Week week, Month month,
        String byArxivDate, int paperCount, int dayCount) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.HOME;
    }
}
