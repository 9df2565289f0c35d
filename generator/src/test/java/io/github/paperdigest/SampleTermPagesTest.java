package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.SampleSite;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The sample's term pages: long ones continue page by page, and each relates its term to others. */
class SampleTermPagesTest {

    private static final String BASE = "/repo/";

    private final BuiltSite site = new BuiltSite(SampleSite.root(), SampleSite.result());

    @Test
    void aLongTopicShowsAllItsPapersOverItsPages() {
        Document first = site.page("topics/reinforcement-learning/");
        int paperCount = Integer.parseInt(first.select(".lede").text().replaceAll(" .*", ""));
        List<String> papers = new ArrayList<>();
        for (Document page = first; ; ) {
            papers.addAll(page.select(".card-title a").eachAttr("href"));
            String next = page.select(".pager").first().select("a[rel=next]").attr("href");
            if (next.isEmpty()) {
                break;
            }
            page = site.page(next.substring(BASE.length()));
        }

        assertThat(paperCount).isGreaterThan(2 * 20);
        assertThat(papers).hasSize(paperCount).doesNotHaveDuplicates();
    }

    @Test
    void topicAndAuthorPagesNameTheirRelatedTermsWithLinksThatResolve() {
        Document topic = site.page("topics/reinforcement-learning/");
        Document author = site.page("authors/xuanjing-huang/");

        assertThat(topic.select("#related-topics").text()).isEqualTo("Related topics");
        assertThat(topic.select("section[aria-labelledby=related-topics] .chip")).hasSize(8);
        assertThat(topic.select("section[aria-labelledby=related-authors] .chip")).hasSize(8);
        assertThat(author.select("#related-authors").text()).isEqualTo("Co-authors");
        assertThat(author.select("section[aria-labelledby=related-authors] .chip").eachText())
                .noneMatch(name -> name.startsWith("Xuanjing Huang"));
        assertThat(author.select("section[aria-labelledby=related-topics] .chip")).isNotEmpty();
        for (String href : topic.select(".relations a").eachAttr("href")) {
            assertThat(site.exists(href.substring(BASE.length()))).as(href).isTrue();
        }
    }
}
