package io.github.paperdigest.internal.serve;

import io.github.paperdigest.internal.render.SiteOutput;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site built into memory for a preview. Static files stay where they are and are read when asked
 * for, so that a folder of images costs no memory. A file the last build made from an equal model is
 * kept: the same bytes, shared with the last snapshot.
 */
public final class MemorySite implements SiteOutput {

    private final SiteSnapshot last;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Path> copies = new ConcurrentHashMap<>();

    /** @param last the site the last good build made, or null */
    public MemorySite(SiteSnapshot last) {
        this.last = last;
    }

    @Override
    public void write(String path, byte[] content) {
        copies.remove(path);
        files.put(path, content);
    }

    @Override
    public void copy(String path, Path source) {
        // A static file replaces a theme asset of the same name, as in a built site.
        files.remove(path);
        copies.put(path, source);
    }

    @Override
    public boolean canKeep(String path) {
        return last != null && last.files().containsKey(path);
    }

    @Override
    public void keep(String path) {
        write(path, last.files().get(path));
    }

    /** Takes every file of the last site as it is, for a rebuild that writes only those that changed. */
    public void keepAll() {
        if (last != null) {
            files.putAll(last.files());
            copies.putAll(last.copies());
        }
    }

    /** The site as built so far, from now on unchanging. */
    public SiteSnapshot snapshot(String build, String basePath) {
        return new SiteSnapshot(build, basePath, Map.copyOf(files), Map.copyOf(copies));
    }
}
