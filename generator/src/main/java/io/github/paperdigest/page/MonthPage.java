package io.github.paperdigest.page;

import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import java.util.List;

/**
 * A month of the archive: its days, each with its papers.
 *
 * @param previous the month before with papers, or null
 * @param next the month after with papers, or null
 */
public record MonthPage(String path, Month month, List<DayListing> days, int paperCount, Month previous,
        Month next) implements Page {

    /** @param papers most upvoted first */
    public record DayListing(Day day, List<Paper> papers) {
    }

    @Override
    public PageKind kind() {
        return PageKind.MONTH;
    }
}
