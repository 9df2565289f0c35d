package io.github.paperdigest.internal.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The few words of a title that name a skeleton's file. */
class ScaffoldNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kimi K2.5: Visual Agentic Intelligence | kimi-k2-5",
        "$\\nabla^2$DFT: A Universal Quantum Chemistry Dataset | nabla-2-dft",
        "On the Entropy Dynamics in Reinforcement Fine-Tuning of Large Language Models | on-the-entropy-dynamics-in",
        "Step 3.5 Flash: Open Frontier-Level Intelligence | step-3-5-flash",
        ": A title that starts with a colon | a-title-that-starts-with",
        "Hinrich Schütze’s Ünïcödé Paper | hinrich-schutze-s-unicode-paper",
        "Supercalifragilisticexpialidocious-Antidisestablishmentarianism Rules | supercalifragilisticexpialidocious",
        "Pneumonoultramicroscopicsilicovolcanoconiosisandmore | pneumonoultramicroscopicsilicovolcanocon",
        "日本語の論文: 副題 | 日本語の論文",
        "$$ ... $$ | ''",
    })
    void keepsAFewWordsOfTheTitleInTheSitesSlugAlphabet(String title, String slug) {
        assertThat(SkeletonNames.shortSlug(title)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kimi K2.5: Visual Agentic Intelligence | notes/2602.02276-kimi-k2-5.md | papers/2026-02-03-kimi-k2-5.json",
        "$$ ... $$ | notes/2602.02276.md | papers/2026-02-03-paper.json",
    })
    void namesNotesByIdAndRecordsByDayNeverAsABareDayFile(String title, String note, String record) {
        assertThat(SkeletonNames.note("2602.02276", title)).isEqualTo(note);
        assertThat(SkeletonNames.record(LocalDate.of(2026, 2, 3), title)).isEqualTo(record);
    }
}
