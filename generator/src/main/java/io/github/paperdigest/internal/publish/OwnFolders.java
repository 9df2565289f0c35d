package io.github.paperdigest.internal.publish;

import static io.github.paperdigest.internal.publish.StagedSite.MARKER;
import static io.github.paperdigest.internal.publish.StagedSite.STAGING_MARKER;
import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders a build makes beside the output, told apart from anybody else's before one is deleted:
 * a staging folder holds {@link StagedSite#STAGING_MARKER} from its start, a built site {@link StagedSite#MARKER}.
 */
final class OwnFolders {

    private OwnFolders() {
    }

    static boolean isSite(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER));
    }

    static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Deletes a staging or previous folder that an interrupted build left, if there is one.
     *
     * @throws IOException when the folder is not one a build made, so that it is left alone
     */
    static void deleteLeftover(Path folder) throws IOException {
        if (Files.notExists(folder, NOFOLLOW_LINKS)) {
            return;
        }
        // A kill between commit's removal of the staging marker and its rename leaves only MARKER; a kill
        // between creating a staging folder and marking it leaves it empty, and an empty folder loses nothing.
        boolean made = Files.isDirectory(folder, NOFOLLOW_LINKS)
                && (isEmpty(folder) || isSite(folder) || Files.exists(folder.resolve(STAGING_MARKER)));
        if (!made) {
            throw new IOException(folder + " was not made by paper-digest (it holds neither " + STAGING_MARKER
                    + " nor " + MARKER + "), so it is left alone; move or delete it, then build again");
        }
        delete(folder);
    }

    /**
     * A site path as a file under {@code root}, refusing one that would land outside it or on the
     * staging marker.
     */
    static Path fileIn(Path root, String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("refusing to write outside the site: " + path);
        }
        if (file.equals(root.resolve(STAGING_MARKER))) {
            throw new IOException("refusing to write " + path + ": the name is reserved for paper-digest");
        }
        return file;
    }

    /** Deletes the markers last, so that a folder half deleted when a kill came is still known to be ours. */
    static void delete(Path root) throws IOException {
        List<Path> last = List.of(root.resolve(STAGING_MARKER), root.resolve(MARKER), root);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(path -> !last.contains(path)).sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        for (Path path : last) {
            Files.deleteIfExists(path);
        }
    }
}
