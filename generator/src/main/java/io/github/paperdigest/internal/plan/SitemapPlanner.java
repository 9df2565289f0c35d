package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.catalog.Catalog;
import io.github.paperdigest.internal.catalog.Index;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.page.DayCount;
import io.github.paperdigest.page.DayOrder;
import io.github.paperdigest.page.DayPage;
import io.github.paperdigest.page.FreePage;
import io.github.paperdigest.page.HomePage;
import io.github.paperdigest.page.MonthPage;
import io.github.paperdigest.page.NotFoundPage;
import io.github.paperdigest.page.Page;
import io.github.paperdigest.page.PaperPage;
import io.github.paperdigest.page.SearchPage;
import io.github.paperdigest.page.TermPage;
import io.github.paperdigest.page.WeekPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sitemap: every page but {@code 404.html}, the search page and the days in arXiv order, each dated
 * by the newest day it shows. Dates come from the content, never from the build's time, so that a page
 * that did not change keeps its date.
 */
final class SitemapPlanner {

    private final Catalog catalog;
    private final LocalDate latestDay;
    /**
     * A term's newest day, found once: all of a term's pages share it, and looking through a big topic's papers
     * for each of its pages made the sitemap grow with the square of the digest (minutes at a million papers).
     */
    private final Map<Term, LocalDate> newestOfTerm = new HashMap<>();

    SitemapPlanner(Catalog catalog) {
        this.catalog = catalog;
        List<Day> days = catalog.days().keys();
        this.latestDay = days.isEmpty() ? null : days.get(days.size() - 1).date();
    }

    List<SitemapUrl> sitemap(List<Page> pages) {
        List<SitemapUrl> urls = new ArrayList<>(pages.size());
        for (Page page : pages) {
            if (!(page instanceof NotFoundPage) && !(page instanceof SearchPage) && !isAnotherOrder(page)) {
                urls.add(new SitemapUrl(page.path(), lastModified(page)));
            }
        }
        return urls;
    }

    /** A day's papers in another order are the same page to a search engine; the day's own page stands for them. */
    private static boolean isAnotherOrder(Page page) {
        return page instanceof DayPage day && day.order() != DayOrder.UPVOTES;
    }

    private LocalDate lastModified(Page page) {
        if (page instanceof PaperPage paper) {
            return paper.paper().day().date();
        } else if (page instanceof DayPage day) {
            return day.day().date();
        } else if (page instanceof HomePage home) {
            return home.day() == null ? null : home.day().date();
        } else if (page instanceof WeekPage week) {
            return lastDay(week.days());
        } else if (page instanceof MonthPage month) {
            return lastDay(month.days());
        } else if (page instanceof TermPage term) {
            // Every page of a term changes when it gains a paper, since the papers shift from page to page.
            return newestOfTerm.computeIfAbsent(term.term(), key -> newest(indexOf(term).papers().get(key)));
        } else if (page instanceof FreePage) {
            return null;
        }
        // The archive and the indexes of authors, topics and organisations change with the newest day.
        return latestDay;
    }

    private Index<?> indexOf(TermPage page) {
        return switch (page.taxonomy()) {
            case AUTHORS -> catalog.authors();
            case TOPICS -> catalog.topics();
            case ORGANIZATIONS -> catalog.organizations();
        };
    }

    private static LocalDate lastDay(List<DayCount> days) {
        return days.get(days.size() - 1).day().date();
    }

    private static LocalDate newest(List<Paper> papers) {
        return papers.stream().map(paper -> paper.day().date()).max(LocalDate::compareTo).orElse(null);
    }
}
