package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.sitetests.NuHtmlChecker.Message;
import io.github.paperdigest.sitetests.NuHtmlChecker.Severity;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded checker finds what vnu finds, so that {@link HtmlValidityTest} passing means something: an
 * error is reported as an error, at its line and column, a warning as a warning, and one checker checks
 * many documents in turn without carrying messages from one to the next.
 */
class NuHtmlCheckerTest {

    private static final URI PAGE = URI.create("http://127.0.0.1:8000/repo/page/");

    @TempDir
    Path dir;

    @Test
    void aValidPageHasNoMessages() throws Exception {
        assertThat(new NuHtmlChecker().check(page("<p>Fine.</p>"), PAGE)).isEmpty();
    }

    @Test
    void anErrorIsAnErrorAtItsLineAndColumn() throws Exception {
        // The <p> is on line 5 of the file: page() writes three lines before the body's first.
        List<Message> messages = new NuHtmlChecker().check(page("<ul>\n<p>Not a list item.</p>\n</ul>"), PAGE);

        assertThat(messages).filteredOn(message -> message.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.text()).contains("Element “p” not allowed as child of element “ul”");
                    assertThat(error.line()).isEqualTo(5);
                    assertThat(error.column()).isEqualTo(1);
                });
    }

    @Test
    void aWarningIsNoError() throws Exception {
        List<Message> messages = new NuHtmlChecker().check(page("<section><p>No heading.</p></section>"), PAGE);

        assertThat(messages).extracting(Message::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void oneCheckerChecksDocumentsInTurn() throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        Path bad = page("<ul><p>x</p></ul>");
        Path good = page("<p>Fine.</p>");

        assertThat(checker.check(bad, PAGE)).isNotEmpty();
        assertThat(checker.check(good, PAGE)).isEmpty();
        assertThat(checker.check(bad, PAGE)).isNotEmpty();
    }

    private Path page(String body) throws Exception {
        Path file = Files.createTempFile(dir, "page", ".html");
        Files.writeString(file, "<!DOCTYPE html>\n<html lang=\"en\"><head><title>A page</title></head>\n<body>\n"
                + body + "\n</body></html>\n");
        return file;
    }
}
