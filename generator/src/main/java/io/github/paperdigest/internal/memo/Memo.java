package io.github.paperdigest.internal.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function, kept from one build to the next: what this build asks for is found
 * if this build or the last one worked it out, and what the last build worked out but this one did not
 * ask for is forgotten when the next begins. A preview's memory thus stays the size of one build's
 * work however long it runs. Keys are compared by {@code equals}, so a key must hold everything the
 * result depends on. Safe for any number of threads within a build; {@link #nextBuild()} comes between
 * builds.
 */
public final class Memo<K, V> {

    private final boolean remembering;
    private volatile Map<K, V> last = Map.of();
    private volatile Map<K, V> current = new ConcurrentHashMap<>();

    private Memo(boolean remembering) {
        this.remembering = remembering;
    }

    /** A memo that keeps results for this build and the next. */
    public static <K, V> Memo<K, V> remembering() {
        return new Memo<>(true);
    }

    /** A memo that keeps nothing and works every result out: for a build that no other follows. */
    public static <K, V> Memo<K, V> forgetting() {
        return new Memo<>(false);
    }

    /**
     * The result for this key, worked out by {@code work} unless known. Not {@code computeIfAbsent}:
     * {@code work} may itself ask this memo for another key, and two threads may both work out a result,
     * which is the same either way.
     */
    public V get(K key, Function<? super K, ? extends V> work) {
        if (!remembering) {
            return work.apply(key);
        }
        V known = current.get(key);
        if (known == null) {
            known = last.get(key);
            if (known == null) {
                known = work.apply(key);
            }
            V raced = current.putIfAbsent(key, known);
            if (raced != null) {
                known = raced;
            }
        }
        return known;
    }

    /** Forgets what the last build worked out and this one did not ask for. */
    public synchronized void nextBuild() {
        if (remembering) {
            last = current;
            // Sized for as many results as the last build's, which the next build mostly asks for again.
            current = new ConcurrentHashMap<>(last.size());
        }
    }
}
