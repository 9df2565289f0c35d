package io.github.paperdigest.internal.plan;

import io.github.paperdigest.model.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The search index, in shards that a browser fetches side by side. Papers go oldest day first, so that a
 * new day changes only the last shard and a reader's browser keeps the others in its cache.
 *
 * @param shards each at most {@link #SHARD_SIZE} papers
 * @param summaries whether the entries carry the abstracts ({@code searchAbstracts} in {@code site.yaml})
 */
public record SearchIndex(List<List<SearchEntry>> shards, boolean summaries) {

    /** About 250 KB of JSON (65 KB gzipped), or 1.5 MB with the abstracts. */
    public static final int SHARD_SIZE = 1000;

    private static final Comparator<Paper> OLDEST_FIRST = Comparator.comparing((Paper paper) -> paper.day().date())
            .thenComparing(Paper::id);

    public SearchIndex {
        shards = shards.stream().map(List::copyOf).toList();
    }

    static SearchIndex of(List<Paper> papers, boolean summaries) {
        List<Paper> ordered = papers.stream().sorted(OLDEST_FIRST).toList();
        List<List<SearchEntry>> shards = new ArrayList<>();
        for (int start = 0; start < ordered.size(); start += SHARD_SIZE) {
            shards.add(ordered.subList(start, Math.min(ordered.size(), start + SHARD_SIZE)).stream()
                    .map(paper -> SearchEntry.of(paper, summaries)).toList());
        }
        return new SearchIndex(shards, summaries);
    }

    public int size() {
        return shards.stream().mapToInt(List::size).sum();
    }
}
