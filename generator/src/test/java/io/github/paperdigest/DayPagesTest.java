package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.LinkChecker;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DayPagesTest {

    @TempDir
    static Path directory;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(
                        entry("2602.00001", "Low", 3, "2026-02-03", "Ada Lovelace"),
                        entry("2602.00002", "High", 50, "2026-02-03", "Alan Turing", "Grace Hopper", "Edsger Dijkstra",
                                "Barbara Liskov", "Donald Knuth"),
                        entry("2602.00003", "Middle", 20, "2026-02-03", "Ada Lovelace")))
                .file("papers/2026-02-04.json", day(entry("2602.00010", "Next day", 1, "2026-02-04", "Alan Turing")))
                .file("papers/2026-03-02.json", day(entry("2603.00001", "March paper", 7, "2026-03-02", "Ada Lovelace")))
                .build();
    }

    @Test
    void aDayListsItsPapersMostUpvotedFirst() {
        Document page = site.page("days/2026-02-03/");

        assertThat(page.select(".card-title").eachText()).containsExactly("High", "Middle", "Low");
        assertThat(page.select(".card .votes-count").eachText()).containsExactly("50", "20", "3");
        assertThat(page.select(".card-title a").first().attr("href")).isEqualTo("/papers/2602.00002/");
    }

    @Test
    void aCardNamesTheFirstAuthorsAndCountsTheRest() {
        Element card = site.page("days/2026-02-03/").select(".card").first();

        assertThat(card.select(".card-authors a").eachText()).containsExactly("Alan Turing", "Grace Hopper",
                "Edsger Dijkstra");
        assertThat(card.select(".card-authors").text()).contains("5 authors");
        assertThat(card.select(".chip").eachText()).containsExactly("Test Topic");
        assertThat(card.select(".card-abstract").text()).isEqualTo("An abstract of 2602.00002.");
    }

    @Test
    void daysLinkToTheirNeighboursAndTheirMonth() {
        Document first = site.page("days/2026-02-03/");
        Document second = site.page("days/2026-02-04/");

        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/days/2026-02-04/");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/days/2026-02-03/");
        assertThat(second.select("a[rel=next]").attr("href")).isEqualTo("/days/2026-03-02/");
        assertThat(first.select(".neighbours a[href=/archive/2026/02/]")).isNotEmpty();
    }

    @Test
    void theHomePageShowsTheLatestDay() {
        Document home = site.page("");

        assertThat(home.select("h1").text()).contains("March 2, 2026");
        assertThat(home.select(".card-title").eachText()).containsExactly("March paper");
        assertThat(home.select("a[rel=prev]").attr("href")).isEqualTo("/days/2026-02-04/");
        assertThat(home.select("title").text()).isEqualTo("Paper Digest");
    }

    @Test
    void monthsListTheirDaysAndTopPapersAndTheArchiveListsTheMonths() {
        Document february = site.page("archive/2026/02/");
        Document archive = site.page("archive/");

        assertThat(february.select(".day-counts a").eachAttr("href"))
                .containsExactly("/days/2026-02-03/", "/days/2026-02-04/");
        assertThat(february.select(".card-title").eachText()).containsExactly("High", "Middle", "Low", "Next day");
        assertThat(february.select("a[rel=next]").attr("href")).isEqualTo("/archive/2026/03/");
        assertThat(archive.select(".month-list a").eachText()).containsExactly("March 2026", "February 2026");
    }

    @Test
    void everyInternalLinkResolves() {
        LinkChecker.Report links = new LinkChecker(site.root(), "/").check();

        assertThat(links.broken()).isEmpty();
        assertThat(links.internalLinks()).isGreaterThan(100);
    }
}
