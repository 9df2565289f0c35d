package io.github.paperdigest.internal.render;

import java.io.IOException;
import java.nio.file.Path;

/** Where a built site goes. Paths are relative to the site's root, with {@code /} separators. */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    void copy(String path, Path source) throws IOException;

    /** Whether the file the last build left at this path is there, so that this build can keep it. */
    default boolean canKeep(String path) throws IOException {
        return false;
    }

    /** Keeps the last build's file at this path as it is; called only where {@link #canKeep} said so. */
    default void keep(String path) throws IOException {
        throw new UnsupportedOperationException("this output keeps nothing of a last build: " + path);
    }
}
