package io.github.paperdigest.internal.catalog;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The spellings seen of each name: spellings that differ only in case, spacing or Unicode form
 * share one key, and the most frequent spelling is the one shown.
 */
final class Names {

    private final SortedMap<String, Map<String, Integer>> spellingsByKey = new TreeMap<>();

    /** Records one occurrence of {@code spelling} and returns its key. */
    String add(String spelling) {
        String shown = Text.clean(spelling);
        String key = Text.key(shown);
        add(key, shown);
        return key;
    }

    /** Records one occurrence of {@code spelling} under a key chosen by the caller. */
    void add(String key, String spelling) {
        spellingsByKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(Text.clean(spelling), 1, Integer::sum);
    }

    /** Each key's name as shown: its most frequent spelling, the first in sort order on a tie. */
    SortedMap<String, String> shown() {
        SortedMap<String, String> shown = new TreeMap<>();
        spellingsByKey.forEach((key, spellings) -> shown.put(key, spellings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey()));
        return shown;
    }
}
