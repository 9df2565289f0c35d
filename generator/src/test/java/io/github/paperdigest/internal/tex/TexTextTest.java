package io.github.paperdigest.internal.tex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text-mode macros, on cases taken from the titles and abstracts of testdata's Hugging Face days. */
class TexTextTest {

    static Stream<Arguments> realAbstracts() {
        return Stream.of(
                // 2024-05-27
                Arguments.of("the Aya model (\\\"Ust\\\"un et al., 2024)", "the Aya model (Üstün et al., 2024)"),
                Arguments.of("a method we term \\textsc{AIEV-Instruct} (Instruction",
                        "a method we term AIEV-Instruct (Instruction"),
                // 2024-05-28
                Arguments.of("text-to-image alignment {\\it vs.} high-resolution", "text-to-image alignment vs. high-resolution"),
                Arguments.of("scaling a {\\it Shallow UNet}, with no down(up)-sampling",
                        "scaling a Shallow UNet, with no down(up)-sampling"),
                Arguments.of("$\\textit{Trans-LoRA}$: towards data-free Transferable",
                        "$\\textit{Trans-LoRA}$: towards data-free Transferable"),
                Arguments.of("we propose\nTrans-LoRA -- a novel method", "we propose\nTrans-LoRA \u2013 a novel method"),
                Arguments.of("benchmarks only need around ~9 visual tokens", "benchmarks only need around ~9 visual tokens"),
                // 2024-05-31, 2026-02-06, 2026-03-24
                Arguments.of("motion field adapters (\\ie, MOFA-Adapters)", "motion field adapters (i.e., MOFA-Adapters)"),
                Arguments.of("in quality (\\eg, 84.5 on VBench)", "in quality (e.g., 84.5 on VBench)"),
                Arguments.of("magnitude-based metrics (\\eg divergence or entropy)", "magnitude-based metrics (e.g. divergence or entropy)"),
                Arguments.of("19.7\\,FPS on an RTX~5090 GPU", "19.7\u202FFPS on an RTX\u00A05090 GPU"),
                // 2024-06-05
                Arguments.of("camera pose input using Pl\\\"ucker coordinates", "camera pose input using Plücker coordinates"),
                // 2024-06-10, 2024-06-12
                Arguments.of("converting outcomes of ``slightly better/worse'' to ``tie'' if",
                        "converting outcomes of \u201Cslightly better/worse\u201D to \u201Ctie\u201D if"),
                Arguments.of("halts inference when its internal state ``crystallizes\" into",
                        "halts inference when its internal state \u201Ccrystallizes\" into"),
                // 2024-06-18, 2026-02-20
                Arguments.of("NeRF captioning and Q\\&A.", "NeRF captioning and Q&A."),
                Arguments.of("uncontrolled AI R\\&D, and self-replication", "uncontrolled AI R&D, and self-replication"),
                // 2024-06-19, 2026-03-13, 2026-03-16: prices, not math
                Arguments.of("all at a cost of only $25 and without human labelers", "all at a cost of only $25 and without human labelers"),
                Arguments.of("high-performance environments for <$10 in compute cost", "high-performance environments for <$10 in compute cost"),
                Arguments.of("approximately $1.47 million, yielding about 13,000", "approximately $1.47 million, yielding about 13,000"),
                // 2024-06-21
                Arguments.of("source code can be found at~https://github.com/FSoft-AI4Code/RepoExec.",
                        "source code can be found at\u00A0https://github.com/FSoft-AI4Code/RepoExec."),
                // 2024-06-25, 2024-06-26, 2026-02-04
                Arguments.of("are available at \\url{https://github.com/bytedance/SALMONN/}.",
                        "are available at https://github.com/bytedance/SALMONN/."),
                Arguments.of("https://huggingface.co/alexgambashidze/SDXL\\_NCP-DPO\\_v0.1",
                        "https://huggingface.co/alexgambashidze/SDXL_NCP-DPO_v0.1"),
                Arguments.of("Code is available: \\href{https://anonymous.4open.science/r/birdnoise-85CD/}{here}.",
                        "Code is available: here."),
                // 2026-02-03, 2026-02-27, 2026-03-26
                Arguments.of("dataset (~300k samples) covering", "dataset (~300k samples) covering"),
                Arguments.of("achieves 5~66% higher throughput", "achieves 5~66% higher throughput"),
                Arguments.of("(~60% task failure rate)", "(~60% task failure rate)"),
                // 2026-02-05, 2026-02-13, 2026-02-16
                Arguments.of("1.5\\,TB host RAM", "1.5\u202FTB host RAM"),
                Arguments.of("demonstrate that \\method effectively incentivize", "demonstrate that method effectively incentivize"),
                Arguments.of("we propose an \\textit{RL}-based sim-real \\textit{Co}-training (RL-Co)",
                        "we propose an RL-based sim-real Co-training (RL-Co)"),
                // 2026-03-10, 2026-03-18
                Arguments.of("\\$OneMillion-Bench: How Far are Language Agents", "$OneMillion-Bench: How Far are Language Agents"),
                Arguments.of("at a cost of \\$200, writing zero lines of code", "at a cost of $200, writing zero lines of code"),
                Arguments.of("of 0.405~rad/yr during 2019--2020, coinciding", "of 0.405\u00A0rad/yr during 2019\u20132020, coinciding"),
                Arguments.of("Metrics \\& Reporting for task-aware", "Metrics & Reporting for task-aware"),
                Arguments.of("improves accuracy by 12\\% over", "improves accuracy by 12% over"),
                // 2024-05-29
                Arguments.of("music (e.g.\\ by changing its style", "music (e.g. by changing its style"),
                // Other forms the converter knows.
                Arguments.of("\\'ecole, na\\\"{\\i}ve, Fran\\c{c}ois, \\v{S}koda, Espa\\~na, \\^ome",
                        "école, naïve, François, Škoda, España, ôme"),
                Arguments.of("an em dash---like this, \\textemdash{} or \\textendash", "an em dash\u2014like this, \u2014 or \u2013"),
                Arguments.of("the `dense' model's `long-range' context", "the \u2018dense\u2019 model's \u2018long-range\u2019 context"),
                Arguments.of("\\textbf{bold $x_1$ here} and \\emph{x}", "bold $x_1$ here and x"));
    }

