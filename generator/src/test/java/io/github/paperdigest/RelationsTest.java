package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Term pages relate their term to the topics and authors its papers share. */
class RelationsTest {

    @TempDir
    static Path directory;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = TestSite.in(directory)
                .file("site.yaml", "itemsPerPage: 1\n")
                .file("papers/2026-02-03.json", day(
                        entry("2602.00001", "One", 1, "2026-02-03", "2026-02-01", List.of("Agents", "Planning"),
                                "Ada Lovelace", "Alan Turing"),
                        entry("2602.00002", "Two", 2, "2026-02-03", "2026-02-01", List.of("Agents", "Memory"),
                                "Ada Lovelace", "Grace Hopper"),
                        entry("2602.00003", "Three", 3, "2026-02-03", "2026-02-01", List.of("Agents"),
                                "Ada Lovelace", "Alan Turing"),
                        entry("2602.00004", "Many topics", 4, "2026-02-03", "2026-02-01",
                                IntStream.rangeClosed(1, 12).mapToObj(i -> "Topic " + (char) ('a' + i)).toList(),
                                "Solo Author")))
                .build();
    }

    private static List<String> chips(Document page, String id) {
        return page.select("section[aria-labelledby=" + id + "] .chip").eachText();
    }

    @Test
    void anAuthorPageShowsCoAuthorsAndTheAuthorsTopicsMostSharedFirst() {
        Document ada = site.page("authors/ada-lovelace/");

        assertThat(ada.select("#related-authors").text()).isEqualTo("Co-authors");
        assertThat(chips(ada, "related-authors")).containsExactly("Alan Turing 2", "Grace Hopper");
        assertThat(ada.select("#related-topics").text()).isEqualTo("Topics");
        assertThat(chips(ada, "related-topics")).containsExactly("Agents 3", "Memory", "Planning");
        assertThat(chips(ada, "related-authors")).doesNotContain("Ada Lovelace");
    }

    @Test
    void aTopicPageShowsRelatedTopicsAndItsMostFrequentAuthors() {
        Document agents = site.page("topics/agents/");

        assertThat(agents.select("#related-topics").text()).isEqualTo("Related topics");
        assertThat(chips(agents, "related-topics")).containsExactly("Memory", "Planning");
        assertThat(agents.select("#related-authors").text()).isEqualTo("Frequent authors");
        assertThat(chips(agents, "related-authors")).containsExactly("Ada Lovelace 3", "Alan Turing 2",
                "Grace Hopper");
    }

    @Test
    void relationsAreTheSameOnEveryPageOfATermAndCapped() {
        Document first = site.page("topics/agents/");
        Document last = site.page("topics/agents/page/3/");

        assertThat(last.select(".relations").outerHtml()).isEqualTo(first.select(".relations").outerHtml());
        assertThat(chips(site.page("authors/solo-author/"), "related-topics")).hasSize(8);
    }

    @Test
    void aTermSharingNothingShowsNoRelations() {
        Document solo = site.page("authors/solo-author/");

        assertThat(solo.select("#related-authors")).isEmpty();
    }
}
