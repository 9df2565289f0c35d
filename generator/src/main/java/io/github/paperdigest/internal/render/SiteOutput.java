package io.github.paperdigest.internal.render;

import java.io.IOException;
import java.nio.file.Path;

/** Where a built site goes. Paths are relative to the site's root, with {@code /} separators. */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    void copy(String path, Path source) throws IOException;
}
