package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes a paper record comes in, and where a paper's day comes from. */
class RecordFormatsTest {

    @TempDir
    Path directory;

    @Test
    void readsTheOldSchemaWithTheDayFromTheFileName() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2024-05-27.json", """
                        [{"paper": {"id": "2405.15738",
                            "authors": [{"_id": "a", "name": "Chunjiang Ge", "hidden": false,
                                         "user": {"fullname": "Chunjiang Ge", "user": "ChunjiangGe"}}],
                            "publishedAt": "2024-05-24T17:34:15.000Z",
                            "title": "ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal\\n  Models",
                            "summary": "High-resolution Large Multimodal Models (LMMs) encounter the challenges of\\nexcessive visual tokens.",
                            "upvotes": 32},
                          "publishedAt": "2024-05-27T03:50:58.348Z",
                          "title": "ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models",
                          "numComments": 3}]
                        """)
                .build();

        Document paper = site.page("papers/2405.15738/");
        assertThat(paper.select("h1").text())
                .isEqualTo("ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models");
        assertThat(paper.select(".abstract").text()).isEqualTo(
                "High-resolution Large Multimodal Models (LMMs) encounter the challenges of excessive visual tokens.");
        assertThat(paper.select(".paper-kicker a").attr("href")).isEqualTo("/days/2024-05-27/");
        assertThat(paper.select(".paper-meta").text()).contains("May 24, 2024", "32 upvotes", "3 comments");
    }

    @Test
    void readsASingleEntryWhoseSubmissionDayWinsOverTheFileName() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-05.json", """
                        {"paper": {"id": "2602.00919", "title": "Green-VLA",
                           "authors": [{"name": "I. Apanasevich", "hidden": false}],
                           "summary": "We introduce Green-VLA.", "upvotes": 56,
                           "submittedOnDailyAt": "2026-02-03T03:13:09.153Z",
                           "organization": {"name": "SberRoboticsCenter", "fullname": "Sber Robotics Center"}},
                         "numComments": 1}
                        """)
                .build();

        assertThat(site.page("days/2026-02-03/").select(".card-title").eachText()).containsExactly("Green-VLA");
        assertThat(site.exists("days/2026-02-05/")).isFalse();
        assertThat(site.page("papers/2602.00919/").select(".org").text()).isEqualTo("Sber Robotics Center");
    }

    @Test
    void readsAHandWrittenBarePaperWithItsOwnDay() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/hand/kimi.json", """
                        {"id": "2602.02276", "title": "Kimi K2.5: Visual Agentic Intelligence",
                         "authors": ["Kimi Team", "Tongtong Bai"],
                         "summary": "We introduce Kimi K2.5.", "day": "2026-02-03"}
                        """)
                .build();

        Document paper = site.page("papers/2602.02276/");
        assertThat(paper.select(".author-list a").eachText()).containsExactly("Kimi Team", "Tongtong Bai");
        assertThat(paper.select(".paper-kicker a").attr("href")).isEqualTo("/days/2026-02-03/");
        assertThat(paper.select(".paper-meta").text()).contains("0 upvotes");
        assertThat(site.exists("days/2026-02-03/")).isTrue();
    }

    @Test
    void acceptsAnAbstractFieldAndAVersionedId() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/one.json", """
                        [{"id": "2602.02493v2", "title": "T", "authors": [{"name": "A B"}],
                          "abstract": "Written by hand.", "day": "2026-02-04"}]
                        """)
                .build();

        assertThat(site.page("papers/2602.02493/").select(".abstract").text()).isEqualTo("Written by hand.");
    }

    @Test
    void aNotesDayOverridesTheRecordsDay() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", """
                        [{"paper": {"id": "2602.00001", "title": "Moved", "authors": [{"name": "A B"}],
                          "summary": "S", "submittedOnDailyAt": "2026-02-03T01:00:00Z", "upvotes": 1}}]
                        """)
                .file("notes/moved.md", "---\npaper: 2602.00001\nday: 2026-02-06\n---\nRead it on Friday.\n")
                .build();

        assertThat(site.exists("days/2026-02-03/")).isFalse();
        assertThat(site.page("days/2026-02-06/").select(".card-title").eachText()).containsExactly("Moved");
    }

    @Test
    void readsTheDataListOfAnObjectSavedAroundTheApiAnswer() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", """
                        {"status": "ok", "date": "2026-02-03", "count": 2,
                         "data": [
                           {"paper": {"id": "2602.00001", "title": "First", "authors": [{"name": "Ada Lovelace"}],
                              "upvotes": 5}},
                           {"paper": {"id": "2602.00002", "title": "Second", "authors": [{"name": "Alan Turing"}],
                              "upvotes": 9}}
                         ],
                         "source": "a script that saved the answer"}
                        """)
                .build();

        assertThat(site.page("days/2026-02-03/").select(".card h2, .card h3").eachText())
                .containsExactly("Second", "First");
    }
}
