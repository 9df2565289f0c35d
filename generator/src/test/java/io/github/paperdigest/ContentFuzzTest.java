package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.paperdigest.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds mutated content to {@link Generator#validate()}: whatever the files hold, validating them either
 * succeeds or throws {@link ContentException} with the problems located in the content, within a time
 * limit. Any other exception, an error such as {@link StackOverflowError}, a problem blamed on the
 * built-in theme, or a hang fails the test.
 *
 * <p>With {@code mvn test} this runs once on the empty input and once on each seed in
 * {@code src/test/resources/io/github/paperdigest/ContentFuzzTestInputs/validate/} (Jazzer's regression
 * mode); {@code JAZZER_FUZZ=1 mvn test -Pfuzz} fuzzes it instead, as the profile in {@code pom.xml}
 * describes. A crash found while fuzzing is saved in that folder as {@code crash-<sha1>}: give it a name
 * that says what it holds and commit it, so that every build checks that the bug stays fixed.
 *
 * <p>An input is the content of up to four files, separated by the line {@code =#=}:
 *
 * <pre>
 * ?                         &lt;- the header: its first byte's low four bits say which files come from
 * =#=                          the input; the others get a default
 * [{"paper": …}]            &lt;- bit 1: papers/2026-02-03.json, else a valid record of 2602.02493
 * =#=
 * ---\npaper: …\n---\nText   &lt;- bit 2: notes/x.md, else a valid note on 2602.02493
 * =#=
 * title: …                  &lt;- bit 4: site.yaml, else none
 * =#=
 * # A page                  &lt;- bit 8: pages/p.md, else none
 * </pre>
 *
 * <p>The parts after the header go, in order, to the files whose bits are set: {@code ?} (0x3F) takes all
 * four as above, {@code 1} only a record file, {@code 2} only a note, {@code 3} a record file and a note,
 * {@code 4} only {@code site.yaml}. A file whose bit is set but whose part is missing is written empty.
 * The parts are raw bytes, not text: invalid UTF-8, byte order marks and cut-off files reach the generator
 * as a broken file would.
 */
class ContentFuzzTest {

    /** The build's date, as in {@link BadInputTest}: after every day the defaults and seeds name. */
    private static final Clock BUILD_DATE = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    /**
     * Far longer than any input takes (milliseconds; the first, which loads the classes, about a second),
     * and short enough that a hang is caught well within a CI run.
     */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private static final byte[] SEPARATOR = "\n=#=\n".getBytes(StandardCharsets.US_ASCII);

    private static final String PAPERS = "papers/2026-02-03.json";
    private static final String NOTE = "notes/x.md";
    private static final String SITE = "site.yaml";
    private static final String PAGE = "pages/p.md";
    private static final List<String> FILES = List.of(PAPERS, NOTE, SITE, PAGE);

    private static final byte[] DEFAULT_PAPERS = Fixtures.day(
            Fixtures.entry("2602.02493", "A Default Paper", 7, "2026-02-03", "Ada Lovelace", "Alan Turing"))
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] DEFAULT_NOTE = """
            ---
            paper: 2602.02493
            editor: Grace
            topics: [Fuzzing]
            ---
            A *note* with [a link](https://example.org/).
            """.getBytes(StandardCharsets.UTF_8);

    /** One content folder for every input of this JVM, its files rewritten for each. */
    @TempDir
    static Path content;

    /**
     * Validates the content that {@code input} makes. The dictionary holds words of the formats for the fuzzer
     * to splice in; Jazzer writes them one a line, so none may hold a line break.
     */
    @DictionaryEntries({"=#=", "\"paper\": ", "\"id\": ", "\"title\": ", "\"summary\": ", "\"abstract\": ",
        "\"authors\": ", "\"name\": ", "\"hidden\": ", "\"publishedAt\": ", "\"submittedOnDailyAt\": ", "\"day\": ",
        "\"upvotes\": ", "\"numComments\": ", "\"organization\": ", "\"fullname\": ", "\"ai_summary\": ",
        "\"ai_keywords\": ", "\"githubRepo\": ", "\"githubStars\": ", "\"projectPage\": ", "\"data\": ",
        "\"2602.02493\"", "\"2026-02-03\"", "2026-02-03T08:00:00.000Z", "---", "paper: ", "topics: ", "editor: ",
        "day: ", "title: ", "baseUrl: ", "language: ", "itemsPerPage: ", "description: ", "https://", "javascript:",
        "\uFEFF", "True", "None"})
    @FuzzTest(maxDuration = "60s")
    void validate(byte[] input) throws IOException {
        writeContent(input);
        Generator generator = Generator.builder().contentDirectory(content).clock(BUILD_DATE).build();
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            try {
                generator.validate();
            } catch (ContentException e) {
                checkProblems(e);
            }
        }, () -> "validating took longer than " + TIME_LIMIT.toSeconds() + " s: a hang?");
    }

    /** The problems of a rejected content must be errors in its own files, each with a message. */
    private static void checkProblems(ContentException e) {
        assertThat(e.problems()).as("problems").anyMatch(Problem::isError);
        for (Problem problem : e.problems()) {
            // No templates/ folder here: a problem in the theme means the theme failed on some content.
            assertThat(FILES).as("the file of %s", problem).contains(problem.file());
            assertThat(problem.message()).as("the message of %s", problem).isNotBlank();
        }
    }

    private static void writeContent(byte[] input) throws IOException {
        List<byte[]> parts = split(input);
        int fuzzed = parts.get(0).length == 0 ? 0 : parts.get(0)[0];
        int part = 1;
        for (int i = 0; i < FILES.size(); i++) {
            Path file = content.resolve(FILES.get(i));
            Files.createDirectories(file.getParent());
            byte[] bytes;
            if ((fuzzed & (1 << i)) != 0) {
                bytes = part < parts.size() ? parts.get(part) : new byte[0];
                part++;
            } else {
                bytes = i == 0 ? DEFAULT_PAPERS : i == 1 ? DEFAULT_NOTE : null;
            }
            if (bytes == null) {
                Files.deleteIfExists(file);
            } else {
                Files.write(file, bytes);
            }
        }
    }

    /** The input cut at each separator: the header, then the files' parts. */
    private static List<byte[]> split(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + SEPARATOR.length <= input.length && parts.size() < FILES.size(); i++) {
            if (Arrays.equals(input, i, i + SEPARATOR.length, SEPARATOR, 0, SEPARATOR.length)) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + SEPARATOR.length;
                i = start - 1;
            }
        }
        parts.add(Arrays.copyOfRange(input, start, input.length));
        return parts;
    }
}
