package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.SampleSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The sample's weeks, months and their later pages link up without gaps: walking previous and next
 * reaches every week and month, and walking a period's pages shows each of its papers once.
 */
class SampleCalendarTest {

    private static final String BASE = "/repo/";

    private final BuiltSite site = new BuiltSite(SampleSite.root(), SampleSite.result());

    /** A link's site path, without the base path. */
    private static String path(String href) {
        assertThat(href).startsWith(BASE);
        return href.substring(BASE.length());
    }

    /** The first pages of a folder's periods, such as every {@code weeks/2026-W06/}. */
    private List<String> periods(String folder) {
        return site.pagesUnder(folder).stream()
                .filter(path -> !path.contains("/page/") && path.chars().filter(c -> c == '/').count() > 1)
                .toList();
    }

    /** From the first period, following rel=next to the last. */
    private List<String> walk(String first, String navigation) {
        List<String> visited = new ArrayList<>();
        for (String path = first; path != null; ) {
            visited.add(path);
            String next = site.page(path).select("nav[aria-label=" + navigation + "] a[rel=next]").attr("href");
            path = next.isEmpty() ? null : path(next);
        }
        return visited;
    }

    /** Every paper a period lists over all of its pages, checking the pager's count on the way. */
    private List<String> papersOverAllPages(String period) {
        List<String> papers = new ArrayList<>();
        Document page = site.page(period);
        int count = page.select(".pager").isEmpty() ? 1
                : Integer.parseInt(page.select(".pager-position").first().text().replaceAll(".* of ", ""));
        for (int number = 1; ; number++) {
            papers.addAll(page.select(".card-title a").eachAttr("href").stream().map(SampleCalendarTest::path).toList());
            String next = page.select(".pager").isEmpty() ? "" : page.select(".pager").first().select("a[rel=next]").attr("href");
            if (next.isEmpty()) {
                assertThat(number).as("pages of %s", period).isEqualTo(count);
                return papers;
            }
            page = site.page(path(next));
        }
    }

    @Test
    void previousAndNextWalkThroughEveryWeekAndEveryMonth() {
        List<String> weeks = periods("weeks/");
        List<String> months = periods("archive/");

        assertThat(weeks).hasSizeGreaterThanOrEqualTo(2);
        assertThat(walk(weeks.get(0), "Weeks")).containsExactlyElementsOf(weeks);
        assertThat(months).isNotEmpty();
        assertThat(walk(months.get(0), "Months")).containsExactlyElementsOf(months);
    }

    @Test
    void theWeeksTogetherListEveryPaperOnceAndSoDoTheMonths() {
        Set<String> allPapers = new HashSet<>(site.pagesUnder("papers/"));

        for (String folder : List.of("weeks/", "archive/")) {
            List<String> listed = periods(folder).stream().flatMap(period -> papersOverAllPages(period).stream())
                    .toList();
            assertThat(new LinkedHashSet<>(listed)).as(folder).hasSize(listed.size());
            assertThat(new HashSet<>(listed)).as(folder).isEqualTo(allPapers);
        }
    }

    @Test
    void everyDayLinksToItsWeekAndItsMonthAndTheHomePageToTheLatest() {
        Set<String> weeks = new HashSet<>(periods("weeks/"));
        Set<String> months = new HashSet<>(periods("archive/"));
        for (String day : periods("days/").stream().filter(path -> !path.contains("by-arxiv-date")).toList()) {
            List<String> up = site.page(day).select(".neighbours-up a").eachAttr("href").stream()
                    .map(SampleCalendarTest::path).toList();
            assertThat(up).as(day).hasSize(4);
            assertThat(weeks).as(day).contains(up.get(0));
            assertThat(months).as(day).contains(up.get(1));
        }
        List<String> home = site.page("").select(".period-links a").eachAttr("href");
        assertThat(path(home.get(0))).isEqualTo(periods("weeks/").get(periods("weeks/").size() - 1));
        assertThat(path(home.get(1))).isEqualTo(periods("archive/").get(periods("archive/").size() - 1));
    }
}
