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

/** Math in titles, abstracts, notes and free pages: marked up for KaTeX, which only pages with math load. */
class MathTest {

    @TempDir
    Path directory;

    private BuiltSite digestWithNote(String body) {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(
                        entry("2602.02276", "Scaling $\\textit{Trans-LoRA}$ to \\textsc{Kimi} \\& co.", 77, "2026-02-03", "A"),
                        entry("2602.02277", "No math at $25 or <$10", 5, "2026-02-04", "B")))
                .file("notes/kimi.md", "---\npaper: 2602.02276\n---\n" + body)
                .build();
    }

    private static Element note(BuiltSite site) {
        return site.page("papers/2602.02276/").selectFirst("section.note .prose");
    }

    @Test
    void titlesKeepTheirMathAndLoseTheirTextMacros() {
        BuiltSite site = digestWithNote("Plain.");
        Document paper = site.page("papers/2602.02276/");
        assertThat(paper.select("h1").text()).isEqualTo("Scaling $\\textit{Trans-LoRA}$ to Kimi & co.");
        assertThat(paper.select("h1 span.math").text()).isEqualTo("$\\textit{Trans-LoRA}$");
        assertThat(paper.title()).startsWith("Scaling $\\textit{Trans-LoRA}$ to Kimi & co. · ");
        assertThat(site.page("days/2026-02-03/").select(".card-title span.math")).hasSize(1);
        assertThat(site.page("days/2026-02-04/").select(".card-title").text()).isEqualTo("No math at $25 or <$10");
    }

    @Test
    void noteMathIsNotMarkdown() {
        Element note = note(digestWithNote("""
                Inline $a_1 * b_2 * c_3$ and \\(x_1\\) with *emphasis*.

                $$\\sum_{i=1}^{n} a_i$$

                \\[ y = \\frac{1}{2} \\]

                Escaped \\$5 and \\$6, and a price, $25.

                In code, `$code$`.
                """));
        assertThat(note.select("span.math").eachText())
                .containsExactly("$a_1 * b_2 * c_3$", "\\(x_1\\)", "$$\\sum_{i=1}^{n} a_i$$", "\\[ y = \\frac{1}{2} \\]");
        assertThat(note.select("span.math-display")).hasSize(2);
        assertThat(note.select("em").eachText()).containsExactly("emphasis");
        assertThat(note.text()).contains("Escaped $5 and $6, and a price, $25.");
        assertThat(note.select("code").text()).isEqualTo("$code$");
    }

    @Test
    void hostileMathStaysEscaped() {
        Element note = note(digestWithNote("""
                $<script>alert(1)</script>$ and \\(</span><img src=x onerror=alert(1)>\\)
                """));
        assertThat(note.select("script, img")).isEmpty();
        assertThat(note.select("span.math").eachText())
                .containsExactly("$<script>alert(1)</script>$", "\\(</span><img src=x onerror=alert(1)>\\)");
    }

    @Test
    void onlyPagesWithMathLoadKatex() {
        BuiltSite site = digestWithNote("Plain.");
        assertThat(katexOf(site.page("papers/2602.02276/"))).isTrue();
        assertThat(katexOf(site.page("days/2026-02-03/"))).isTrue();
        assertThat(katexOf(site.page("papers/2602.02277/"))).isFalse();
        assertThat(katexOf(site.page("days/2026-02-04/"))).isFalse();
        assertThat(site.exists("assets/katex/katex.min.js")).isTrue();
    }

    @Test
    void freePagesAndNoteOnlyMathLoadKatexToo() {
        BuiltSite site = TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.02276", "Plain", 7, "2026-02-03", "A")))
                .file("notes/kimi.md", "---\npaper: 2602.02276\n---\nThe loss $\\mathcal{L}$.\n")
                .file("pages/about.md", "---\ntitle: About\n---\nWe like \\(e^{i\\pi} + 1 = 0\\).\n")
                .build();
        assertThat(katexOf(site.page("papers/2602.02276/"))).isTrue();
        assertThat(site.page("about/").select("span.math").text()).isEqualTo("\\(e^{i\\pi} + 1 = 0\\)");
        assertThat(katexOf(site.page("about/"))).isTrue();
        assertThat(katexOf(site.page("days/2026-02-03/"))).isFalse();
    }

    static boolean katexOf(Document page) {
        boolean css = !page.select("link[rel=stylesheet][href$=assets/katex/katex.min.css]").isEmpty();
        boolean js = !page.select("script[src$=assets/katex/katex.min.js]").isEmpty()
                && !page.select("script[src$=assets/math.js]").isEmpty();
        assertThat(css).isEqualTo(js);
        return css;
    }
}
