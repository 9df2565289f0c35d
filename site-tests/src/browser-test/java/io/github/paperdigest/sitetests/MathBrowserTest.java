package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * KaTeX typesets the math the generator marked ({@code <span class="math">}, TeX source and delimiters inside):
 * in a paper's title and abstract, and on every page kind that shows math, without a KaTeX error.
 */
@ExtendWith(BrowserExtension.class)
class MathBrowserTest {

    static List<SitePage> pages() {
        return SitePages.everyKind();
    }

    @Test
    void katexTypesetsTheMathOfAPapersTitleAndAbstract(Browser browser) {
        SitePage page = SitePages.paperWithMath();
        page.openIn(browser);

        List<WebElement> spans = browser.driver().findElements(By.cssSelector(".paper-head h1 .math, .abstract .math"));
        assertThat(spans).as("math in the title or abstract of %s", page).isNotEmpty();
        assertEveryMathSpanTypeset(browser, page);
        assertThat((Boolean) browser.script(
                "return Array.from(document.fonts).some(f => f.family.startsWith('KaTeX') && f.status === 'loaded');"))
                .as("a KaTeX font loaded on %s", page).isTrue();
        PageChecks.assertNoConsoleErrors(browser, page.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyMathSpanIsTypesetWithoutError(SitePage page, Browser browser) {
        page.openIn(browser);
        assertEveryMathSpanTypeset(browser, page);
    }

    private static void assertEveryMathSpanTypeset(Browser browser, SitePage page) {
        List<WebElement> spans = browser.driver().findElements(By.cssSelector("span.math"));
        List<String> untypeset = spans.stream()
                .filter(span -> span.findElements(By.cssSelector(".katex")).isEmpty())
                .map(span -> span.getDomProperty("outerHTML"))
                .toList();
        assertThat(untypeset).as("math spans KaTeX left as TeX on %s", page).isEmpty();
        // KaTeX (throwOnError: false) shows a formula it cannot parse in red, with the reason in its title.
        List<String> errors = browser.driver().findElements(By.cssSelector(".katex-error")).stream()
                .map(error -> error.getDomAttribute("title") + ": " + error.getText())
                .toList();
        assertThat(errors).as("KaTeX errors on %s", page).isEmpty();
    }
}
