package io.github.paperdigest.internal.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One successful build of the site, as a preview serves it.
 *
 * @param build the build's name, which tells a page whether a newer build has replaced its own
 * @param basePath the path the site lives under, such as {@code /} or {@code /repo/}
 * @param files generated files by site path ({@code days/2026-02-03/index.html})
 * @param copies static files by site path, read from disk when asked for
 */
public record SiteSnapshot(String build, String basePath, Map<String, byte[]> files, Map<String, Path> copies) {

    /** Whether the site has a file at this path. */
    public boolean has(String path) {
        return files.containsKey(path) || copies.containsKey(path);
    }

    /** The file's bytes, or null when the site has no such file. */
    public byte[] read(String path) throws IOException {
        byte[] generated = files.get(path);
        if (generated != null) {
            return generated;
        }
        Path source = copies.get(path);
        return source == null ? null : Files.readAllBytes(source);
    }
}
