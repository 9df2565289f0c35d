package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad input, one folder each under {@code src/test/resources/bad-input/}, reports
 * exactly the problems its {@code expected.txt} lists: all of them in one run, each at its place.
 */
class BadInputTest {

    private static final Clock BUILD_DATE = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(BadInputTest.class.getResource("/bad-input").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(Path content) throws IOException {
        Properties options = new Properties();
        Path optionsFile = content.resolve("options.properties");
        if (Files.exists(optionsFile)) {
            try (Reader reader = Files.newBufferedReader(optionsFile)) {
                options.load(reader);
            }
        }
        Generator generator = Generator.builder()
                .contentDirectory(content)
                .clock(BUILD_DATE)
                .failOnWarnings(Boolean.parseBoolean(options.getProperty("failOnWarnings", "false")))
                .maxFileBytes(Long.parseLong(options.getProperty("maxFileBytes",
                        String.valueOf(Generator.DEFAULT_MAX_FILE_BYTES))))
                .build();

        List<String> reported;
        try {
            reported = generator.validate().warnings().stream().map(Problem::toString).toList();
        } catch (ContentException e) {
            reported = e.problems().stream().map(Problem::toString).toList();
        }

        writeForReview(content, reported);
        assertThat(reported).as("problems reported for %s", content.getFileName())
                .containsExactlyElementsOf(expected(content));
    }

    /** What was reported, under target/, to review and copy when a case is added or a message changes. */
    private static void writeForReview(Path content, List<String> reported) throws IOException {
        Path actual = Path.of("target", "bad-input", content.getFileName() + ".actual.txt");
        Files.createDirectories(actual.getParent());
        Files.write(actual, reported, StandardCharsets.UTF_8);
    }

    private static List<String> expected(Path content) throws IOException {
        Path file = content.resolve("expected.txt");
        if (!Files.exists(file)) {
            return List.of("(no expected.txt in " + content.getFileName() + ")");
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }
}
