package io.github.paperdigest.sitetests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core, the accessibility checker, run inside the page. Its script comes from the npm package that the
 * "browser" profile installs ({@code npm ci}), named by the system property {@code browser.axeScript}; it is
 * injected with {@code executeScript}, which the page's Content-Security-Policy does not apply to.
 */
final class Axe {

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(
                function (results) { done(JSON.stringify(results.violations)); },
                function (error) { done('axe failed: ' + error); });
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String script;

    private Axe() {
    }

    /** Every rule the open page breaks, of any impact. */
    static List<AxeViolation> violations(Browser browser) {
        inject(browser);
        String result = (String) browser.asyncScript(RUN);
        if (result.startsWith("axe failed")) {
            throw new IllegalStateException(result + " on " + browser.currentUri());
        }
        try {
            return JSON.readValue(result, new TypeReference<List<AxeViolation>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("axe's results are not the JSON expected: " + result, e);
        }
    }

    /** The version of axe-core that runs, for the test report. */
    static String version(Browser browser) {
        inject(browser);
        return (String) browser.script("return axe.version");
    }

    /** Once per page: a page that is opened anew has lost it. */
    private static void inject(Browser browser) {
        if (browser.script("return typeof window.axe").equals("undefined")) {
            browser.script(script());
        }
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = Path.of(System.getProperty("browser.axeScript",
                    "target/browser-test-npm/node_modules/axe-core/axe.min.js"));
            try {
                script = Files.readString(file);
                // Its first line names its version, as in "/*! axe v4.11.4".
                System.out.printf("axe-core: %s, from %s%n", script.lines().findFirst().orElse("").replace("/*! ", ""),
                        file);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core's script " + file + " cannot be read: the \"browser\" "
                        + "profile installs it with npm ci (mvn -Pbrowser -pl site-tests verify)", e);
            }
        }
        return script;
    }
}
