package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML comments in a note are for its editors, as in a browser: left out of the page, never shown as text. */
class NoteCommentsTest {

    @TempDir
    Path directory;

    private Element proseOf(String body) {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.02276", "Kimi K2.5", 77, "2026-02-03", "Kimi Team")))
                .file("notes/kimi.md", "---\npaper: 2602.02276\n---\n" + body)
                .build()
                .page("papers/2602.02276/")
                .selectFirst("section.note .prose");
    }

    @Test
    void commentBlocksAndInlineCommentsAreLeftOut() {
        Element prose = proseOf("""
                <!--
                Write your note on "Kimi K2.5" here.
                -->

                Before <!-- an aside --> after.

                <!-- one --> <!-- two -->
                <!---->
                """);

        assertThat(prose.text()).isEqualTo("Before after.");
        assertThat(prose.html()).doesNotContain("<!--").doesNotContain("&lt;!--");
    }

    /** Text the editor may mean to show is never dropped with a comment: it stays, escaped, as raw HTML does. */
    @Test
    void anUnclosedCommentOrTextAfterACommentStaysVisible() {
        assertThat(proseOf("<!-- a --> shown too\n").text()).isEqualTo("<!-- a --> shown too");
        assertThat(proseOf("<!-- never closed\n\nthe rest of the note\n").text())
                .isEqualTo("<!-- never closed the rest of the note");
    }
}
