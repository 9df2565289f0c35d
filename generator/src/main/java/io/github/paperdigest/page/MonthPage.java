package io.github.paperdigest.page;

import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Week;
import java.util.List;

/**
 * One page of a month of the archive: the month's top papers by upvotes, and its days and weeks.
 *
 * @param papers this page's share of the month's papers, most upvoted first
 * @param paperCount all of the month's papers, on every page
 * @param weeks every week with papers that overlaps the month
 * @param previous the month before with papers, or null
 * @param next the month after with papers, or null
 */
public record MonthPage(String path, Month month, List<Paper> papers, int paperCount, Pager pager,
        List<DayCount> days, List<Week> weeks, Month previous, Month next) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.MONTH;
    }
}
