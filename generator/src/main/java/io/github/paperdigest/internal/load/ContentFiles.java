package io.github.paperdigest.internal.load;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files of a content directory that a build reads, found the one way that loading finds them. */
public final class ContentFiles {

    /** Where the editors' notes are. */
    public static final String NOTES = "notes";

    private ContentFiles() {
    }

    /**
     * Every file a build reads: {@code site.yaml}, the papers, notes and free pages, the static files and
     * the template overrides, in that order, each folder's files sorted.
     */
    public static List<Path> all(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Path settings = root.resolve(SiteSettingsReader.FILE);
        if (Files.isRegularFile(settings)) {
            files.add(settings);
        }
        files.addAll(under(root, "papers", ".json"));
        files.addAll(under(root, NOTES, ".md"));
        files.addAll(under(root, "pages", ".md"));
        files.addAll(under(root, "static", ""));
        files.addAll(under(root, "templates", ""));
        return files;
    }

    /** Whether a file, named by its path in the content directory, is one of the notes {@link #all} finds. */
    public static boolean isNote(String path) {
        return path.startsWith(NOTES + "/") && path.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** The regular files under {@code folder} whose names end with {@code extension}, sorted. */
    static List<Path> under(Path root, String folder, String extension) throws IOException {
        Path directory = root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                    .sorted()
                    .toList();
        }
    }
}
