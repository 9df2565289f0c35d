package io.github.paperdigest.internal.publish;

import io.github.paperdigest.internal.render.SiteOutput;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A site being written: files go to a staging folder beside the output folder, which replaces the
 * output only on {@link #commit()}. Until then, and whenever the build fails, the previous site
 * stays as it was.
 */
public final class StagedSite implements SiteOutput, AutoCloseable {

    /** Always written by a build: a non-empty output folder without it was not made by this generator. */
    public static final String MARKER = ".nojekyll";

    private final Path output;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    private StagedSite(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Starts a site that will replace {@code output}.
     *
     * @throws IOException when {@code output} holds something else than a site, which a build must not delete
     */
    public static StagedSite begin(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target) && !isReplaceable(target)) {
            throw new IOException("refusing to replace " + target + ": it is not empty and holds no " + MARKER
                    + ", so it is not a site this generator built; choose an empty or new output folder");
        }
        Path staging = target.resolveSibling("." + target.getFileName() + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        return new StagedSite(target, staging);
    }

    private static boolean isReplaceable(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isEmpty() || Files.exists(target.resolve(MARKER));
        }
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        files.incrementAndGet();
        bytes.addAndGet(Files.size(file));
    }

    private Path resolve(String path) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the site: " + path);
        }
        return file;
    }

    public int files() {
        return files.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Puts the new site in place of the old one: two renames, then the old site is deleted. */
    public void commit() throws IOException {
        Path previous = output.resolveSibling("." + output.getFileName() + ".previous");
        deleteTree(previous);
        if (Files.exists(output)) {
            move(output, previous);
        }
        move(staging, output);
        committed = true;
        deleteTree(previous);
    }

    /** Discards the staged files unless the site was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
