package io.github.paperdigest.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A content file as it is on disk now, and the settings its reading depends on: while these are the
 * same, reading the file again gives the same records and problems. Size, time of change and file key
 * (the inode, which an editor's save-by-rename replaces) are what {@code git status} and {@code make}
 * go by too; a preview rebuilds only once its files have been quiet for a while, so an edit lands on a
 * later time of change than the reading it follows.
 */
public record FileVersion(Path file, long size, FileTime modified, Object fileKey, LoadOptions options) {

    static FileVersion of(Path file, LoadOptions options) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileVersion(file, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(),
                options);
    }
}
