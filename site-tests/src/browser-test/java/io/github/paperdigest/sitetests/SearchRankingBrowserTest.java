package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.ContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * How results are ranked, on a digest made for it: by how well a paper matches (exact words before unfinished ones
 * before typos; a title or an author before a topic), then by upvotes. And a title is shown as text, whatever it
 * holds, and an index the page cannot read is reported on the page.
 */
@ExtendWith(BrowserExtension.class)
class SearchRankingBrowserTest {

    private static final String INJECTED = "<img src=x onerror=alert(1)> Sparse Attention, Escaped";

    /** Resolves with the status line's text once it no longer says that the index is loading. */
    private static final String AWAIT_STATUS_CHANGE = """
            var done = arguments[arguments.length - 1];
            (function poll() {
              var text = document.getElementById('search-status').textContent;
              if (text.indexOf('Loading') === 0) {
                setTimeout(poll, 20);
              } else {
                done(text);
              }
            })();""";

    @TempDir
    static Path directory;
    private static PagesServer server;

    @BeforeAll
    static void buildADigestToRank() throws IOException, ContentException {
        Path content = directory.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/2026-02-03.json"), day(
                paper("2602.00001", "Sparse Attention for Graphs", 5, "Graphs"),
                paper("2602.00002", "Sparse Attention at Scale", 50, "Scaling"),
                paper("2602.00003", "Dense Models", 500, "sparse attention"),
                paper("2602.00004", "Sparsely Activated Attention", 1000, "Activation"),
                paper("2602.00005", "Spares Attention", 2000, "Typos"),
                paper("2602.00006", INJECTED, 1, "Security"),
                paper("2602.00007", "Unrelated Work", 9000, "Attention")));
        server = ServedDigest.buildAndServe(content, directory.resolve("site"));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void exactTitleWordsFirstThenUnfinishedThenTyposAndTopics_UpvotesBreakTies(Browser browser) {
        browser.open(server.uri("/repo/search/?q=sparse+attention"));

        List<String> titles = SearchResults.await(browser).titles();

        assertThat(titles).containsExactly(
                "Sparse Attention at Scale", // both words exact in the title, 50 upvotes
                "Sparse Attention for Graphs", // the same match, 5 upvotes
                INJECTED, // the same match, 1 upvote
                "Sparsely Activated Attention", // "sparse" only begins a word of the title
                "Spares Attention", // "sparse" with two letters swapped, 2,000 upvotes
                "Dense Models"); // both words in a topic, 500 upvotes
    }

    @Test
    void aTitleIsShownAsTextNeverAsMarkup(Browser browser) {
        browser.open(server.uri("/repo/search/?q=escaped"));

        SearchResults results = SearchResults.await(browser);

        assertThat(results.titles()).containsExactly(INJECTED);
        assertThat(browser.driver().findElements(By.cssSelector("#search-results img"))).isEmpty();
        PageChecks.assertNoConsoleErrors(browser, "the search page of a title with markup");
    }

    @Test
    void anIndexThePageCannotReadIsReportedOnThePage(Browser browser) throws IOException {
        Path manifest = directory.resolve("site/search/index.json");
        String readable = Files.readString(manifest);
        Files.writeString(manifest, readable.replace("\"format\":1", "\"format\":2"));
        try {
            browser.open(server.uri("/repo/search/?q=sparse"));

            assertThat(browser.asyncScript(AWAIT_STATUS_CHANGE)).asString()
                    .startsWith("The search index could not be loaded (the index has format 2, this page reads 1)");
            assertThat(browser.driver().findElements(By.cssSelector("#search-results li"))).isEmpty();
        } finally {
            Files.writeString(manifest, readable);
        }
    }

    private static String paper(String id, String title, int upvotes, String topic) {
        return """
                {"paper": {"id": "%s", "title": "%s", "summary": "An abstract.", "authors": [{"name": "Ann Author"}],
                  "publishedAt": "2026-01-30T10:00:00.000Z", "submittedOnDailyAt": "2026-02-03T08:00:00.000Z",
                  "upvotes": %d, "ai_keywords": ["%s"]},
                 "title": "%s", "numComments": 0}"""
                .formatted(id, title, upvotes, topic, title);
    }

    private static String day(String... papers) {
        return List.of(papers).stream().collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }
}
