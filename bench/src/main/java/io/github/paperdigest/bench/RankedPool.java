package io.github.paperdigest.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks a paper's authors (or topics) from a pool of {@code size} items ranked by frequency. Every item
 * appears at least once, so the corpus has exactly {@code size} distinct ones: paper i introduces items
 * [i * size / papers, (i + 1) * size / papers). The paper's other places are Zipf draws over the ranks,
 * which gives the few prolific authors and frequent topics of real data. A pure Zipf draw would leave much
 * of the tail unused, and the number of distinct names would then depend on N in a way hard to predict.
 */
final class RankedPool {

    private final int size;
    private final int papers;
    private final ZipfSampler zipf;

    RankedPool(int size, int papers, double exponent) {
        this.size = size;
        this.papers = papers;
        this.zipf = new ZipfSampler(size, exponent);
    }

    int size() {
        return size;
    }

    /**
     * Distinct item indexes for paper {@code paper}: the ones it introduces, then Zipf draws up to
     * {@code count} in all (more when it introduces more than {@code count}).
     */
    int[] pick(int paper, int count, SplittableRandom random) {
        int first = (int) ((long) paper * size / papers);
        int end = (int) ((long) (paper + 1) * size / papers);
        int wanted = Math.min(size, Math.max(count, end - first));
        int[] picked = new int[wanted];
        int filled = 0;
        for (int item = first; item < end && filled < wanted; item++) {
            picked[filled++] = item;
        }
        // Draws that repeat an item already picked are skipped; the bound keeps a tiny pool from looping long.
        for (int attempts = 0; filled < wanted && attempts < 50 * wanted; attempts++) {
            int item = zipf.sample(random);
            if (!contains(picked, filled, item)) {
                picked[filled++] = item;
            }
        }
        return filled == wanted ? picked : Arrays.copyOf(picked, filled);
    }

    /** One Zipf draw, for a topic an editor adds: any item, frequent ones more often. */
    int draw(SplittableRandom random) {
        return zipf.sample(random);
    }

    private static boolean contains(int[] items, int length, int item) {
        for (int i = 0; i < length; i++) {
            if (items[i] == item) {
                return true;
            }
        }
        return false;
    }
}
