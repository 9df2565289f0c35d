package io.github.paperdigest.sitetests;

import java.nio.file.Path;

/** Where the checks write their complete reports: {@code target/site-tests-reports/} of the module. */
final class Reports {

    private Reports() {
    }

    static Path file(String name) {
        return Path.of(System.getProperty("papers.reportDirectory", "target/site-tests-reports")).resolve(name);
    }
}
