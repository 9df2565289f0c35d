package io.github.paperdigest.internal.catalog;

import io.github.paperdigest.model.Paper;
import java.util.List;
import java.util.Map;

/**
 * Papers grouped by a key (a day, an author, a topic, an organisation).
 *
 * @param keys every key, in the order pages list them
 * @param papers each key's papers, in the order its page lists them
 */
public record Index<K>(List<K> keys, Map<K, List<Paper>> papers) {

    public Index {
        keys = List.copyOf(keys);
        papers = Map.copyOf(papers);
    }

    public List<Paper> papersOf(K key) {
        return papers.getOrDefault(key, List.of());
    }
}
