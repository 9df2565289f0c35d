package io.github.paperdigest.internal.render;

import java.nio.file.Path;

/** An output that keeps nothing: rendering into it checks every template against the data. */
public final class DiscardedOutput implements SiteOutput {

    @Override
    public void write(String path, byte[] content) {
        // Rendering was the point; the bytes are not needed.
    }

    @Override
    public void copy(String path, Path source) {
        // Nothing to check in a static file.
    }
}
