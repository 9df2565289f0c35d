package io.github.paperdigest.sitetests;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page as a reader sees it: the search box in the header, the status line and the result cards. */
final class SearchResults {

    /** Resolves once the page's script has built its index (or said that it could not). */
    private static final String AWAIT_INDEX = """
            var done = arguments[arguments.length - 1];
            (function poll() {
              var status = document.getElementById('search-status');
              if (performance.getEntriesByName('paper-digest:index').length) {
                done(true);
              } else if (status && status.textContent.indexOf('could not be loaded') >= 0) {
                done(false);
              } else {
                setTimeout(poll, 20);
              }
            })();""";

    private final Browser browser;

    private SearchResults(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the search page to be open in the browser, its index loaded, and the URL's query answered. */
    static SearchResults await(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().contains("/search/"));
        if (!Boolean.TRUE.equals(browser.asyncScript(AWAIT_INDEX))) {
            throw new AssertionError("the search index did not load: " + new SearchResults(browser).status());
        }
        return new SearchResults(browser);
    }

    /** Types into the search box, as a reader does, and lets the page answer. */
    SearchResults type(String text) {
        box().sendKeys(text);
        return this;
    }

    /** Replaces the query at once, without the key strokes, and lets the page answer. */
    SearchResults query(String query) {
        browser.script("var box = arguments[0]; box.value = arguments[1]; box.dispatchEvent(new Event('input'));",
                box(), query);
        return this;
    }

    WebElement box() {
        return browser.driver().findElement(By.id("site-search-query"));
    }

    String status() {
        return browser.driver().findElement(By.id("search-status")).getText();
    }

    /** The links of the cards shown, in order, such as {@code /repo/papers/2405.15757/}. */
    List<String> paths() {
        return links().stream().map(link -> link.getDomAttribute("href")).toList();
    }

    List<String> titles() {
        return links().stream().map(WebElement::getText).toList();
    }

    List<WebElement> links() {
        return browser.driver().findElements(By.cssSelector("#search-results a[data-slot=title]"));
    }

    WebElement moreButton() {
        return browser.driver().findElement(By.id("search-more"));
    }
}