    @ParameterizedTest
    @MethodSource("realAbstracts")
    void convertsTextModeMacros(String tex, String text) {
        assertThat(TexText.convert(tex)).isEqualTo(text);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("a lone { brace", "a lone { brace"),
                Arguments.of("a trailing backslash \\", "a trailing backslash \\"),
                Arguments.of("\\textit{never closed", "{never closed"),
                Arguments.of("unterminated \\(x + y", "unterminated (x + y"),
                Arguments.of("an unknown \\macro{arg}", "an unknown macro{arg}"),
                Arguments.of("$$ never closed", "$$ never closed"),
                Arguments.of("accent without a letter \\\" here", "accent without a letter \" here"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void keepsMalformedInputAsText(String tex, String text) {
        assertThat(TexText.convert(tex)).isEqualTo(text);
    }

    static Stream<Arguments> splits() {
        return Stream.of(
                // 2024-06-04, 2024-06-18, 2024-06-21, and a topic of content/papers/2026-02-04.json
                Arguments.of("$μ$LO: Compute-Efficient Meta-Generalization", new String[] {"$μ$"}),
                Arguments.of("A Simple and Effective $L_2$ Norm-Based Strategy", new String[] {"$L_2$"}),
                Arguments.of("$\\nabla^2$DFT: A Universal Quantum Chemistry Dataset", new String[] {"$\\nabla^2$"}),
                Arguments.of("$τ$-bench: A Benchmark for Tool-Agent-User Interaction", new String[] {"$τ$"}),
                Arguments.of("shared-$A$ multi-LoRA", new String[] {"$A$"}),
                Arguments.of("inline \\(a+b\\), display $$\\sum_i x_i$$ and \\[y\\]",
                        new String[] {"\\(a+b\\)", "$$\\sum_i x_i$$", "\\[y\\]"}),
                // Prices: the opening $ is followed by a digit, but the next $ follows a space or precedes a digit.
                Arguments.of("costs $25 and without human labelers, unlike $30", new String[0]),
                Arguments.of("between $5 and $10 per hour", new String[0]),
                Arguments.of("from US$5 to US$10", new String[0]),
                Arguments.of("Abhishek Mishra$", new String[0]),
                Arguments.of("an escaped \\$x\\$ pair", new String[0]),
                Arguments.of("$ x$ and $x $", new String[0]),
                Arguments.of("$x$5", new String[0]));
    }

    @ParameterizedTest
    @MethodSource("splits")
    void findsMathSpans(String text, String[] spans) {
        assertThat(MathSplitter.split(text).stream().filter(Segment::math).map(Segment::text))
                .containsExactly(spans);
        assertThat(String.join("", MathSplitter.split(text).stream().map(Segment::text).toList())).isEqualTo(text);
    }

    @Test
    void aLiteralDollarNeverPairsUpIntoNewMath() {
        String converted = TexText.convert("prices of \\$x\\$ each");
        assertThat(MathSplitter.hasMath(converted)).isFalse();
        assertThat(converted.replace("\u200B", "")).isEqualTo("prices of $x$ each");
    }

    @Test
    void anExcerptNeverCutsMath() {
        String text = "a".repeat(280) + " $\\sum_{i=1}^{n} x_i^2 + \\alpha$ and more words after it";
        assertThat(TexText.excerpt(text, 300)).isEqualTo("a".repeat(280) + "\u2026");
        assertThat(TexText.excerpt("short $x$", 300)).isEqualTo("short $x$");
        assertThat(TexText.excerpt("words " + "word ".repeat(100), 30)).isEqualTo("words word word word word word\u2026");
    }

    @Test
    void marksUpMathAndEscapesEverything() {
        assertThat(MathMarkup.html("<b> & $a<b$ and $$</span>$$"))
                .isEqualTo("&lt;b&gt; &amp; <span class=\"math\">$a&lt;b$</span> and "
                        + "<span class=\"math math-display\">$$&lt;/span&gt;$$</span>");
        assertThat(MathMarkup.containsMath(MathMarkup.html("no math, $5"))).isFalse();
        assertThat(MathMarkup.containsMath(MathMarkup.html("$x$"))).isTrue();
    }
}
