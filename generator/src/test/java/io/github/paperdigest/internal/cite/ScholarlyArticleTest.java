package io.github.paperdigest.internal.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON-LD means what the paper says, and nothing in it can end its {@code <script>} element. */
class ScholarlyArticleTest {

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "<!-- a comment", "a & b > c",
        "line\u2028and\u2029paragraph separators", "\"quotes\" and \\backslashes\\", "Schütze 東京"})
    void hostileTextStaysInsideJsonStrings(String text) throws Exception {
        Paper paper = new Paper("2602.00001", "papers/2602.00001/", text, text,
                new Day(LocalDate.of(2026, 2, 3), "days/2026-02-03/"), null, List.of(new Author(text, "a", "a/")),
                null, List.of(new Topic(text, "t", "t/")), 0, 0, null, null, null, null, null);

        String json = ScholarlyArticle.jsonLd(paper, null);

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        JsonNode article = JsonMapper.builder().build().readTree(json);
        assertThat(article.path("name").asText()).isEqualTo(text);
        assertThat(article.path("abstract").asText()).isEqualTo(text);
        assertThat(article.path("author").get(0).path("name").asText()).isEqualTo(text);
        assertThat(article.path("keywords").get(0).asText()).isEqualTo(text);
        assertThat(article.path("datePublished").asText()).as("the digest's day, without an arXiv date")
                .isEqualTo("2026-02-03");
        assertThat(article.has("url")).as("no absolute base URL").isFalse();
    }
}
