package io.github.paperdigest.internal.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spellings seen of each name: spellings that differ only in case, spacing or Unicode form
 * share one key, and the most frequent spelling is the one shown.
 */
final class Names {

    /** By key; concurrent, as papers are registered on every core, and sorted only once, when shown. */
    private final Map<String, Spellings> spellingsByKey = new ConcurrentHashMap<>();

    /** Records one occurrence of {@code spelling} and returns its key. Safe for any number of threads. */
    String add(String spelling) {
        String shown = Text.clean(spelling);
        String key = Text.key(shown);
        spellingsByKey.computeIfAbsent(key, k -> new Spellings()).add(shown);
        return key;
    }

    /** Records one occurrence of {@code spelling} under a key chosen by the caller. */
    void add(String key, String spelling) {
        spellingsByKey.computeIfAbsent(key, k -> new Spellings()).add(Text.clean(spelling));
    }

    /** Each key's name as shown: its most frequent spelling, the first in sort order on a tie. */
    SortedMap<String, String> shown() {
        SortedMap<String, String> shown = new TreeMap<>();
        spellingsByKey.forEach((key, spellings) -> shown.put(key, spellings.mostFrequent()));
        return shown;
    }

    /** One name's spellings and how often each was seen; most names have one. */
    private static final class Spellings {

        private final Map<String, Integer> counts = new HashMap<>(2);

        synchronized void add(String spelling) {
            counts.merge(spelling, 1, Integer::sum);
        }

        synchronized String mostFrequent() {
            return counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey();
        }
    }
}
