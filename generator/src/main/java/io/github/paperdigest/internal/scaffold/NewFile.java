package io.github.paperdigest.internal.scaffold;

import io.github.paperdigest.scaffold.ScaffoldException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a skeleton where no file is: the file is created with {@code CREATE_NEW}, which the system
 * refuses atomically when anything, a file, a folder or a link, is at the path already. So an
 * editor's work is never overwritten, even by a second run racing the first.
 */
final class NewFile {

    private NewFile() {
    }

    /**
     * @param name the file's path relative to the content directory, as messages name it
     * @return the file written
     * @throws ScaffoldException when something is at the path already; nothing is written
     * @throws IOException when the folders or the file cannot be written; a half-written file is removed
     */
    static Path write(Path contentDirectory, String name, byte[] content) throws ScaffoldException, IOException {
        Path file = contentDirectory.resolve(name);
        Files.createDirectories(file.getParent());
        OutputStream out;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(name + " exists already (a skeleton never overwrites a file: edit that "
                    + "file, or move it away)");
        }
        try (out) {
            out.write(content);
        } catch (IOException e) {
            // The file is this call's own, created just now, so removing it loses nothing of the editor's.
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }
}
