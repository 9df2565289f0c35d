package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.catalog.Index;
import io.github.paperdigest.internal.catalog.PaperOrder;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Week;
import io.github.paperdigest.page.ArchivePage;
import io.github.paperdigest.page.ArchivePage.MonthListing;
import io.github.paperdigest.page.DayCount;
import io.github.paperdigest.page.DayOrder;
import io.github.paperdigest.page.DayPage;
import io.github.paperdigest.page.HomePage;
import io.github.paperdigest.page.MonthPage;
import io.github.paperdigest.page.Page;
import io.github.paperdigest.page.WeekPage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The pages of the digest's calendar: the home page, each day in both its orders, each ISO week and
 * each month with its top papers, and the archive. Weeks and months without papers have no page, so
 * previous and next skip over them.
 */
final class CalendarPlanner {

    private final Index<Day> days;
    private final int perPage;
    private final NavigableMap<LocalDate, List<Day>> weeks = new TreeMap<>();
    private final NavigableMap<YearMonth, List<Day>> months = new TreeMap<>();

    CalendarPlanner(Index<Day> days, int perPage) {
        this.days = days;
        this.perPage = perPage;
        for (Day day : days.keys()) {
            weeks.computeIfAbsent(monday(day.date()), monday -> new ArrayList<>()).add(day);
            months.computeIfAbsent(YearMonth.from(day.date()), month -> new ArrayList<>()).add(day);
        }
    }

    List<Page> plan(int paperCount) {
        List<Page> pages = new ArrayList<>();
        pages.add(home(paperCount));
        List<Day> all = days.keys();
        for (int i = 0; i < all.size(); i++) {
            Day previous = i > 0 ? all.get(i - 1) : null;
            Day next = i + 1 < all.size() ? all.get(i + 1) : null;
            pages.add(dayPage(all.get(i), DayOrder.UPVOTES, previous, next));
            pages.add(dayPage(all.get(i), DayOrder.ARXIV_DATE, previous, next));
        }
        weeks.forEach((monday, daysOfWeek) -> pages.addAll(weekPages(monday, daysOfWeek)));
        months.forEach((month, daysOfMonth) -> pages.addAll(monthPages(month, daysOfMonth)));
        pages.add(archive());
        return pages;
    }

    private HomePage home(int paperCount) {
        List<Day> all = days.keys();
        if (all.isEmpty()) {
            return new HomePage(UrlScheme.HOME, null, List.of(), null, null, null, null, 0, 0);
        }
        Day latest = all.get(all.size() - 1);
        return new HomePage(UrlScheme.HOME, latest, days.papersOf(latest), all.size() > 1 ? all.get(all.size() - 2) : null,
                week(monday(latest.date())), month(YearMonth.from(latest.date())),
                UrlScheme.dayByArxivDate(latest.date()), paperCount, all.size());
    }

    private DayPage dayPage(Day day, DayOrder order, Day previous, Day next) {
        List<Paper> papers = days.papersOf(day);
        String path = day.path();
        if (order == DayOrder.ARXIV_DATE) {
            papers = papers.stream().sorted(PaperOrder.BY_ARXIV_DATE).toList();
            path = UrlScheme.dayByArxivDate(day.date());
        }
        return new DayPage(path, day, papers, order, previous, next, week(monday(day.date())),
                month(YearMonth.from(day.date())), day.path(), UrlScheme.dayByArxivDate(day.date()));
    }

    private List<WeekPage> weekPages(LocalDate monday, List<Day> daysOfWeek) {
        Week week = week(monday);
        LocalDate previous = weeks.lowerKey(monday);
        LocalDate next = weeks.higherKey(monday);
        List<Paper> papers = topPapers(daysOfWeek);
        Month month = month(YearMonth.from(daysOfWeek.get(0).date()));
        return Pagination.paginate(week.path(), papers, perPage, (path, share, pager) -> new WeekPage(path, week, share,
                papers.size(), pager, dayCounts(daysOfWeek), month, previous == null ? null : week(previous),
                next == null ? null : week(next)));
    }

    private List<MonthPage> monthPages(YearMonth month, List<Day> daysOfMonth) {
        YearMonth previous = months.lowerKey(month);
        YearMonth next = months.higherKey(month);
        List<Paper> papers = topPapers(daysOfMonth);
        List<Week> weeksOfMonth = daysOfMonth.stream().map(day -> monday(day.date())).distinct().map(CalendarPlanner::week)
                .toList();
        return Pagination.paginate(UrlScheme.month(month), papers, perPage, (path, share, pager) -> new MonthPage(path,
                month(month), share, papers.size(), pager, dayCounts(daysOfMonth), weeksOfMonth,
                previous == null ? null : month(previous), next == null ? null : month(next)));
    }

    private ArchivePage archive() {
        List<MonthListing> listings = new ArrayList<>();
        months.descendingMap().forEach((month, daysOfMonth) -> listings.add(new MonthListing(month(month),
                daysOfMonth.size(), daysOfMonth.stream().mapToInt(day -> days.papersOf(day).size()).sum())));
        return new ArchivePage(UrlScheme.ARCHIVE, listings);
    }

    private List<Paper> topPapers(List<Day> someDays) {
        return someDays.stream().flatMap(day -> days.papersOf(day).stream()).sorted(PaperOrder.BY_UPVOTES).toList();
    }

    private List<DayCount> dayCounts(List<Day> someDays) {
        return someDays.stream().map(day -> new DayCount(day, days.papersOf(day).size())).toList();
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Week week(LocalDate monday) {
        return new Week(UrlScheme.weekLabel(monday), monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), monday, monday.plusDays(6), UrlScheme.week(monday));
    }

    static Month month(YearMonth month) {
        return new Month(month, UrlScheme.month(month));
    }
}
