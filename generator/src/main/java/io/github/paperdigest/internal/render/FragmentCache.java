package io.github.paperdigest.internal.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Text made once per build and used many times, such as a paper's card, which a day, a week, a month
 * and each of its authors' and topics' pages show. At most {@code capacity} fragments are kept; past
 * that, a fragment is made every time it is asked for, so that memory stays bounded on any digest.
 * Safe for any number of threads; two threads may make the same fragment at once, and one is kept.
 */
public final class FragmentCache {

    private final Map<String, String> fragments = new ConcurrentHashMap<>();
    private final int capacity;

    public FragmentCache(int capacity) {
        this.capacity = capacity;
    }

    /** The fragment kept under {@code key}, or null. */
    public String find(String key) {
        return fragments.get(key);
    }

    /** Keeps {@code fragment} under {@code key} while there is room. */
    public void keep(String key, String fragment) {
        if (fragments.size() < capacity) {
            fragments.putIfAbsent(key, fragment);
        }
    }

    /** The fragment kept under {@code key}, made by {@code maker} from the key when there is none. */
    public String get(String key, Function<String, String> maker) {
        String fragment = find(key);
        if (fragment == null) {
            fragment = maker.apply(key);
            keep(key, fragment);
        }
        return fragment;
    }
}
