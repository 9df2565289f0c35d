package io.github.paperdigest.internal.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * Replaces a file only when its bytes change, and then whole: the new bytes go to a temporary file
 * beside it, which is moved over it, so that a killed run leaves the old file or the new one, never
 * half of one. The temporary name ends in {@code .tmp}, which the generator does not read.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * @param current the file's bytes as last read, or null when there is no file
     * @return whether the file was written
     */
    static boolean writeIfChanged(Path file, byte[] current, byte[] bytes) throws IOException {
        if (current != null && Arrays.equals(current, bytes)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        // Not Files.createTempFile: it makes the file readable by its owner only, and the move would keep that.
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE); OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                // On disk before the move, so that a crash cannot leave the new name on an empty file.
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
