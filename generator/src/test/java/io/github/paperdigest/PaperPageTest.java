package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperPageTest {

    @TempDir
    Path directory;

    private static final String GREEN_VLA = """
            [{"paper": {"id": "2602.00919",
               "authors": [{"name": "I. Apanasevich", "hidden": false},
                           {"name": "Secret Person", "hidden": true},
                           {"name": "M. Artemyev", "hidden": false}],
               "publishedAt": "2026-01-31T22:13:23.000Z", "submittedOnDailyAt": "2026-02-03T03:13:09.153Z",
               "title": "Green-VLA: Staged Vision-Language-Action Model\\n  for Generalist Robots",
               "summary": "We introduce Green-VLA, a staged\\nVision-Language-Action (VLA) framework <b>bold</b>.",
               "upvotes": 56, "projectPage": "https://greenvla.github.io",
               "githubRepo": "https://github.com/greenvla/GreenVLA", "githubStars": 3,
               "ai_summary": "Green-VLA is a five-stage framework.",
               "ai_keywords": ["Vision-Language-Action", "multimodal grounding"],
               "organization": {"name": "SberRoboticsCenter", "fullname": "Sber Robotics Center"}},
              "numComments": 2}]
            """;

    @Test
    void showsTheWholePaper() {
        BuiltSite site = TestSite.in(directory).file("papers/2026-02-03.json", GREEN_VLA).build();
        Document page = site.page("papers/2602.00919/");

        assertThat(page.select("h1").text())
                .isEqualTo("Green-VLA: Staged Vision-Language-Action Model for Generalist Robots");
        assertThat(page.select(".abstract").text()).isEqualTo(
                "We introduce Green-VLA, a staged Vision-Language-Action (VLA) framework <b>bold</b>.");
        assertThat(page.select(".abstract b")).as("markup in an abstract is text").isEmpty();
        assertThat(page.select(".paper-meta").text()).contains("Sber Robotics Center", "January 31, 2026",
                "56 upvotes", "2 comments");
        assertThat(page.select("#paper-ai-summary + p").text()).startsWith("Green-VLA is a five-stage framework.");
        assertThat(page.select("#paper-topics ~ .chips a").eachAttr("href"))
                .containsExactly("/topics/vision-language-action/", "/topics/multimodal-grounding/");
    }

    @Test
    void linksToArxivHuggingFaceGithubAndTheProjectPage() {
        BuiltSite site = TestSite.in(directory).file("papers/2026-02-03.json", GREEN_VLA).build();
        Document page = site.page("papers/2602.00919/");

        assertThat(page.select(".paper-links a").eachAttr("href")).containsExactly(
                "https://arxiv.org/abs/2602.00919", "https://arxiv.org/pdf/2602.00919",
                "https://huggingface.co/papers/2602.00919", "https://github.com/greenvla/GreenVLA",
                "https://greenvla.github.io");
        assertThat(page.select(".paper-links").text()).contains("★ 3");
    }

    @Test
    void linksEveryVisibleAuthorAndHidesHiddenOnes() {
        BuiltSite site = TestSite.in(directory).file("papers/2026-02-03.json", GREEN_VLA).build();
        Document page = site.page("papers/2602.00919/");

        assertThat(page.select(".author-list a").eachText()).containsExactly("I. Apanasevich", "M. Artemyev");
        assertThat(page.select(".author-list a").eachAttr("href"))
                .containsExactly("/authors/i-apanasevich/", "/authors/m-artemyev/");
        assertThat(site.exists("authors/secret-person/")).isFalse();
        assertThat(site.text("papers/2602.00919/index.html")).doesNotContain("Secret Person");
    }

    @Test
    void aPaperWithHundredsOfAuthorsShowsThirtyAndTheRestOnDemand() {
        String authors = IntStream.rangeClosed(1, 300)
                .mapToObj(i -> "{\"name\": \"Author Number" + i + "\"}")
                .collect(Collectors.joining(","));
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", "[{\"paper\": {\"id\": \"2602.02276\", \"title\": \"Kimi\", "
                        + "\"summary\": \"S\", \"authors\": [" + authors + "]}}]")
                .build();
        Document page = site.page("papers/2602.02276/");

        assertThat(page.select(".paper-authors > .author-list li")).hasSize(30);
        assertThat(page.select(".more-authors summary").text()).isEqualTo("Show all 300 authors");
        assertThat(page.select(".author-list li")).hasSize(300);
        assertThat(site.page("days/2026-02-03/").select(".card-authors").text()).contains("300 authors");
    }

    @Test
    void linksThatAreNotWebAddressesAreDropped() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/x.json", """
                        {"id": "2602.00001", "title": "T", "authors": ["A B"], "summary": "S", "day": "2026-02-03",
                         "projectPage": "javascript:alert(1)", "githubRepo": "data:text/html,x"}
                        """)
                .build();

        assertThat(site.page("papers/2602.00001/").select(".paper-links a").eachText())
                .containsExactly("arXiv", "PDF", "Hugging Face");
    }
}
