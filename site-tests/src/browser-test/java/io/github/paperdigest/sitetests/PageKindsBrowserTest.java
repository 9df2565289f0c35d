package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.sitetests.Browser.ColorScheme;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of page of the sample digest, in the light and the dark colour scheme: its scripts run without an
 * error, everything it loads loads, and axe-core finds no serious or critical accessibility problem (colour
 * contrast among them, which is why both schemes are checked).
 */
@ExtendWith(BrowserExtension.class)
class PageKindsBrowserTest {

    static Stream<Arguments> pagesInBothSchemes() {
        return SitePages.everyKind().stream()
                .flatMap(page -> Stream.of(ColorScheme.values()).map(scheme -> Arguments.of(page, scheme)));
    }

    static List<SitePage> pages() {
        return SitePages.everyKind();
    }

    @ParameterizedTest(name = "{0}, {1} scheme")
    @MethodSource("pagesInBothSchemes")
    void hasNoConsoleErrorAndNoSeriousAxeViolation(SitePage page, ColorScheme scheme, Browser browser) {
        browser.colorScheme(scheme);
        page.openIn(browser);
        String name = page + ", " + scheme.mediaValue() + " scheme";

        PageChecks.assertNoConsoleErrors(browser, name, ownNotFound(page));
        PageChecks.assertNoSeriousAxeViolations(browser, name);
        // axe's script runs in the page too: it must not have provoked an error either.
        PageChecks.assertNoConsoleErrors(browser, name, ownNotFound(page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void darkSchemeChangesTheColours(SitePage page, Browser browser) {
        browser.colorScheme(ColorScheme.LIGHT);
        page.openIn(browser);
        List<String> light = bodyColours(browser);
        browser.colorScheme(ColorScheme.DARK);
        List<String> dark = bodyColours(browser);

        assertThat(dark).as("the body's background and text colours in the dark scheme, against the light one's %s",
                light).doesNotContainAnyElementsOf(light);
    }

    @SuppressWarnings("unchecked")
    private static List<String> bodyColours(Browser browser) {
        return (List<String>) browser.script(
                "var style = getComputedStyle(document.body); return [style.backgroundColor, style.color];");
    }

    /** The one error a missing page is expected to log: its own 404, which is the point of the page. */
    private static Predicate<String> ownNotFound(SitePage page) {
        String url = page.uri().toString();
        return message -> page.missing() && message.startsWith(url + " ") && message.contains("404");
    }
}
