package io.github.paperdigest.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The word lists, read once and shared by every paper: ranked modifier words drawn by a Zipf law, and the
 * sections of phrases.txt drawn uniformly. Immutable, so papers can be made on any thread.
 */
final class Vocabulary {

    /** Below 1, so that the commonest word ("training") is about 5% of modifiers rather than 12%. */
    private static final double WORD_EXPONENT = 0.8;

    private final List<String> words = WordLists.list("words.txt");
    private final ZipfSampler wordRanks = new ZipfSampler(words.size(), WORD_EXPONENT);
    private final Map<String, List<String>> phrases = WordLists.sections("phrases.txt");

    List<String> words() {
        return words;
    }

    /** A modifier word, common words more often. */
    String word(SplittableRandom random) {
        return words.get(wordRanks.sample(random));
    }

    /** One entry of a section of phrases.txt, each as likely. */
    String any(String section, SplittableRandom random) {
        List<String> entries = section(section);
        return entries.get(random.nextInt(entries.size()));
    }

    List<String> section(String section) {
        List<String> entries = phrases.get(section);
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("phrases.txt has no section [" + section + "]");
        }
        return entries;
    }
}
