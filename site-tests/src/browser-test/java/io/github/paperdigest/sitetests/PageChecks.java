package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The checks every page passes in the browser: nothing in the console at level SEVERE (a script error, a
 * Content-Security-Policy violation, a stylesheet, script, font or image that failed to load), and no serious or
 * critical axe-core violation. Failures name the page, and list every message or broken rule with its elements.
 */
final class PageChecks {

    private PageChecks() {
    }

    /** @param page what the failure message calls the open page, such as "a day (/days/2026-02-13/), dark scheme" */
    static void assertNoConsoleErrors(Browser browser, String page) {
        assertNoConsoleErrors(browser, page, message -> false);
    }

    /** @param expected the errors a test provokes on purpose, such as the 404 of a missing page's own URL */
    static void assertNoConsoleErrors(Browser browser, String page, Predicate<String> expected) {
        List<String> errors = browser.consoleErrors().stream().filter(expected.negate()).toList();
        if (!errors.isEmpty()) {
            fail("%d console errors on %s <%s>:%n  %s", errors.size(), page, browser.currentUri(),
                    String.join(System.lineSeparator() + "  ", errors));
        }
    }

    static void assertNoSeriousAxeViolations(Browser browser, String page) {
        List<AxeViolation> violations = Axe.violations(browser);
        List<AxeViolation> lesser = violations.stream().filter(violation -> !violation.seriousOrCritical()).toList();
        if (!lesser.isEmpty()) {
            // Reported, not failed: the bar is "no serious or critical violation".
            System.out.printf("axe: minor or moderate violations on %s <%s>:%n%s", page, browser.currentUri(),
                    format(lesser));
        }
        List<AxeViolation> serious = violations.stream().filter(AxeViolation::seriousOrCritical).toList();
        if (!serious.isEmpty()) {
            fail("axe-core found %d serious or critical violations on %s <%s>:%n%s", serious.size(), page,
                    browser.currentUri(), format(serious));
        }
    }

    private static String format(List<AxeViolation> violations) {
        return violations.stream().map(AxeViolation::format).collect(Collectors.joining());
    }
}
