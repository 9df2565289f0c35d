package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page of the built sample digest passes the Nu HTML Checker (vnu, the W3C's HTML checker) without
 * an error. Warnings and info messages are printed, and do not fail.
 */
class HtmlValidityTest {

    @Test
    void everyPageOfTheSampleDigestIsValidHtml() throws InterruptedException {
        SampleSite site = SampleSite.get();
        List<Path> pages = site.files().stream()
                .filter(file -> file.endsWith(".html"))
                .map(file -> site.root().resolve(file))
                .toList();
        assertThat(pages).as("HTML files of the built site").isNotEmpty();

        int threads = Runtime.getRuntime().availableProcessors();
        ParallelHtmlCheck.Result result = ParallelHtmlCheck.run(site.root(), site.baseUri(), pages, threads);

        System.out.printf("vnu checked %d HTML files on %d threads in %.1f s: "
                + "%d errors, %d warnings, %d info messages%n", result.files(), threads,
                result.elapsed().toMillis() / 1000.0, result.errors().size(), result.warnings().size(),
                result.infos().size());
        if (!result.warnings().isEmpty()) {
            System.out.println(result.warnings().format("Warnings (they do not fail the test):"));
        }
        if (!result.infos().isEmpty()) {
            System.out.println(result.infos().format("Info messages (they do not fail the test):"));
        }
        if (!result.errors().isEmpty()) {
            String headline = String.format("vnu found %d errors (%d distinct messages) in the built site:",
                    result.errors().size(), result.errors().groups());
            Path all = result.errors().writeAll(Reports.file("html-errors.txt"), headline);
            fail(result.errors().format(headline) + "\nEvery error is listed in " + all);
        }
    }
}
