package io.github.paperdigest.internal.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.Bibtex;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every character BibTeX or LaTeX would read as syntax becomes the command that prints it. */
class BibtexTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "plain text                   | plain text",
        "Fast & Slow                  | Fast \\& Slow",
        "50% fewer                    | 50\\% fewer",
        "$\\nabla^2$DFT               | \\$\\textbackslash{}nabla\\textasciicircum{}2\\$DFT",
        "#1 on_leaderboard            | \\#1 on\\_leaderboard",
        "~10x                         | \\textasciitilde{}10x",
        "{braces}                     | \\{braces\\}",
        "Schütze — 東京                 | Schütze — 東京",
    })
    void escapesEachSpecialCharacter(String text, String bibtex) {
        assertThat(BibtexText.escape(text)).isEqualTo(bibtex);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "}", "{", "\\", "%", "&", "$", "#", "_", "~", "^", "}{", "\\}", "{\\",
        "@misc{evil, title = {x}}",
        "A title } with @misc{x, and a % comment",
        "$\\mathcal{O}(n^2)$ & 100% of #tokens_per_s ~ 5 {really}",
        "Agüera y Arcas, Ölçer, Łukasz",
        "\\textbf{not bold} \\\\ \\end{document}",
    })
    void hostileTextReadsBackAsItWas(String text) {
        String file = "@misc{key,\n  title = {" + BibtexText.escape(text) + "},\n  note = {after}\n}\n";

        BibTeXDatabase database = Bibtex.parse(file);

        assertThat(database.getEntries()).hasSize(1);
        BibTeXEntry entry = database.getEntries().values().iterator().next();
        assertThat(Bibtex.decode(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())).isEqualTo(text);
        assertThat(entry.getField(new Key("note")).toUserString()).isEqualTo("after");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$\\nabla^2$DFT: 50% less          | $\\nabla^2$DFT: 50\\% less",
        "$\\textit{Trans-LoRA}$ & more     | $\\textit{Trans-LoRA}$ \\& more",
        "costs $25 and $10                 | costs \\$25 and \\$10",
        "$a}{b$ stays text                 | \\$a\\}\\{b\\$ stays text",
        "$\\frac{1}{2$                     | \\$\\textbackslash{}frac\\{1\\}\\{2\\$",
    })
    void aTitlesMathStaysLatexWhenItsBracesBalance(String title, String bibtex) {
        assertThat(BibtexText.escapeKeepingMath(title)).isEqualTo(bibtex);
        BibTeXDatabase database = Bibtex.parse("@misc{key, title = {" + bibtex + "}, note = {after}}");
        assertThat(database.getEntries().values().iterator().next().getField(new Key("note")).toUserString())
                .isEqualTo("after");
    }

    /** jbibtex's LaTeX reader knows no CJK, so these are read back by its BibTeX parser alone: kept as written. */
    @ParameterizedTest
    @ValueSource(strings = {"東京大学", "김민수", "Юрий Гагарин", "محمد"})
    void nonLatinTextIsKeptAsUtf8(String text) {
        BibTeXDatabase database = Bibtex.parse("@misc{key, title = {" + BibtexText.escape(text) + "}}");

        assertThat(database.getEntries().values().iterator().next().getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo(text);
    }
}
