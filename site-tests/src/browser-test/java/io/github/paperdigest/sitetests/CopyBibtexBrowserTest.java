package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A paper page's "Copy BibTeX" button (assets/cite.js) puts the page's BibTeX entry on the clipboard, byte for
 * byte the entry of its .bib download, and says so in its status region.
 */
@ExtendWith(BrowserExtension.class)
class CopyBibtexBrowserTest {

    private static final String READ_CLIPBOARD = """
            var done = arguments[arguments.length - 1];
            navigator.clipboard.readText().then(done, function (error) { done('clipboard error: ' + error); });
            """;

    @Test
    void copiesThePagesBibtexEntryAndSaysSo(Browser browser) throws IOException {
        SitePage page = SitePages.paperWithoutMath();
        // Headless Chromium has no one to ask; the page is a secure context, being served from the loopback address.
        browser.grantClipboardAccess(page.uri());
        page.openIn(browser);

        WebElement button = browser.driver().findElement(By.cssSelector("button[data-copy]"));
        assertThat(button.isDisplayed()).as("cite.js shows the button it makes work").isTrue();
        assertThat(button.getText()).isEqualTo("Copy BibTeX");
        WebElement status = browser.driver().findElement(By.cssSelector(".copy-status"));
        assertThat(status.getAriaRole()).isEqualTo("status");

        button.click();
        // cite.js clears the message after four seconds.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                .until(driver -> "Copied".equals(status.getDomProperty("textContent")));

        String clipboard = (String) browser.asyncScript(READ_CLIPBOARD);
        String entry = browser.driver().findElement(By.id(button.getDomAttribute("data-copy"))).getDomProperty("textContent");
        assertThat(clipboard).as("the clipboard, against the page's BibTeX block").isEqualTo(entry);
        assertThat(clipboard.getBytes(StandardCharsets.UTF_8)).as("the clipboard, against the .bib download")
                .isEqualTo(downloadedBibtex(browser));
        PageChecks.assertNoConsoleErrors(browser, page.toString());
    }

    /** The file the page's "Download .bib" link names, read from the built site. */
    private static byte[] downloadedBibtex(Browser browser) throws IOException {
        WebElement download = browser.driver().findElement(By.cssSelector(".cite-actions a[download]"));
        URI file = browser.currentUri().resolve(download.getDomAttribute("href"));
        SampleSite site = SampleSite.get();
        return Files.readAllBytes(site.root().resolve(new SiteScope(site.baseUri()).relativePath(file)));
    }
}
