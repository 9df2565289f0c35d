package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The landmarks a screen reader lists, as Chromium computes their roles: one main, one banner (the site's header,
 * not a paper's), one contentinfo (the footer), and navigation regions that each have a name to tell them apart.
 */
@ExtendWith(BrowserExtension.class)
class LandmarksBrowserTest {

    static List<SitePage> pages() {
        return SitePages.everyKind();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasOneMainBannerAndContentinfoAndNamedNavigation(SitePage page, Browser browser) {
        page.openIn(browser);

        assertThat(withRole(browser, "main, [role=main]", "main")).as("main landmarks on %s", page).hasSize(1);
        assertThat(withRole(browser, "header, [role=banner]", "banner")).as("banners on %s", page).hasSize(1);
        assertThat(withRole(browser, "footer, [role=contentinfo]", "contentinfo")).as("contentinfo on %s", page)
                .hasSize(1);
        List<WebElement> navigation = withRole(browser, "nav, [role=navigation]", "navigation");
        assertThat(navigation).as("navigation landmarks on %s", page).isNotEmpty();
        assertThat(navigation).as("navigation landmarks on %s, each with a name", page)
                .allSatisfy(nav -> assertThat(nav.getAccessibleName()).as(nav.getDomProperty("outerHTML")).isNotBlank());
        assertThat(withRole(browser, "header", "banner").get(0).getDomAttribute("class")).isEqualTo("site-header");
    }

    private static List<WebElement> withRole(Browser browser, String candidates, String role) {
        return browser.driver().findElements(By.cssSelector(candidates)).stream()
                .filter(element -> role.equals(element.getAriaRole()))
                .toList();
    }
}
