package io.github.paperdigest.page;

import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Week;
import java.util.List;

/**
 * One page of an ISO week: its top papers by upvotes, and its days.
 *
 * @param papers this page's share of the week's papers, most upvoted first
 * @param paperCount all of the week's papers, on every page
 * @param month the month of the week's first day with papers
 * @param previous the week before with papers, or null
 * @param next the week after with papers, or null
 */
public record WeekPage(String path, Week week, List<Paper> papers, int paperCount, Pager pager, List<DayCount> days,
        Month month, Week previous, Week next) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.WEEK;
    }
}
