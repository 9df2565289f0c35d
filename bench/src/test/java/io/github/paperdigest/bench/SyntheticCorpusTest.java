package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.BuildResult;
import io.github.paperdigest.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark shape of 1,000 papers: its bytes, its proportions, and a clean build by the generator. */
class SyntheticCorpusTest {

    private static final CorpusParameters SHAPE = CorpusParameters.defaults(1_000);

    @TempDir
    static Path directory;

    static Path corpus;
    static List<JsonNode> papers = new ArrayList<>();

    @BeforeAll
    static void write() throws IOException {
        corpus = directory.resolve("corpus");
        new SyntheticCorpus(SHAPE).write(corpus);
        for (Path day : files(corpus.resolve("papers"))) {
            new ObjectMapper().readTree(day.toFile()).forEach(entry -> papers.add(entry.get("paper")));
        }
    }

    @Test
    void theSameParametersGiveTheSameBytes() throws IOException {
        Path again = directory.resolve("again");
        new SyntheticCorpus(SHAPE).write(again);

        assertThat(relative(again, files(again))).isEqualTo(relative(corpus, files(corpus)));
        for (Path file : files(corpus)) {
            assertThat(Files.mismatch(file, again.resolve(corpus.relativize(file)))).as(file.toString()).isEqualTo(-1);
        }
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws IOException {
        Path other = directory.resolve("other");
        new SyntheticCorpus(SHAPE.withPapers(100).withSeed(2)).write(other);
        Path first = files(other.resolve("papers")).get(0);
        Path same = corpus.resolve("papers").resolve(first.getFileName());

        assertThat(Files.readString(first)).isNotEqualTo(Files.readString(same));
    }

    @Test
    void papersComeAboutTwentyFiveAWeekdayUpToTheLastDay() throws IOException {
        List<Path> days = files(corpus.resolve("papers"));

        assertThat(papers).hasSize(1_000);
        assertThat(papers.stream().map(paper -> paper.get("id").asText()).distinct()).hasSize(1_000);
        assertThat(days).hasSizeBetween(36, 44);
        assertThat(days.get(days.size() - 1).getFileName()).hasToString("2025-12-31.json");
        for (Path day : days) {
            LocalDate date = LocalDate.parse(day.getFileName().toString().replace(".json", ""));
            assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void authorsTopicsAndNotesHaveTheBenchmarkProportions() throws IOException {
        Set<String> authors = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        long authorPlaces = 0;
        for (JsonNode paper : papers) {
            paper.get("authors").forEach(author -> authors.add(author.get("name").asText()));
            paper.get("ai_keywords").forEach(topic -> topics.add(topic.asText()));
            authorPlaces += paper.get("authors").size();
        }

        assertThat(authors).hasSize(SHAPE.distinctAuthors()).anyMatch(name -> !name.matches("\\p{ASCII}*"));
        assertThat(authorPlaces / 1_000.0).isBetween(2.8, 3.4);
        assertThat(topics).hasSize(500);
        assertThat(files(corpus.resolve("notes"))).hasSizeBetween(70, 130);
    }

    @Test
    void abstractsHoldSomeMathAndUpvotesHaveAHeavyTail() {
        List<Integer> upvotes = papers.stream().map(paper -> paper.get("upvotes").asInt()).sorted().toList();

        assertThat(papers).filteredOn(paper -> paper.get("summary").asText().contains("$")).hasSizeBetween(20, 100);
        assertThat(upvotes.get(999)).isGreaterThan(10 * upvotes.get(500));
    }

    @Test
    void realProportionsAreAParameterAway() throws IOException {
        Path real = directory.resolve("real");
        new SyntheticCorpus(SHAPE.withAuthors(8, 6).withTopics(5_000, 9)).write(real);
        Set<String> authors = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        for (Path day : files(real.resolve("papers"))) {
            for (JsonNode entry : new ObjectMapper().readTree(day.toFile())) {
                entry.get("paper").get("authors").forEach(author -> authors.add(author.get("name").asText()));
                entry.get("paper").get("ai_keywords").forEach(topic -> topics.add(topic.asText()));
            }
        }

        assertThat(authors).hasSize(6_000);
        assertThat(topics).hasSize(5_000);
    }

    @Test
    void theGeneratorBuildsItWithNeitherErrorsNorWarnings() throws Exception {
        BuildResult result = Generator.builder().contentDirectory(corpus).outputDirectory(directory.resolve("site"))
                .baseUrl("https://example.org/digest/").build().build();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.pages()).isGreaterThan(1_000 + 1_500 + 500);
        assertThat(directory.resolve("site/papers").resolve(papers.get(0).get("id").asText()).resolve("index.html"))
                .isRegularFile();
    }

    @Test
    void aFolderWithFilesInItIsLeftAlone() {
        assertThatThrownBy(() -> new SyntheticCorpus(SHAPE.withPapers(10)).write(corpus))
                .isInstanceOf(IOException.class).hasMessageContaining("is not empty");
    }

    @Test
    void theCommandLineReadsEveryParameter() {
        CorpusArguments arguments = CorpusArguments.parse("--papers", "50000", "--out", "/tmp/x", "--seed", "7",
                "--papers-per-day", "40", "--authors-per-paper", "8", "--distinct-authors-per-paper", "6",
                "--topics", "30000", "--topics-per-paper", "9", "--note-share", "0.2", "--zipf-exponent", "1",
                "--last-day", "2025-06-30");

        assertThat(arguments.out()).isEqualTo(Path.of("/tmp/x"));
        assertThat(arguments.parameters()).isEqualTo(new CorpusParameters(50_000, 40, 8, 6, 30_000, 9, 0.2, 1, 7,
                LocalDate.of(2025, 6, 30)));
        assertThatThrownBy(() -> CorpusArguments.parse("--papers", "10")).hasMessageContaining("required");
        assertThatThrownBy(() -> CorpusArguments.parse("--pages", "10")).hasMessageContaining("unknown option");
    }

    /** Every file under {@code folder}, in path order. */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String> relative(Path root, List<Path> files) {
        return files.stream().map(file -> root.relativize(file).toString()).toList();
    }
}
