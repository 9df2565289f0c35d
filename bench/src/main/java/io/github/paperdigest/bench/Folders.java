package io.github.paperdigest.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deleting and measuring the harness's folders. */
final class Folders {

    private static final Path FIRST_PAGE_ALIAS = Path.of("page", "1", "index.html");

    private Folders() {
    }

    /**
     * What a walk of an output folder finds.
     *
     * @param files every regular file
     * @param bytes their sizes' sum
     * @param pages HTML files, less Hugo's {@code page/1/index.html}, which only redirect to their list's first
     *     page (Hugo writes one for every list that has a paginator; ours writes none)
     */
    record Size(long files, long bytes, long pages) {

        double megabytes() {
            return bytes / 1e6;
        }
    }

    /** Walks a folder without following links; an absent folder is empty. */
    static Size size(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Size(0, 0, 0);
        }
        long[] counts = new long[3];
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    counts[0]++;
                    counts[1] += attributes.size();
                    if (file.getFileName().toString().endsWith(".html") && !file.endsWith(FIRST_PAGE_ALIAS)) {
                        counts[2]++;
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new Size(counts[0], counts[1], counts[2]);
    }

    /** Deletes a folder and everything in it, links included but not what they point to; nothing if absent. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
