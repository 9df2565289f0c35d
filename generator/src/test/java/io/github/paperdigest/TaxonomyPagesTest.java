package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authors, topics and organisations: an index each, and a page per term. */
class TaxonomyPagesTest {

    @TempDir
    Path directory;

    @Test
    void authorsGetStableSlugsAndKeepTheirNamesAsWritten() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(
                        entry("2602.00001", "One", 1, "2026-02-03", "Hinrich Schütze", "Piotr BŁaszczyk"),
                        entry("2602.00002", "Two", 2, "2026-02-03", "Hinrich  Schütze", "张伟")))
                .build();

        Document author = site.page("authors/hinrich-schutze/");
        assertThat(author.select("h1").text()).isEqualTo("Hinrich Schütze");
        assertThat(author.select(".card-title").eachText()).containsExactly("Two", "One");
        assertThat(site.page("authors/piotr-błaszczyk/".replace("ł", "l")).select("h1").text())
                .isEqualTo("Piotr BŁaszczyk");
        assertThat(site.page("authors/张伟/").select("h1").text()).isEqualTo("张伟");
        Document index = site.page("authors/");
        assertThat(index.select(".term-list a").eachText())
                .containsExactly("Hinrich Schütze", "Piotr BŁaszczyk", "张伟");
        assertThat(index.select(".term-list li").first().text()).isEqualTo("Hinrich Schütze 2");
    }

    @Test
    void namesThatMakeTheSameSlugGetDistinctPages() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(
                        entry("2602.00001", "One", 1, "2026-02-03", "Jose Garcia"),
                        entry("2602.00002", "Two", 2, "2026-02-03", "José García")))
                .build();

        assertThat(site.pagesUnder("authors/")).hasSize(3);
        assertThat(site.page("authors/").select(".term-list a").eachText())
                .containsExactlyInAnyOrder("Jose Garcia", "José García");
        assertThat(site.page("authors/jose-garcia/").select("h1").text()).isEqualTo("Jose Garcia");
    }

    @Test
    void topicsAreCaseFoldedIntoOnePageShowingTheCommonestSpelling() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", """
                        [{"paper": {"id": "2602.00001", "title": "A", "summary": "S", "authors": [{"name": "X Y"}],
                          "ai_keywords": ["Reinforcement Learning", "RLHF"]}},
                         {"paper": {"id": "2602.00002", "title": "B", "summary": "S", "authors": [{"name": "X Y"}],
                          "ai_keywords": ["reinforcement learning"]}},
                         {"paper": {"id": "2602.00003", "title": "C", "summary": "S", "authors": [{"name": "X Y"}],
                          "ai_keywords": ["reinforcement learning"]}}]
                        """)
                .build();

        assertThat(site.pagesUnder("topics/")).containsExactly("topics/", "topics/reinforcement-learning/",
                "topics/rlhf/");
        Document topic = site.page("topics/reinforcement-learning/");
        assertThat(topic.select("h1").text()).isEqualTo("reinforcement learning");
        assertThat(topic.select(".card-title").eachText()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(site.page("topics/").select(".chips-large a").eachText())
                .containsExactly("reinforcement learning 3");
    }

    @Test
    void theCommonestSpellingWinsWhenManyPapersAreCountedAtOnce() {
        // Papers are registered on every core: every spelling of every paper must be counted.
        String papers = IntStream.range(0, 801)
                .mapToObj(i -> String.format("""
                        {"paper": {"id": "2602.%05d", "title": "T%d", "summary": "S", "authors": [{"name": "%s"}],
                          "ai_keywords": ["%s"]}}""", i + 1, i, i % 2 == 0 ? "Ada Lovelace" : "ada  lovelace",
                        i % 2 == 0 ? "Graph Neural Networks" : "graph neural networks"))
                .collect(Collectors.joining(",", "[", "]"));
        BuiltSite site = TestSite.in(directory).file("papers/2026-02-03.json", papers).build();

        assertThat(site.page("topics/").select(".chips-large a").eachText())
                .containsExactly("Graph Neural Networks 801");
        assertThat(site.page("authors/").select(".term-list li").eachText()).containsExactly("Ada Lovelace 801");
    }

    @Test
    void organisationsHaveAPageNamedByTheirHandle() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", """
                        [{"paper": {"id": "2602.00001", "title": "A", "summary": "S", "authors": [{"name": "X Y"}],
                          "organization": {"name": "SberRoboticsCenter", "fullname": "Sber Robotics Center"}}}]
                        """)
                .build();

        Document organization = site.page("orgs/sberroboticscenter/");
        assertThat(organization.select("h1").text()).isEqualTo("Sber Robotics Center");
        assertThat(organization.select(".lede a").attr("href")).isEqualTo("https://huggingface.co/SberRoboticsCenter");
        assertThat(site.page("orgs/").select(".term-list a").eachText()).containsExactly("Sber Robotics Center");
    }

    @Test
    void longListsArePaginatedWithFirstPreviousNextAndLastLinks() {
        String entries = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> entry("2602.0000" + i, "Paper " + i, i, "2026-02-03", "Prolific Author"))
                .collect(Collectors.joining(","));
        BuiltSite site = TestSite.in(directory)
                .file("site.yaml", "itemsPerPage: 2\n")
                .file("papers/2026-02-03.json", "[" + entries + "]")
                .build();

        assertThat(site.pagesUnder("authors/prolific-author/")).containsExactly("authors/prolific-author/",
                "authors/prolific-author/page/2/", "authors/prolific-author/page/3/");
        Document first = site.page("authors/prolific-author/");
        Document middle = site.page("authors/prolific-author/page/2/");
        Document last = site.page("authors/prolific-author/page/3/");
        assertThat(first.select(".card-title").eachText()).containsExactly("Paper 5", "Paper 4");
        assertThat(middle.select(".card-title").eachText()).containsExactly("Paper 3", "Paper 2");
        assertThat(last.select(".card-title").eachText()).containsExactly("Paper 1");
        assertThat(first.select(".pager").first().select("a").eachAttr("rel")).containsExactly("next", "last");
        assertThat(middle.select(".pager").first().select("a").eachAttr("href")).containsExactly(
                "/authors/prolific-author/", "/authors/prolific-author/", "/authors/prolific-author/page/3/",
                "/authors/prolific-author/page/3/");
        assertThat(last.select(".pager").first().select("a").eachAttr("rel")).containsExactly("first", "prev");
        assertThat(middle.select("title").text()).startsWith("Prolific Author (page 2)");
        assertThat(site.page("authors/").select(".term-list li").text()).isEqualTo("Prolific Author 5");
    }
}
