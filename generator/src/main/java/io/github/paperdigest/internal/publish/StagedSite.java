package io.github.paperdigest.internal.publish;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.render.SiteOutput;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A site being written: files go to a staging folder {@code .NAME.staging} beside the output folder
 * {@code NAME}, which replaces the output only on {@link #commit()}. Until then, and whenever the build
 * fails or is killed, the previous site stays as it was; see {@link OwnFolders} for what it deletes.
 */
public final class StagedSite implements SiteOutput, AutoCloseable {

    /** Always written by a build: a non-empty output folder without it was not made by this generator. */
    public static final String MARKER = ".nojekyll";

    /** Written first into a staging folder, so that a leftover one is known to be ours; never published. */
    public static final String STAGING_MARKER = ".paper-digest-staging";

    private final Path output;
    private final Path staging;
    private final Path previous;
    private boolean committed;

    private StagedSite(Path output) {
        this.output = output;
        this.staging = output.resolveSibling("." + output.getFileName() + ".staging");
        this.previous = output.resolveSibling("." + output.getFileName() + ".previous");
    }

    /**
     * Starts a site that will replace {@code output}, first clearing what an interrupted build left.
     *
     * @throws IOException when {@code output}, or a leftover staging or previous folder, holds something
     *     this generator did not make, which a build must not delete
     */
    public static StagedSite begin(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new IOException("refusing to replace the filesystem root " + target);
        }
        StagedSite site = new StagedSite(target);
        site.restorePrevious();
        boolean replaceable = Files.isDirectory(target) && (OwnFolders.isEmpty(target) || OwnFolders.isSite(target));
        if (Files.exists(target) && !replaceable) {
            throw new IOException("refusing to replace " + target + ": it is not empty and holds no " + MARKER
                    + ", so it is not a site this generator built; choose an empty or new output folder");
        }
        OwnFolders.deleteLeftover(site.previous);
        OwnFolders.deleteLeftover(site.staging);
        Files.createDirectories(site.staging);
        Files.write(site.staging.resolve(STAGING_MARKER), new byte[0]);
        return site;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path resolve(String path) throws IOException {
        return OwnFolders.fileIn(staging, path);
    }

    /**
     * Puts the new site, which must hold {@link #MARKER} by then, in place of the old one with its
     * manifest: two renames, then the old site is deleted.
     */
    public void commit(Manifest manifest) throws IOException {
        ManifestFile.write(staging, manifest);
        Files.delete(staging.resolve(STAGING_MARKER));
        boolean hadOutput = Files.exists(output, NOFOLLOW_LINKS);
        if (hadOutput) {
            move(output, previous);
        }
        move(staging, output);
        committed = true;
        if (hadOutput) {
            OwnFolders.delete(previous);
        }
    }

    /** Discards the staged files unless the site was committed, and puts back the old site if commit failed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            restorePrevious();
            OwnFolders.delete(staging);
        }
    }

    /** Commit failing, or killed, between its two renames leaves the old site only as .previous. */
    private void restorePrevious() throws IOException {
        if (Files.notExists(output, NOFOLLOW_LINKS) && OwnFolders.isSite(previous)) {
            move(previous, output);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
