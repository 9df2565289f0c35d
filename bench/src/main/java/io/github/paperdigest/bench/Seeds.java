package io.github.paperdigest.bench;

/**
 * Seeds of independent random streams derived from the corpus's seed: one for the days, and one per paper,
 * so that a paper's text, authors and numbers depend only on the seed and its index, not on what the
 * papers before it drew.
 */
final class Seeds {

    static final long DAYS = -1;

    private Seeds() {
    }

    /** The seed of stream {@code stream} (a paper's index, or {@link #DAYS}). */
    static long stream(long seed, long stream) {
        return mix(seed * 0x9E3779B97F4A7C15L + stream + 1);
    }

    /** MurmurHash3's 64-bit finalizer: neighbouring inputs give unrelated outputs. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
