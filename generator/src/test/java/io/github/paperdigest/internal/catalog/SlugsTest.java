package io.github.paperdigest.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hinrich Schütze|hinrich-schutze",
            "Piotr BŁaszczyk|piotr-blaszczyk",
            "Matthias Nießner|matthias-niessner",
            "Blaise Agüera y Arcas|blaise-aguera-y-arcas",
            "S. H. Cai|s-h-cai",
            "Vision-Language-Action|vision-language-action",
            "τ2-Bench|τ2-bench",
            "张伟|张伟",
            "  --C++ / Rust--  |c-rust",
            "!!!|''",
    })
    void slugify(String name, String slug) {
        assertThat(Slugs.slugify(name)).isEqualTo(slug);
    }

    @Test
    void longNamesAreCut() {
        assertThat(Slugs.slugify("a".repeat(100))).hasSize(Slugs.MAX_LENGTH);
    }

    @Test
    void collidingNamesKeepThePlainSlugForTheFirstKeyAndAHashedOneForTheOthers() {
        TreeMap<String, String> names = new TreeMap<>(Map.of(
                "jose garcia", "Jose Garcia", "josé garcía", "José García", "zoe", "Zoë", "!!!", "!!!"));

        Map<String, String> slugs = Slugs.assign(names);

        assertThat(slugs.get("jose garcia")).isEqualTo("jose-garcia");
        assertThat(slugs.get("josé garcía")).matches("jose-garcia-[0-9a-f]{6}");
        assertThat(slugs.get("zoe")).isEqualTo("zoe");
        assertThat(slugs.get("!!!")).matches("[0-9a-f]{6}");
        assertThat(Slugs.assign(names)).as("stable").isEqualTo(slugs);
    }
}
