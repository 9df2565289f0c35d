package io.github.paperdigest.internal.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the last good build and the models they were made from, so that a preview's rebuild
 * renders only what changed. A file is reused when its new model equals its old one and its context,
 * everything else its maker sees (the settings, the menu, the templates), is unchanged. Models are
 * records and lists, whose equality is that of their content, so an equal model makes equal bytes.
 * One build at a time; within a build, any thread.
 */
public final class OutputMemo {

    private record Entry(Object model, byte[] content) {
    }

    private final boolean remembers;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> previous = Map.of();
    private Object context;

    private OutputMemo(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memo for builds that follow one another, as in a preview. */
    public static OutputMemo create() {
        return new OutputMemo(true);
    }

    /** A memo that keeps nothing, for a one-off build. */
    public static OutputMemo none() {
        return new OutputMemo(false);
    }

    /** Starts a build, forgetting every file when its context differs from the last build's. */
    public synchronized void begin(Object buildContext) {
        if (!Objects.equals(context, buildContext)) {
            previous = Map.of();
        }
        context = buildContext;
        current.clear();
    }

    /** The last good build's bytes for this path, if they were made from an equal model; else null. */
    public byte[] reuse(String path, Object model) {
        Entry entry = previous.get(path);
        return entry != null && entry.model().equals(model) ? entry.content() : null;
    }

    /** Records what this build wrote at a path. */
    public void keep(String path, Object model, byte[] content) {
        if (remembers) {
            current.put(path, new Entry(model, content));
        }
    }

    /** Ends a build that succeeded: the next one reuses its files, and forgets those it no longer made. */
    public synchronized void commit() {
        previous = Map.copyOf(current);
        current.clear();
    }
}
