package io.github.paperdigest.internal.publish;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.render.SiteOutput;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site updated in place: only the files whose bytes change are written, first into a staging folder
 * {@code .NAME.staging} beside the output folder, and moved into the output on {@link #commit}, which
 * also deletes the files the build no longer makes. Until then, and whenever the build fails, the
 * site stays as it was. A build killed during the commit leaves no manifest, so the next one makes the
 * whole site again.
 */
public final class UpdatedSite implements SiteOutput, AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private UpdatedSite(Path output) {
        this.output = output;
        this.staging = output.resolveSibling("." + output.getFileName() + ".staging");
    }

    /**
     * Starts an update of the site in {@code output}, which must be one this generator built.
     *
     * @throws IOException when it is not, or when a leftover staging folder is not this generator's
     */
    public static UpdatedSite begin(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        if (!OwnFolders.isSite(target)) {
            throw new IOException("refusing to update " + target + ": it holds no " + StagedSite.MARKER
                    + ", so it is not a site this generator built");
        }
        UpdatedSite site = new UpdatedSite(target);
        // A whole build killed after its swap, before it deleted the old site, left it as .previous.
        OwnFolders.deleteLeftover(target.resolveSibling("." + target.getFileName() + ".previous"));
        OwnFolders.deleteLeftover(site.staging);
        Files.createDirectories(site.staging);
        Files.write(site.staging.resolve(StagedSite.STAGING_MARKER), new byte[0]);
        return site;
    }

    /**
     * Whether {@code output} holds a site this generator built with nothing beside it that an interrupted
     * build left, which the next build is to clear away.
     */
    public static boolean isClean(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return OwnFolders.isSite(target)
                && Files.notExists(target.resolveSibling("." + target.getFileName() + ".staging"), NOFOLLOW_LINKS)
                && Files.notExists(target.resolveSibling("." + target.getFileName() + ".previous"), NOFOLLOW_LINKS);
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path current = resolve(output, path);
        if (Files.isRegularFile(current, NOFOLLOW_LINKS) && Files.size(current) == content.length
                && Arrays.equals(Files.readAllBytes(current), content)) {
            return;
        }
        Path staged = resolve(staging, path);
        Files.createDirectories(staged.getParent());
        Files.write(staged, content);
        changed.add(path);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        Path current = resolve(output, path);
        if (Files.isRegularFile(current, NOFOLLOW_LINKS) && Files.mismatch(source, current) == -1) {
            return;
        }
        Path staged = resolve(staging, path);
        Files.createDirectories(staged.getParent());
        Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
        changed.add(path);
    }

    @Override
    public boolean canKeep(String path) throws IOException {
        return Files.isRegularFile(resolve(output, path), NOFOLLOW_LINKS);
    }

    @Override
    public void keep(String path) {
        // The file is in the output already.
    }

    /** The files written, which the commit moves into the output. */
    public int changedFiles() {
        return changed.size();
    }

    /**
     * Deletes the files the build no longer makes, moves the changed ones into the output, and writes
     * the manifest last.
     */
    public void commit(Manifest manifest, Set<String> removed) throws IOException {
        ManifestFile.delete(output);
        for (String path : removed) {
            Path file = resolve(output, path);
            Files.deleteIfExists(file);
            deleteEmptyFolders(file.getParent());
        }
        for (String path : new TreeSet<>(changed)) {
            Path target = resolve(output, path);
            Files.createDirectories(target.getParent());
            Files.move(resolve(staging, path), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        ManifestFile.write(output, manifest);
        committed = true;
        OwnFolders.delete(staging);
    }

    /** Discards the staged files unless the site was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            OwnFolders.delete(staging);
        }
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path current = folder; current != null && !current.equals(output) && current.startsWith(output);
                current = current.getParent()) {
            try {
                if (!Files.deleteIfExists(current)) {
                    return;
                }
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private static Path resolve(Path root, String path) throws IOException {
        return OwnFolders.fileIn(root, path);
    }
}
