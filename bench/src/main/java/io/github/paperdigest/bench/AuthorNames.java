package io.github.paperdigest.bench;

import java.util.List;

/**
 * Author names by index, made from the given and family names shipped beside this class: every index has
 * its own name, computed on demand (a million-paper corpus has millions of authors). The pairs are visited
 * in a scrambled order, so that authors of neighbouring ranks do not share a first name; once they run out,
 * names take middle initials ("Wei J. Zhang", then "Wei A. B. Zhang"), as large author lists do.
 */
final class AuthorNames {

    /** A prime larger than any number of pairs, so multiplying by it permutes the pairs. */
    private static final long SCRAMBLE = 1_000_003L;

    private final List<String> givenNames = WordLists.list("first-names.txt");
    private final List<String> familyNames = WordLists.list("last-names.txt");
    private final long pairs = (long) givenNames.size() * familyNames.size();

    String name(int index) {
        long pair = (index % pairs) * SCRAMBLE % pairs;
        long tier = index / pairs;
        String given = givenNames.get((int) (pair % givenNames.size()));
        String family = familyNames.get((int) (pair / givenNames.size()));
        return tier == 0 ? given + " " + family : given + " " + initials(tier - 1) + " " + family;
    }

    /** 0 → "A.", 25 → "Z.", 26 → "A. A.", ...: bijective base 26, so every tier has its own initials. */
    private static String initials(long number) {
        StringBuilder letters = new StringBuilder();
        long rest = number;
        do {
            letters.insert(0, (char) ('A' + rest % 26) + ". ");
            rest = rest / 26 - 1;
        } while (rest >= 0);
        return letters.toString().strip();
    }
}
