package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same paper in several records becomes one paper: the earliest day, the latest values. */
class MergeRuleTest {

    @TempDir
    Path directory;

    @Test
    void theSamePaperOnTwoDaysIsOnePaperOnTheEarlierDayWithTheLaterCounts() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2024-06-10.json", """
                        [{"paper": {"id": "2406.00001", "title": "Old title", "summary": "S",
                           "authors": [{"name": "A B"}], "upvotes": 5, "githubRepo": "https://github.com/a/b",
                           "githubStars": 10}, "numComments": 1}]
                        """)
                .file("papers/2024-06-11.json", """
                        [{"paper": {"id": "2406.00001", "title": "New title", "summary": "S",
                           "authors": [{"name": "A B"}], "upvotes": 40}, "numComments": 4}]
                        """)
                .build();

        assertThat(site.pagesUnder("papers/")).containsExactly("papers/2406.00001/");
        assertThat(site.page("days/2024-06-10/").select(".card-title").eachText()).containsExactly("New title");
        assertThat(site.exists("days/2024-06-11/")).isFalse();
        Document paper = site.page("papers/2406.00001/");
        assertThat(paper.select(".paper-meta").text()).contains("40 upvotes", "4 comments");
        assertThat(paper.select(".paper-links a[href=https://github.com/a/b]").text())
                .as("a field the newer record lacks is kept").contains("★ 10");
    }

    @Test
    void aHandWrittenRecordAndADayFileMergeByArxivId() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", """
                        [{"paper": {"id": "2602.00001", "title": "T", "summary": "S", "authors": [{"name": "A B"}],
                          "submittedOnDailyAt": "2026-02-03T01:00:00Z", "upvotes": 9}}]
                        """)
                .file("papers/extra/2602.00001.json", """
                        {"id": "2602.00001v3", "title": "T", "summary": "S", "authors": ["A B"], "day": "2026-02-05",
                         "projectPage": "https://example.org/"}
                        """)
                .build();

        assertThat(site.pagesUnder("days/")).containsExactly("days/2026-02-03/by-arxiv-date/", "days/2026-02-03/");
        Document paper = site.page("papers/2602.00001/");
        assertThat(paper.select(".paper-meta").text()).contains("9 upvotes");
        assertThat(paper.select(".paper-links a[href=https://example.org/]")).hasSize(1);
    }
}
