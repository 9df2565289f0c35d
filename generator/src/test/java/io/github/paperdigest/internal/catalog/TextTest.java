package io.github.paperdigest.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldsArxivHardLineBreaks() {
        assertThat(Text.fold("ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal\n  Models"))
                .isEqualTo("ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models");
        assertThat(Text.fold("has been\ndriven by\r\nadvances.\n")).isEqualTo("has been driven by advances.");
        assertThat(Text.fold("no  break")).isEqualTo("no  break");
        assertThat(Text.fold(null)).isNull();
    }

    @Test
    void namesAreCleanedAndKeyedIgnoringCaseAndSpacing() {
        assertThat(Text.clean("  Hinrich   Schu\u0308tze ")).isEqualTo("Hinrich Schütze");
        assertThat(Text.key("Reinforcement  Learning")).isEqualTo(Text.key("reinforcement learning"));
        assertThat(Text.key("Schütze")).isNotEqualTo(Text.key("Schutze"));
    }

    @Test
    void everyRunOfWhitespaceBecomesOneSpace() {
        assertThat(Text.clean("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(Text.clean("Ada\tLovelace")).isEqualTo("Ada Lovelace");
        assertThat(Text.clean("Ada \n Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(Text.clean("Ada\u000bLovelace")).isEqualTo("Ada Lovelace");
        assertThat(Text.key("Ada  LOVELACE")).isEqualTo("ada lovelace");
    }
}
