package io.github.paperdigest.internal.load;

import io.github.paperdigest.internal.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    public ContentLoader(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    public LoadedContent load(String baseUrlOverride) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("content directory " + root + " does not exist");
        }
        Path settings = root.resolve(SiteSettingsReader.FILE);
        String settingsText = Files.isRegularFile(settings) ? readText(settings) : null;
        var site = new SiteSettingsReader(problems).read(settingsText, baseUrlOverride);

        PaperRecordReader papers = new PaperRecordReader(problems);
        List<PaperRecord> records = parallel(files("papers", ".json"), file ->
                papers.read(name(file), Files.readAllBytes(file)).stream());

        MarkdownDocumentReader markdown = new MarkdownDocumentReader(problems);
        List<NoteRecord> notes = parallel(files("notes", ".md"), file -> {
            String text = readText(file);
            return text == null ? Stream.empty() : Stream.ofNullable(markdown.readNote(name(file), text));
        });
        List<PageRecord> pages = parallel(files("pages", ".md"), file -> {
            String text = readText(file);
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
        return new LoadedContent(site, records, notes, pages, staticFiles,
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

    /** A file's text, or null with an error reported when it is not UTF-8. */
    private String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error(name(file), 0, 0, "the file is not UTF-8 text (save it as UTF-8)");
            return null;
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
