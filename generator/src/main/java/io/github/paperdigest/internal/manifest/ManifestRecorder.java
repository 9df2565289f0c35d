package io.github.paperdigest.internal.manifest;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manifest of a build under way: what it may keep of the last build, and what it made or kept.
 * A file whose model has the digest it had last time, in a build whose context is unchanged, has the
 * same bytes. Files are recorded from any thread.
 */
public final class ManifestRecorder {

    private final Manifest previous;
    private final String context;
    private final Map<String, FileEntry> current = new ConcurrentHashMap<>();

    /** @param previous what the last build left, or null when there is nothing to keep */
    public ManifestRecorder(Manifest previous, String context) {
        this.previous = previous;
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The last build's entry for this path when it was made from a model of this digest; else null. */
    public FileEntry unchanged(String path, String model) {
        if (model == null || previous == null || !context.equals(previous.context())) {
            return null;
        }
        FileEntry entry = previous.files().get(path);
        return entry != null && model.equals(entry.model()) ? entry : null;
    }

    /** Records a file this build made or kept; a later record of the same path replaces an earlier one. */
    public void record(String path, FileEntry entry) {
        current.put(path, entry);
    }

    /** The last build's files that this one did not make, in order: they are to be deleted. */
    public Set<String> removed() {
        Set<String> removed = new TreeSet<>();
        if (previous != null) {
            previous.files().keySet().stream().filter(path -> !current.containsKey(path)).forEach(removed::add);
        }
        return removed;
    }

    /** What this build leaves. */
    public Manifest manifest() {
        return new Manifest(context, current);
    }
}
