package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A reader with a keyboard: the first Tab reaches the skip link, which appears and leads into the main content,
 * and every element Tab reaches shows where the focus is.
 */
@ExtendWith(BrowserExtension.class)
class KeyboardBrowserTest {

    /** Enough for a paper page and its thirty authors, and for the first cards of a day. */
    private static final int MOST_TAB_STOPS = 120;

    static Stream<SitePage> pages() {
        return Stream.of(SitePage.of("home", ""), SitePages.paperWithMath());
    }

    @Test
    void theFirstTabShowsTheSkipLinkWhichLeadsToTheMainContent(Browser browser) {
        browser.open(SitePage.of("home", "").uri());

        press(browser, Keys.TAB);
        Focus skipLink = Focus.of(browser);
        assertThat(skipLink.html()).as("the first element Tab reaches").contains("class=\"skip-link\"")
                .contains("href=\"#main\"");
        assertThat(skipLink.onScreen()).as("the focused skip link is on screen").isTrue();
        assertThat(skipLink.outlined()).as("the focused skip link has an outline: %s", skipLink).isTrue();

        press(browser, Keys.ENTER);
        assertThat(browser.currentUri().getFragment()).isEqualTo("main");
        press(browser, Keys.TAB);
        Focus next = Focus.of(browser);
        assertThat(next.insideMain()).as("Tab after following the skip link reaches %s", next.html()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyTabStopIsOutlinedAndOnScreen(SitePage page, Browser browser) {
        page.openIn(browser);
        List<Focus> stops = new ArrayList<>();
        for (int i = 0; i < MOST_TAB_STOPS; i++) {
            press(browser, Keys.TAB);
            Focus focus = Focus.of(browser);
            // Past the last element the focus leaves the page for the browser's own controls, or wraps around to
            // the skip link.
            if (focus.onBody() || !stops.isEmpty() && focus.html().equals(stops.get(0).html())) {
                break;
            }
            stops.add(focus);
        }
        assertThat(stops).as("elements Tab reaches on %s", page).hasSizeGreaterThan(5);
        assertThat(stops).as("tab stops without a visible outline on %s", page).allMatch(Focus::outlined);
        assertThat(stops).as("tab stops off screen on %s", page).allMatch(Focus::onScreen);
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
