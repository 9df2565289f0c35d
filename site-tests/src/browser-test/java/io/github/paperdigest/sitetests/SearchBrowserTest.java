package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Searching the sample digest as a reader does: from any page's header, from a link, and on to a paper. */
@ExtendWith(BrowserExtension.class)
class SearchBrowserTest {

    /** "Looking Backward: Streaming Video-to-Video Translation with Feature Banks", by Feng Liang and others. */
    private static final String STREAMING = SampleSite.BASE_PATH + "papers/2405.15757/";
    /** "PixelGen: Pixel Diffusion Beats Latent Diffusion with Perceptual Loss", on "perceptual supervision". */
    private static final String PIXELGEN = SampleSite.BASE_PATH + "papers/2602.02493/";

    @Test
    void aQueryTypedInAnyPagesHeaderLeadsToItsResults(Browser browser) {
        browser.open(site("topics/"));
        browser.driver().findElement(By.id("site-search-query")).sendKeys("feature banks", Keys.ENTER);

        SearchResults results = SearchResults.await(browser);
        assertThat(browser.currentUri().getPath()).isEqualTo(SampleSite.BASE_PATH + "search/");
        assertThat(query(browser.currentUri())).isEqualTo("feature banks");
        assertThat(results.paths()).containsExactly(STREAMING);
        assertThat(results.status()).isEqualTo("1 paper matches “feature banks”.");
        PageChecks.assertNoConsoleErrors(browser, "the search page");
    }

    @Test
    void resultsFollowTheQueryAsItIsTypedAndTheUrlKeepsIt(Browser browser) {
        browser.open(site("search/"));
        SearchResults results = SearchResults.await(browser);
        assertThat(results.status()).startsWith("Type a word of a title");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(results.box());

        results.type("perceptual supervi");

        assertThat(results.paths()).contains(PIXELGEN);
        assertThat(query(browser.currentUri())).isEqualTo("perceptual supervi");
        assertThat(browser.driver().getTitle()).startsWith("perceptual supervi · Search · ");
    }

    @Test
    void aLinkedSearchShowsItsResults(Browser browser) {
        browser.open(site("search/?q=Marculescu"));

        SearchResults results = SearchResults.await(browser);
        assertThat(results.box().getDomProperty("value")).isEqualTo("Marculescu");
        assertThat(results.paths()).contains(STREAMING);
        assertThat(results.status()).matches("\\d+ papers? match(es)? “Marculescu”\\.");
    }

    @Test
    void aResultLeadsToItsPaper(Browser browser) {
        browser.open(site("search/?q=pixelgen"));
        SearchResults results = SearchResults.await(browser);
        String title = results.titles().get(0);

        results.links().get(0).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith(PIXELGEN));
        assertThat(browser.driver().findElement(By.cssSelector("h1")).getText()).isEqualTo(title);
    }

    @Test
    void anUnfinishedWordOrOneTypoStillFindsThePaper(Browser browser) {
        browser.open(site("search/"));
        SearchResults results = SearchResults.await(browser);

        assertThat(results.query("streaming vid").paths()).as("unfinished").contains(STREAMING);
        assertThat(results.query("feture banks").paths()).as("a letter missing").containsExactly(STREAMING);
        assertThat(results.query("featrue banks").paths()).as("two letters swapped").containsExactly(STREAMING);
        assertThat(results.query("feature bancs").paths()).as("a wrong letter").containsExactly(STREAMING);
        assertThat(results.query("Marcullescu").paths()).as("a letter too many").contains(STREAMING);
        assertThat(results.query("Márculescu").paths()).as("an accent").contains(STREAMING);
        assertThat(results.query("feature banks xylophone").paths()).as("every word must match").isEmpty();
        assertThat(results.status()).isEqualTo(
                "No paper matches “feature banks xylophone”. Check the spelling, or try fewer words.");
    }

    @Test
    void longResultListsGrowOnRequestAndTheKeyboardFollows(Browser browser) {
        browser.open(site("search/?q=language"));
        SearchResults results = SearchResults.await(browser);
        int total = Integer.parseInt(results.status().replaceAll("\\D.*", ""));
        assertThat(total).isGreaterThan(50);
        assertThat(results.links()).hasSize(25);

        results.moreButton().click();

        assertThat(results.links()).hasSize(50);
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(results.links().get(25));
        while (results.moreButton().isDisplayed()) {
            results.moreButton().click();
        }
        assertThat(results.links()).hasSize(total);
    }

    private static URI site(String path) {
        return SampleSite.get().baseUri().resolve(path);
    }

    private static String query(URI uri) {
        String raw = uri.getRawQuery();
        return raw == null ? null : URLDecoder.decode(raw.replaceFirst("^q=", ""), StandardCharsets.UTF_8);
    }
}
