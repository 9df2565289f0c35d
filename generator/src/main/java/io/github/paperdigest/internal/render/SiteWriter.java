package io.github.paperdigest.internal.render;

import io.github.paperdigest.internal.manifest.FileEntry;
import io.github.paperdigest.internal.manifest.ManifestRecorder;
import io.github.paperdigest.internal.manifest.ModelDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a build's files into its output and records each in the build's manifest. A file made from a
 * model is kept as the last build left it when its model's digest is unchanged, and not made again:
 *
 * <pre>{@code
 * String digest = files.digest(page);
 * if (!files.keep(path, digest)) {
 *     files.write(path, digest, render(page));
 * }
 * }</pre>
 *
 * Safe for any number of threads when its output is.
 */
public final class SiteWriter {

    private final SiteOutput output;
    private final ManifestRecorder manifest;
    private final ModelDigest digests;
    private final AtomicInteger made = new AtomicInteger();

    public SiteWriter(SiteOutput output, ManifestRecorder manifest) {
        this(output, manifest, new ModelDigest());
    }

    public SiteWriter(SiteOutput output, ManifestRecorder manifest, ModelDigest digests) {
        this.output = output;
        this.manifest = manifest;
        this.digests = digests;
    }

    /** The digest of a file's model, for {@link #keep} and {@link #write(String, String, byte[])}. */
    public String digest(Object model) {
        return digests.of(model);
    }

    /** Keeps the last build's file at this path if it was made from a model of this digest and is still there. */
    public boolean keep(String path, String digest) throws IOException {
        FileEntry entry = manifest.unchanged(path, digest);
        if (entry == null || !output.canKeep(path)) {
            return false;
        }
        output.keep(path);
        manifest.record(path, entry);
        return true;
    }

    /** Writes a file made from a model of this digest. */
    public void write(String path, String digest, byte[] content) throws IOException {
        output.write(path, content);
        manifest.record(path, new FileEntry(digest, content.length));
        made.incrementAndGet();
    }

    /** Writes a file that every build makes again, such as the sitemap or an asset. */
    public void write(String path, byte[] content) throws IOException {
        write(path, null, content);
    }

    /** Copies a static file. */
    public void copy(String path, Path source) throws IOException {
        output.copy(path, source);
        manifest.record(path, new FileEntry(null, Files.size(source)));
        made.incrementAndGet();
    }

    /** The files made by this build rather than kept from the last one. */
    public int made() {
        return made.get();
    }

    public ManifestRecorder manifest() {
        return manifest;
    }
}
