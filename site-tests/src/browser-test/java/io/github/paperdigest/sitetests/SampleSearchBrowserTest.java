package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every paper of the sample digest can be found by a word of its title, by an author's name and by a topic, as its
 * own page shows them. The queries run in the page, through the search box's input event, many in one script.
 */
@ExtendWith(BrowserExtension.class)
class SampleSearchBrowserTest {

    private static final Pattern PAPER_PAGE = Pattern.compile("papers/[^/]+/index\\.html");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Runs each [query, expected link] pair; returns those whose results, every page of them, miss the link. */
    private static final String RUN_QUERIES = """
            var box = document.getElementById('site-search-query');
            var more = document.getElementById('search-more');
            var misses = [];
            arguments[0].forEach(function (pair) {
              box.value = pair[0];
              box.dispatchEvent(new Event('input'));
              while (!more.hidden) {
                more.click();
              }
              var links = Array.from(document.querySelectorAll('#search-results a[data-slot=title]'),
                  function (link) { return link.getAttribute('href'); });
              if (links.indexOf(pair[1]) < 0) {
                misses.push('"' + pair[0] + '" misses ' + pair[1] + ' (' + links.length + ' results)');
              }
            });
            return misses;""";

    @Test
    void everyPaperIsFoundByATitleWordAnAuthorAndATopic(Browser browser) {
        List<List<String>> queries = new ArrayList<>();
        SampleSite site = SampleSite.get();
        for (String file : site.files().stream().filter(PAPER_PAGE.asMatchPredicate()).toList()) {
            Document page = parse(site, file);
            String link = SampleSite.BASE_PATH + file.replace("index.html", "");
            queries.add(List.of(longestWord(page.select("h1").text()), link));
            queries.add(List.of(page.select(".author-list li").first().text(), link));
            page.select("#paper-topics ~ .chips a").stream().findFirst()
                    .ifPresent(topic -> queries.add(List.of(topic.text(), link)));
        }
        assertThat(queries).hasSizeGreaterThan(3 * 300);

        browser.open(site.baseUri().resolve("search/"));
        SearchResults.await(browser);

        assertThat(browser.script(RUN_QUERIES, queries)).asList().isEmpty();
    }

    private static String longestWord(String title) {
        return WORD.matcher(title).results().map(match -> match.group())
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static Document parse(SampleSite site, String file) {
        try {
            return Jsoup.parse(site.root().resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
