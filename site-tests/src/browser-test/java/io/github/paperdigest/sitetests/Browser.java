package io.github.paperdigest.sitetests;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium, shared by the browser tests (see {@link BrowserExtension}), with what they do to it: open a
 * page and wait until its scripts have run, read the console, run scripts, and change what the browser tells the
 * page through the DevTools protocol (the colour scheme, permissions).
 */
final class Browser implements AutoCloseable {

    /** As long as axe-core may take on the largest page of the sample (the author index, some 4,000 links). */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

    /**
     * Resolves once the page has loaded (deferred scripts, KaTeX's among them, have run by then), its fonts are in,
     * and one frame has been laid out with them.
     */
    private static final String AWAIT_SETTLED = """
            var done = arguments[arguments.length - 1];
            var loaded = document.readyState === 'complete' ? Promise.resolve()
                : new Promise(function (resolve) { window.addEventListener('load', resolve, {once: true}); });
            loaded.then(function () { return document.fonts.ready; })
                .then(function () { requestAnimationFrame(function () { done(true); }); });
            """;

    enum ColorScheme {
        LIGHT, DARK;

        String mediaValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final ChromeDriver driver;
    /** Console entries since the last {@link #open}: Chromium hands each entry out once. */
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1));
    }

    static Browser start(ChromiumSetup setup) {
        return new Browser(setup.start());
    }

    /** For what the helpers here do not cover: finding elements, sending keys. */
    ChromeDriver driver() {
        return driver;
    }

    /** Such as "chromium 150.0.7871.100, chromedriver 150.0.7871.100 (...)", for the test report. */
    String version() {
        Object chrome = driver.getCapabilities().getCapability("chrome");
        Object driverVersion = chrome instanceof Map<?, ?> map ? map.get("chromedriverVersion") : "unknown";
        return driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion()
                + ", chromedriver " + driverVersion;
    }

    /** Opens a page and waits until it has settled; the console starts afresh for it. */
    void open(URI uri) {
        drainConsole();
        console.clear();
        driver.get(uri.toString());
        asyncScript(AWAIT_SETTLED);
    }

    URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Runs a script that ends by calling its last argument, {@code arguments[arguments.length - 1]}. */
    Object asyncScript(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    /** The console's entries of level SEVERE since the page was opened: script errors, CSP violations, failed loads. */
    List<String> consoleErrors() {
        drainConsole();
        return console.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private void drainConsole() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    }

    /** What {@code prefers-color-scheme} answers from now on, on this page and the next ones; styles apply at once. */
    void colorScheme(ColorScheme scheme) {
        emulateMediaFeatures(List.of(Map.of("name", "prefers-color-scheme", "value", scheme.mediaValue())));
    }

    /** Lets pages of an origin, such as {@code http://127.0.0.1:41234}, write and read the clipboard unasked. */
    void grantClipboardAccess(URI origin) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", origin.getScheme() + "://" + origin.getAuthority(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** Undoes what a test may have changed, so that the next one starts with a browser as it was launched. */
    void reset() {
        emulateMediaFeatures(List.of());
        driver.executeCdpCommand("Browser.resetPermissions", Map.of());
        driver.get("about:blank");
        drainConsole();
        console.clear();
    }

    private void emulateMediaFeatures(List<Map<String, String>> features) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", features));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
