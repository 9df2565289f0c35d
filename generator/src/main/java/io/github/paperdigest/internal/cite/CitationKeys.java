package io.github.paperdigest.internal.cite;

import io.github.paperdigest.model.Paper;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * BibTeX keys in the style of Google Scholar and arXiv: the first author's last name, the year and
 * the title's first significant word, folded to lowercase ASCII ({@code schaar2026agent}). Keys are
 * given once for the whole catalog, so that a paper has one key in every file it appears in. When
 * papers share a key, the one with the oldest arXiv id keeps it and the others get {@code b},
 * {@code c}, ... in arXiv id order, so that a newer paper seldom changes a key already given.
 */
public final class CitationKeys {

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and",
            "or", "with", "at", "by", "from", "is", "are", "do", "does", "can", "how", "what", "why", "when",
            "toward", "towards", "via", "into", "beyond", "through", "we", "your", "you", "not", "all");
    /** Letters that Unicode decomposition leaves as they are. */
    private static final Map<Character, String> LETTERS = Map.of('ß', "ss", 'ø', "o", 'ł', "l", 'đ', "d",
            'æ', "ae",
            'œ', "oe", 'þ', "th", 'ı', "i");

    private CitationKeys() {
    }

    /** Each paper's key, by arXiv id. */
    public static Map<String, String> assign(List<Paper> papers) {
        return assign(papers, CitationKeys::base);
    }

    /**
     * Each paper's key, by arXiv id.
     *
     * @param baseOf {@link #base}, or a memo of it
     */
    public static Map<String, String> assign(List<Paper> papers, Function<Paper, String> baseOf) {
        List<Paper> byId = papers.stream().sorted(Comparator.comparing(Paper::id)).toList();
        // Each paper's base is its own, and parsing names and folding titles is most of the work: every core.
        List<String> bases = byId.parallelStream().map(baseOf).toList();
        Map<String, String> keys = new HashMap<>();
        Set<String> taken = new HashSet<>(bases);
        Set<String> given = new HashSet<>();
        for (int i = 0; i < byId.size(); i++) {
            Paper paper = byId.get(i);
            String base = bases.get(i);
            String key = base;
            int n = 0;
            // A suffixed key must not be another paper's own base key either.
            while (given.contains(key) || (n > 0 && taken.contains(key))) {
                key = base + suffix(++n);
            }
            given.add(key);
            keys.put(paper.id(), key);
        }
        return keys;
    }

    /** The key before collisions are settled. */
    public static String base(Paper paper) {
        String author = paper.authors().isEmpty() ? ""
                : firstWordOrAll(PersonName.parse(paper.authors().get(0).name()));
        String word = "";
        for (String candidate : fold(paper.title()).split("[^a-z0-9]+")) {
            if (!candidate.isEmpty() && !MINOR_WORDS.contains(candidate)) {
                word = candidate;
                break;
            }
        }
        return (author.isEmpty() ? "anon" : author) + Citations.year(paper) + word;
    }

    private static String firstWordOrAll(PersonName name) {
        String family = name.organization() ? name.family().split("[\\s-]")[0] : name.family();
        return fold(family).replaceAll("[^a-z0-9]", "");
    }

    /** 1 → b, 2 → c, ..., 25 → z, 26 → ba: a bijective base-26 count that never gives the bare key. */
    private static String suffix(int n) {
        StringBuilder letters = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            letters.insert(0, (char) ('a' + rest % 26));
        }
        return letters.toString();
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (char c : Normalizer.normalize(lower, Normalizer.Form.NFKD).toCharArray()) {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(LETTERS.getOrDefault(c, String.valueOf(c)));
            }
        }
        return folded.toString();
    }
}
