package io.github.paperdigest.internal.load;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.memo.Memo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a content directory: {@code site.yaml}, {@code papers/}, {@code notes/}, {@code pages/},
 * {@code static/} and {@code templates/}. Every problem is collected rather than thrown, so that an
 * editor sees all of them in one run; I/O failures of the directory itself are thrown. Each file's
 * reading, problems included, may be kept in a memo: a preview reads again only the files that changed.
 */
public final class ContentLoader {

    private final Path root;
    private final Problems problems;
    private final LoadOptions options;
    private final Memo<FileVersion, FileReading> readings;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public ContentLoader(Path root, Problems problems, LoadOptions options) {
        this(root, problems, options, Memo.forgetting());
    }

    /** @param readings the files read by earlier builds, by their version */
    public ContentLoader(Path root, Problems problems, LoadOptions options, Memo<FileVersion, FileReading> readings) {
        this.root = root;
        this.problems = problems;
        this.options = options;
        this.readings = readings;
    }

    /** The content directory. */
    public Path root() {
        return root;
    }

    public LoadedContent load() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("content directory " + root + " does not exist");
        }
        Path settings = root.resolve(SiteSettingsReader.FILE);
        String settingsText = Files.isRegularFile(settings)
                ? new CheckedFileReader(problems, options.maxFileBytes()).readText(settings, SiteSettingsReader.FILE)
                : null;
        var site = new SiteSettingsReader(problems).read(settingsText, options.baseUrlOverride(),
                options.previewOrigin());

        List<PaperFile> paperFiles = parallel(files("papers", ".json"), file -> read(file, PaperFile.class,
                (name, text, fileProblems) -> {
                    PaperRecordReader papers = new PaperRecordReader(fileProblems, options.today());
                    List<PaperRecord> records = papers.read(name, text);
                    return new PaperFile(records, papers.rejectedIds(), papers.drafts());
                }));
        List<NoteRecord> notes = parallel(files(ContentFiles.NOTES, ".md"),
                file -> read(file, NoteRecord.class, this::parseNote));
        List<PageRecord> pages = parallel(files("pages", ".md"), file -> read(file, PageRecord.class,
                (name, text, fileProblems) -> {
                    String relative = relative(root.resolve("pages"), file);
                    String slug = relative.substring(0, relative.length() - ".md".length());
                    return markdownReader(fileProblems)
                            .readPage(name, slug + "/", titleOf(slug), new String(text, StandardCharsets.UTF_8));
                }));
        Path staticRoot = root.resolve("static");
        List<StaticFile> staticFiles = files("static", "").stream()
                .map(file -> new StaticFile(file, relative(staticRoot, file)))
                .toList();
        Path templates = root.resolve("templates");
        return new LoadedContent(site, records(paperFiles), rejectedIds(paperFiles), drafts(paperFiles), notes,
                pages, staticFiles, Files.isDirectory(templates) ? templates : null);
    }

    /**
     * One note read as {@link #load} reads it: its record, null when it has errors, and its problems, which
     * go to no build's.
     */
    public FileReading readNote(Path file) throws IOException {
        Problems fileProblems = new Problems();
        String name = name(file);
        byte[] bytes = new CheckedFileReader(fileProblems, options.maxFileBytes()).read(file, name);
        Object value = bytes == null ? null : parseNote(name, bytes, fileProblems);
        return new FileReading(value, fileProblems.all());
    }

    private NoteRecord parseNote(String name, byte[] text, Problems fileProblems) {
        return markdownReader(fileProblems).readNote(name, new String(text, StandardCharsets.UTF_8));
    }

    private MarkdownDocumentReader markdownReader(Problems fileProblems) {
        return new MarkdownDocumentReader(fileProblems, options.today(), markdown);
    }

    /** How a file's checked bytes become its records, reporting problems to the file's own collection. */
    private interface Parsing<T> {
        T parse(String name, byte[] bytes, Problems fileProblems);
    }

    /**
     * What the file holds, none when its errors leave nothing to use; its problems, found now or when this
     * version of it was read before, go to the build's.
     */
    private <T> Stream<T> read(Path file, Class<T> type, Parsing<T> parsing) throws IOException {
        FileReading reading;
        try {
            reading = readings.get(FileVersion.of(file, options), version -> {
                Problems fileProblems = new Problems();
                String name = name(file);
                try {
                    byte[] bytes = new CheckedFileReader(fileProblems, options.maxFileBytes()).read(file, name);
                    Object value = bytes == null ? null : parsing.parse(name, bytes, fileProblems);
                    return new FileReading(value, fileProblems.all());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        reading.problems().forEach(problems::add);
        return Stream.ofNullable(type.cast(reading.value()));
    }

    private static List<PaperRecord> records(List<PaperFile> files) {
        return files.stream().flatMap(file -> file.records().stream()).toList();
    }

    private static Set<String> rejectedIds(List<PaperFile> files) {
        Set<String> ids = new HashSet<>();
        files.forEach(file -> ids.addAll(file.rejectedIds()));
        return ids;
    }

    /** By file and position: files are read in order, and each file's drafts are in order. */
    private static List<DraftRecord> drafts(List<PaperFile> files) {
        return files.stream().flatMap(file -> file.drafts().stream()).toList();
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

    private List<Path> files(String folder, String extension) throws IOException {
        return ContentFiles.under(root, folder, extension);
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
