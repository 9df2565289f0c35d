package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weeks and months with their top papers, page by page, and the day's papers in arXiv order. */
class CalendarPagesTest {

    @TempDir
    static Path directory;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = TestSite.in(directory)
                .baseUrl("https://example.org/")
                .file("site.yaml", "itemsPerPage: 2\n")
                // Monday 2025-12-29 is in ISO week 1 of 2026, as is Friday 2026-01-02.
                .file("papers/2025-12-29.json", day(entry("2512.00001", "Old year", 4, "2025-12-29", "A")))
                .file("papers/2026-01-02.json", day(entry("2601.00001", "New year", 9, "2026-01-02", "A")))
                .file("papers/2026-02-03.json", day(
                        entry("2602.00001", "Tuesday low", 1, "2026-02-03", "2026-02-02", List.of("T"), "A"),
                        entry("2602.00002", "Tuesday high", 30, "2026-02-03", "2026-01-20", List.of("T"), "A"),
                        entry("2602.00003", "Tuesday unknown date", 5, "2026-02-03", "2026-01-25", List.of("T"),
                                "A")))
                .file("papers/2026-02-05.json", day(entry("2602.00010", "Thursday", 20, "2026-02-05", "A")))
                .file("papers/2026-02-16.json", day(entry("2602.00020", "Two weeks on", 7, "2026-02-16", "A")))
                .file("papers/2026-03-02.json", day(entry("2603.00001", "March", 2, "2026-03-02", "A")))
                .build();
    }

    @Test
    void aWeekListsItsTopPapersPageByPage() {
        Document first = site.page("weeks/2026-W06/");
        Document second = site.page("weeks/2026-W06/page/2/");

        assertThat(first.select("h1").text()).isEqualTo("Week 6, 2026");
        assertThat(first.select(".lede").text()).startsWith("Feb 2 – 8, 2026: 4 papers over 2 days");
        assertThat(first.select(".card-title").eachText()).containsExactly("Tuesday high", "Thursday");
        assertThat(second.select(".card-title").eachText()).containsExactly("Tuesday unknown date", "Tuesday low");
        assertThat(second.select("title").text()).startsWith("Week 6, 2026 (page 2)");
        assertThat(first.select(".day-counts a").eachAttr("href")).containsExactly("/days/2026-02-03/",
                "/days/2026-02-05/");
        assertThat(site.exists("weeks/2026-W06/page/3/")).isFalse();
    }

    @Test
    void weeksWithoutPapersAreSkippedByPreviousAndNext() {
        assertThat(site.pagesUnder("weeks/")).filteredOn(path -> !path.contains("/page/")).containsExactly(
                "weeks/2026-W01/", "weeks/2026-W06/", "weeks/2026-W08/", "weeks/2026-W10/");
        Document week = site.page("weeks/2026-W08/");

        assertThat(week.select(".neighbours a[rel=prev]").attr("href")).isEqualTo("/weeks/2026-W06/");
        assertThat(week.select(".neighbours a[rel=next]").attr("href")).isEqualTo("/weeks/2026-W10/");
        assertThat(site.page("weeks/2026-W01/").select(".neighbours a[rel=prev]")).isEmpty();
        assertThat(site.page("weeks/2026-W10/").select(".neighbours a[rel=next]")).isEmpty();
    }

    @Test
    void theFirstIsoWeekOfAYearMayStartInDecember() {
        Document week = site.page("weeks/2026-W01/");

        assertThat(week.select(".lede").text()).startsWith("Dec 29, 2025 – Jan 4, 2026: 2 papers");
        assertThat(week.select(".card-title").eachText()).containsExactly("New year", "Old year");
        assertThat(site.page("days/2025-12-29/").select(".neighbours a[href=/weeks/2026-W01/]").first().text())
                .isEqualTo("Week 1, 2026");
    }

    @Test
    void aMonthListsItsTopPapersItsWeeksAndItsDays() {
        Document february = site.page("archive/2026/02/");
        Document secondPage = site.page("archive/2026/02/page/2/");
        Document thirdPage = site.page("archive/2026/02/page/3/");

        assertThat(february.select(".card-title").eachText()).containsExactly("Tuesday high", "Thursday");
        assertThat(secondPage.select(".card-title").eachText()).containsExactly("Two weeks on",
                "Tuesday unknown date");
        assertThat(thirdPage.select(".card-title").eachText()).containsExactly("Tuesday low");
        assertThat(february.select(".week-list a").eachAttr("href")).containsExactly("/weeks/2026-W06/",
                "/weeks/2026-W08/");
        assertThat(february.select(".day-counts li").eachText()).containsExactly("Tue, Feb 3 3", "Thu, Feb 5 1",
                "Mon, Feb 16 1");
        assertThat(february.select(".neighbours a[rel=prev]").attr("href")).isEqualTo("/archive/2026/01/");
        assertThat(february.select(".neighbours a[rel=next]").attr("href")).isEqualTo("/archive/2026/03/");
        assertThat(thirdPage.select(".pager").first().select("a").eachAttr("rel")).containsExactly("first", "prev");
    }

    @Test
    void aListOfExactlyOnePageHasNoPager() {
        Document january = site.page("archive/2026/01/");

        assertThat(january.select(".card-title").eachText()).containsExactly("New year");
        assertThat(site.page("weeks/2026-W01/").select(".pager")).isEmpty();
        assertThat(site.exists("weeks/2026-W01/page/2/")).isFalse();
    }

    @Test
    void theHomePageLinksToThisWeekAndThisMonth() {
        Document home = site.page("");

        assertThat(home.select(".period-links a").eachAttr("href")).containsExactly("/weeks/2026-W10/",
                "/archive/2026/03/", "/archive/");
    }

    @Test
    void aDayAlsoListsItsPapersByArxivDateUnderTheDaysCanonicalAddress() {
        Document byUpvotes = site.page("days/2026-02-03/");
        Document byDate = site.page("days/2026-02-03/by-arxiv-date/");

        assertThat(byUpvotes.select(".card-title").eachText()).containsExactly("Tuesday high",
                "Tuesday unknown date", "Tuesday low");
        assertThat(byDate.select(".card-title").eachText()).containsExactly("Tuesday low", "Tuesday unknown date",
                "Tuesday high");
        assertThat(byDate.select(".orders a[aria-current=page]").text()).isEqualTo("arXiv date");
        assertThat(byUpvotes.select(".orders a[aria-current=page]").text()).isEqualTo("upvotes");
        assertThat(byDate.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/days/2026-02-03/");
        assertThat(site.text("sitemap.xml")).contains("https://example.org/days/2026-02-03/")
                .doesNotContain("by-arxiv-date");
    }
}
