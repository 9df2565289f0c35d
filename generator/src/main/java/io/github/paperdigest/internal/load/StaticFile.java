package io.github.paperdigest.internal.load;

import java.nio.file.Path;

/** A file of {@code static/}, copied as it is to {@code path} in the site. */
public record StaticFile(Path source, String path) {
}
