package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' notes: front matter, Markdown, and what they add to their paper. */
class NotesTest {

    @TempDir
    Path directory;

    private TestSite digestWith(String noteName, String note) {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.02276", "Kimi K2.5", 77, "2026-02-03", "Kimi Team")))
                .file("notes/" + noteName, note);
    }

    @Test
    void rendersTheNoteOnItsPaperPageWithTitleAndEditor() {
        BuiltSite site = digestWith("kimi.md", """
                ---
                paper: 2602.02276
                title: Agent Swarm is the headline
                editor: Priya Raman
                ---
                The **swarm** part is new.
                """).build();

        Element note = site.page("papers/2602.02276/").selectFirst("section.note");
        assertThat(note.select("h2").text()).isEqualTo("Editor's note: Agent Swarm is the headline");
        assertThat(note.text()).contains("By Priya Raman");
        assertThat(note.select(".prose strong").text()).isEqualTo("swarm");
        assertThat(site.page("days/2026-02-03/").select(".note-mark")).hasSize(1);
    }

    /** A heading named like an element of the page must not take its id, so the skip link keeps its target. */
    @Test
    void headingIdsStayClearOfThePagesOwnIds() {
        BuiltSite site = digestWith("kimi.md", """
                ---
                paper: 2602.02276
                ---
                # Main

                ## Editor note

                ## Main 1

                See [the main part](#main-2).
                """).build();

        Document page = site.page("papers/2602.02276/");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(page.getElementById("main").tagName()).isEqualTo("main");
        assertThat(page.select("section.note .prose h1").attr("id")).isEqualTo("main-2");
        assertThat(page.select("section.note .prose h2").eachAttr("id")).containsExactly("editor-note-1", "main-1");
        assertThat(page.select("section.note .prose h1 a.anchor").attr("href")).isEqualTo("#main-2");
    }

    @Test
    void rendersTablesAutolinksStrikethroughFootnotesAndHeadingAnchors() {
        BuiltSite site = digestWith("kimi.md", """
                ---
                paper: 2602.02276
                ---
                ## What is new

                | Model | Active |
                | --- | --- |
                | K2.5 | 32B |

                See https://huggingface.co/moonshotai and ~~nothing else~~.[^1]

                [^1]: A footnote.
                """).build();

        Element prose = site.page("papers/2602.02276/").selectFirst("section.note .prose");
        assertThat(prose.select("table td").eachText()).containsExactly("K2.5", "32B");
        assertThat(prose.select("a[href=https://huggingface.co/moonshotai]")).hasSize(1);
        assertThat(prose.select("del").text()).isEqualTo("nothing else");
        assertThat(prose.select("sup a[href^=#fn]")).hasSize(1);
        assertThat(prose.select(".footnotes li").text()).contains("A footnote.");
        Element heading = prose.selectFirst("h2");
        assertThat(heading.id()).isEqualTo("what-is-new");
        assertThat(heading.select("a.anchor").attr("href")).isEqualTo("#what-is-new");
    }

    @Test
    void aNotesTopicsJoinItsPapersTopics() {
        BuiltSite site = digestWith("kimi.md", """
                ---
                paper: 2602.02276
                topics: [Agents, test topic]
                ---
                Body.
                """).build();

        assertThat(site.page("papers/2602.02276/").select("#paper-topics ~ .chips a").eachText())
                .containsExactly("Test Topic", "Agents");
        assertThat(site.page("topics/agents/").select(".card-title").eachText()).containsExactly("Kimi K2.5");
    }

    @Test
    void rawHtmlIsEscapedAndScriptLinksAreDropped() {
        BuiltSite site = digestWith("kimi.md", """
                ---
                paper: 2602.02276
                ---
                <script>alert(1)</script>

                [click](javascript:alert(1)) and [ok](https://example.org/) and [ref][bad]
                ![img](JavaScript:alert(1)) <vbscript:msgbox(1)> [d](data:text/html;base64,PHNjcmlwdD4=)
                <img src=x onerror=alert(1)>

                [bad]: javascript:alert(2)
                """).build();

        Document page = site.page("papers/2602.02276/");
        Element prose = page.selectFirst("section.note .prose");
        assertThat(page.body().select("script, img[onerror], [onerror]")).isEmpty();
        assertThat(prose.text()).contains("<script>alert(1)</script>");
        assertThat(prose.select("a").eachAttr("href")).containsExactly("https://example.org/");
        assertThat(prose.select("img").eachAttr("src")).isEmpty();
    }

    @Test
    void aNoteOnAnUnknownPaperIsAnErrorThatNamesTheFileAndLine() {
        ContentException failure = digestWith("wrong.md", "---\neditor: X\npaper: 2602.99999\n---\nText\n")
                .buildExpectingErrors();

        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.problems().get(0).toString())
                .startsWith("notes/wrong.md:3:1: the note is about paper 2602.99999, which no record");
    }

    @Test
    void twoNotesOnOnePaperAreAnError() {
        ContentException failure = digestWith("a.md", "---\npaper: 2602.02276\n---\nOne\n")
                .file("notes/b.md", "---\npaper: 2602.02276\n---\nTwo\n")
                .buildExpectingErrors();

        assertThat(failure.getMessage()).contains("notes/b.md:2:1: paper 2602.02276 already has a note, notes/a.md");
    }

    @Test
    void badFrontMatterIsAnErrorAtItsLine() {
        ContentException failure = digestWith("kimi.md", "---\npaper: 2602.02276\ntopics: [unclosed\n---\nText\n")
                .buildExpectingErrors();

        assertThat(failure.problems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("notes/kimi.md");
                    assertThat(problem.line()).isGreaterThanOrEqualTo(3);
                });
    }

    @Test
    void anUnknownFrontMatterKeyIsAWarning() {
        BuiltSite site = digestWith("kimi.md", "---\npaper: 2602.02276\nauthor: Mara\n---\nText\n").build();

        assertThat(site.result().warnings()).singleElement().hasToString(
                "notes/kimi.md:3:1: warning: unknown front matter key `author` is ignored "
                        + "(known keys: paper, topics, editor, day, title)");
    }

    /** A fresh skeleton from papers:new: its topics count at once, its empty note shows nowhere. */
    @Test
    void aNoteWithNothingWrittenYetShowsNothingButAddsItsTopics() {
        BuiltSite site = digestWith("kimi.md", """
                ---
                paper: 2602.02276
                editor: Priya Raman
                topics: [Agents]
                ---
                <!-- Write the note here. -->
                """).build();

        assertThat(site.page("papers/2602.02276/").select("section.note")).isEmpty();
        assertThat(site.page("days/2026-02-03/").select(".note-mark")).isEmpty();
        assertThat(site.page("topics/agents/").text()).contains("Kimi K2.5");
    }
}
