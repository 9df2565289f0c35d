package io.github.paperdigest.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic digest for benchmarks (issues 7 and 8): {@code site.yaml},
 * {@code papers/<day>.json} in the Hugging Face daily_papers layout, and {@code notes/*.md}. The same
 * parameters give the same bytes: every choice comes from seeded streams, never from the clock or from a
 * hash order. Day files are written as they are made, so memory does not grow with the corpus.
 *
 * <pre>{@code
 * new SyntheticCorpus(CorpusParameters.defaults(10_000)).write(Path.of("/tmp/synthetic-10k"));
 * }</pre>
 */
public final class SyntheticCorpus {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** As the saved API files are laid out: two spaces, {@code "key": value}, LF whatever the platform. */
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final CorpusParameters parameters;

    public SyntheticCorpus(CorpusParameters parameters) {
        this.parameters = parameters;
    }

    /** What {@link #write} wrote: distinct authors and topics are those of the parameters, all of them used. */
    public record Summary(int papers, int days, int notes, int authors, int topics, long bytes, Duration elapsed) {

        public String line() {
            return String.format(Locale.ROOT, "Wrote %d papers over %d days, %d notes, %d authors, %d topics, "
                    + "%.1f MB in %.2f s", papers, days, notes, authors, topics, bytes / 1e6, elapsed.toMillis() / 1e3);
        }
    }

    /** @throws IOException when {@code directory} holds anything already, or writing fails */
    public Summary write(Path directory) throws IOException {
        long start = System.nanoTime();
        refuseNonEmpty(directory);
        Path papersFolder = Files.createDirectories(directory.resolve("papers"));
        Path notesFolder = Files.createDirectories(directory.resolve("notes"));
        long bytes = write(directory.resolve("site.yaml"), siteYaml());
        DayPlan plan = DayPlan.of(parameters);
        PaperFactory factory = new PaperFactory(parameters);
        int index = 0;
        int notes = 0;
        for (int d = 0; d < plan.days().size(); d++) {
            LocalDate day = plan.days().get(d);
            ByteArrayOutputStream text = new ByteArrayOutputStream(plan.counts()[d] * 6000);
            try (JsonGenerator json = JSON.createGenerator(text, JsonEncoding.UTF8)) {
                json.setPrettyPrinter(LAYOUT.createInstance());
                json.writeStartArray();
                for (int i = 0; i < plan.counts()[d]; i++) {
                    SyntheticPaper paper = factory.make(index++, day);
                    DailyEntryJson.write(json, paper);
                    if (paper.note() != null) {
                        bytes += write(notesFolder.resolve(NoteMarkdown.fileName(paper)), NoteMarkdown.text(paper));
                        notes++;
                    }
                }
                json.writeEndArray();
                json.writeRaw('\n');
            }
            bytes += write(papersFolder.resolve(day + ".json"), text.toByteArray());
        }
        return new Summary(index, plan.days().size(), notes, parameters.distinctAuthors(), parameters.topics(),
                bytes, Duration.ofNanos(System.nanoTime() - start));
    }

    private String siteYaml() {
        return "# A synthetic digest: every paper, author, organisation and note in it is made up. Made by\n"
                + "# io.github.paperdigest.bench.SyntheticCorpus from " + parameters + "\n"
                + "title: Synthetic Digest\n"
                + String.format(Locale.ROOT, "description: %,d made-up papers in the Hugging Face daily papers "
                + "format, for benchmarks.\n", parameters.papers());
    }

    private static long write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static long write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return bytes.length;
    }

    private static void refuseNonEmpty(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(directory + " is not empty: the corpus goes into a new or empty folder, "
                            + "so that no file of an earlier corpus is left in it");
                }
            }
        }
    }

    public static void main(String[] args) {
        CorpusArguments arguments;
        try {
            arguments = CorpusArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n\n" + CorpusArguments.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.out.println(new SyntheticCorpus(arguments.parameters()).write(arguments.out()).line()
                    + " into " + arguments.out());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(e instanceof IllegalArgumentException ? 2 : 1);
        }
    }
}
