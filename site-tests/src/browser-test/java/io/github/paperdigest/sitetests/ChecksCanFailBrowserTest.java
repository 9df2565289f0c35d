package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of {@link PageChecks} fail where they should: on small pages broken on purpose, served like the
 * sample digest. Without this, a console that is never read, or an axe-core that never ran, would pass every page.
 */
@ExtendWith(BrowserExtension.class)
class ChecksCanFailBrowserTest {

    private static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\">";

    /** Valid, accessible pages but for the one fault each is named after. */
    private static final Map<String, String> FILES = Map.of(
            "script-error.html", page("<script src=\"throws.js\"></script>"),
            "throws.js", "throw new Error('broken on purpose');",
            "inline-script.html", page("<script>document.title = 'inline';</script>"),
            "missing-image.html", page("<img src=\"no-such-image.png\" alt=\"An image that is not there\">"),
            "image-without-alt.html", page("<img src=\"pixel.svg\">"),
            "pixel.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>",
            "clean.html", page("<p>Nothing wrong here.</p>"));

    private static PagesServer server;

    @BeforeAll
    static void serveTheBrokenPages(@TempDir Path folder) throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        server = PagesServer.bind();
        server.serve("/fixture/", folder);
    }

    @AfterAll
    static void stopServing() {
        server.stop();
    }

    @Test
    void aCleanPagePasses(Browser browser) {
        browser.open(uri("clean.html"));
        PageChecks.assertNoConsoleErrors(browser, "a clean page");
        PageChecks.assertNoSeriousAxeViolations(browser, "a clean page");
    }

    @Test
    void anUncaughtScriptErrorFails(Browser browser) {
        assertConsoleCheckFails(browser, "script-error.html", "broken on purpose");
    }

    @Test
    void aContentSecurityPolicyViolationFails(Browser browser) {
        assertConsoleCheckFails(browser, "inline-script.html", "Content Security Policy");
    }

    @Test
    void aSubresourceThatIsNotFoundFails(Browser browser) {
        assertConsoleCheckFails(browser, "missing-image.html", "no-such-image.png");
    }

    @Test
    void aCriticalAxeViolationFailsWithTheRuleAndTheElement(Browser browser) {
        browser.open(uri("image-without-alt.html"));
        assertThatThrownBy(() -> PageChecks.assertNoSeriousAxeViolations(browser, "an image without alt"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("<img src=\"pixel.svg\">");
    }

    private static void assertConsoleCheckFails(Browser browser, String file, String expectedMessage) {
        browser.open(uri(file));
        assertThatThrownBy(() -> PageChecks.assertNoConsoleErrors(browser, file))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expectedMessage);
        assertThat(browser.consoleErrors()).as("the console is read again, not emptied by the first check")
                .anyMatch(message -> message.contains(expectedMessage));
    }

    private static URI uri(String file) {
        return server.uri("/fixture/" + file);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + CSP
                + "<title>A page broken on purpose</title></head><body><main><h1>A test page</h1>" + body
                + "</main></body></html>";
    }
}
