package io.github.paperdigest.internal.manifest;

import java.util.Map;
import java.util.Objects;

/**
 * What a finished build left: every file of the site and what it was made from, and the context it
 * was built in (see {@link BuildContext}). The next build keeps the files it would make the same.
 *
 * @param context the digest of everything besides its model that a file's maker sees
 * @param files by site path, in no order
 */
public record Manifest(String context, Map<String, FileEntry> files) {

    public Manifest {
        Objects.requireNonNull(context, "context");
        files = Map.copyOf(files);
    }

    /** The site's size in bytes. */
    public long bytes() {
        return files.values().stream().mapToLong(FileEntry::size).sum();
    }
}
