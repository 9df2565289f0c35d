package io.github.paperdigest.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * How the browser tests start Chromium: Debian's {@code chromium} and {@code chromium-driver} packages, at paths
 * given to Selenium explicitly. With both paths set, Selenium never runs Selenium Manager, which would try to
 * download a browser or a driver; the tests run offline, with the browser the machine has.
 */
final class ChromiumSetup {

    /** The size of the window every page is checked in: a laptop's screen, wide enough for the full layout. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    /**
     * Selenium looks for its DevTools bindings of Chromium's version and warns that it has none for 150. The tests
     * send DevTools commands through chromedriver ({@code executeCdpCommand}), which needs no bindings. Held here,
     * because java.util.logging keeps only weak references to its loggers.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final Path chromium;
    private final Path chromedriver;

    private ChromiumSetup(Path chromium, Path chromedriver) {
        this.chromium = chromium;
        this.chromedriver = chromedriver;
    }

    /** The paths the build passes as system properties (see the "browser" profile of site-tests/pom.xml). */
    static ChromiumSetup fromSystemProperties() {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        return new ChromiumSetup(
                executable("browser.chromium", "/usr/bin/chromium", "chromium"),
                executable("browser.chromedriver", "/usr/bin/chromedriver", "chromium-driver"));
    }

    ChromeDriver start() {
        // chromedriver's own log, for when Chromium fails to start on a CI machine.
        Path log = Reports.file("chromedriver.log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(log.toFile())
                .build();
        return new ChromeDriver(service, options());
    }

    private ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                // CI runs as root, where Chromium's sandbox cannot start.
                "--no-sandbox",
                // Containers often have a /dev/shm of 64 MB, too small for Chromium's shared memory.
                "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--lang=en-US",
                // Nothing but the site under test goes over the network.
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync");
        // The console: every level, so that errors arrive with the warnings they follow.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        return options;
    }

    private static Path executable(String property, String fallback, String debianPackage) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is not an executable file: install Debian's " + debianPackage
                    + " package (apt-get install chromium chromium-driver), or set -D" + property
                    + " to where it is");
        }
        return path;
    }

    @Override
    public String toString() {
        return chromium + " driven by " + chromedriver;
    }
}
