package io.github.paperdigest.internal.load;

import io.github.paperdigest.internal.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a content directory: {@code site.yaml}, {@code papers/}, {@code notes/}, {@code pages/},
 * {@code static/} and {@code templates/}. Every problem is collected rather than thrown, so that an
 * editor sees all of them in one run; I/O failures of the directory itself are thrown.
 */
public final class ContentLoader {

    private final Path root;
    private final Problems problems;
    private final LoadOptions options;
    private final CheckedFileReader reader;

    public ContentLoader(Path root, Problems problems, LoadOptions options) {
        this.root = root;
        this.problems = problems;
        this.options = options;
        this.reader = new CheckedFileReader(problems, options.maxFileBytes());
    }

    public LoadedContent load() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("content directory " + root + " does not exist");
        }
        Path settings = root.resolve(SiteSettingsReader.FILE);
        String settingsText = Files.isRegularFile(settings) ? reader.readText(settings, SiteSettingsReader.FILE) : null;
        var site = new SiteSettingsReader(problems).read(settingsText, options.baseUrlOverride(),
                options.previewOrigin());

        PaperRecordReader papers = new PaperRecordReader(problems, options.today());
        List<PaperRecord> records = parallel(files("papers", ".json"), file -> {
            byte[] json = reader.read(file, name(file));
            return json == null ? Stream.empty() : papers.read(name(file), json).stream();
        });

        MarkdownDocumentReader markdown = new MarkdownDocumentReader(problems, options.today());
        List<NoteRecord> notes = parallel(files("notes", ".md"), file -> {
            String text = reader.readText(file, name(file));
            return text == null ? Stream.empty() : Stream.ofNullable(markdown.readNote(name(file), text));
        });
        List<PageRecord> pages = parallel(files("pages", ".md"), file -> {
            String text = reader.readText(file, name(file));
            String relative = relative(root.resolve("pages"), file);
            String slug = relative.substring(0, relative.length() - ".md".length());
            return text == null ? Stream.empty()
                    : Stream.ofNullable(markdown.readPage(name(file), slug + "/", titleOf(slug), text));
        });
        Path staticRoot = root.resolve("static");
        List<StaticFile> staticFiles = files("static", "").stream()
                .map(file -> new StaticFile(file, relative(staticRoot, file)))
                .toList();
        Path templates = root.resolve("templates");
        return new LoadedContent(site, records, papers.rejectedIds(), papers.drafts(), notes, pages, staticFiles,
                Files.isDirectory(templates) ? templates : null);
    }

    private interface FileReader<T> {
        Stream<T> read(Path file) throws IOException;
    }

    /** Reads files on every core, keeping the files' order in the result. */
    private static <T> List<T> parallel(List<Path> files, FileReader<T> reader) throws IOException {
        try {
            return files.parallelStream().flatMap(file -> {
                try {
                    return reader.read(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The regular files under {@code folder} whose names end with {@code extension}, sorted. */
    private List<Path> files(String folder, String extension) throws IOException {
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

    private String name(Path file) {
        return relative(root, file);
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    private static String titleOf(String slug) {
        String last = slug.substring(slug.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        return last.isEmpty() ? last : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}
