package io.github.paperdigest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's real data: {@code testdata/hf-daily/} and the sample digest in {@code content/}. */
public final class TestData {

    private TestData() {
    }

    /** Real Hugging Face daily_papers files, both schemas (set by the build as {@code papers.testData}). */
    public static Path hfDaily() {
        return existing(Path.of(System.getProperty("papers.testData", "../testdata")).resolve("hf-daily"));
    }

    /** The sample digest (set by the build as {@code papers.sampleContent}). */
    public static Path sampleContent() {
        return existing(Path.of(System.getProperty("papers.sampleContent", "../content")));
    }

    /** Every entry's {@code paper} object of every JSON file in a folder, read independently of the generator. */
    public static List<JsonNode> papersIn(Path folder) {
        JsonMapper mapper = new JsonMapper();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().flatMap(file -> {
                try {
                    return Stream.of(mapper.readTree(file.toFile())).flatMap(array -> {
                        List<JsonNode> entries = new java.util.ArrayList<>();
                        array.forEach(entry -> entries.add(entry.get("paper")));
                        return entries.stream();
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template of the theme, as a content's {@code templates/} folder would start its override of it. */
    public static String themeTemplate(String name) {
        try (InputStream in = TestData.class.getClassLoader()
                .getResourceAsStream("paper-digest/theme/templates/" + name)) {
            assertThat(in).as("the theme's " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a digest's content (not its {@code target/}), to change it without touching the repository's. */
    public static void copyDigest(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.filter(path -> !path.startsWith(from.resolve("target"))).sorted().toList();
        }
        for (Path path : paths) {
            Path target = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
    }

    private static Path existing(Path path) {
        assertThat(path).as("test data folder").isDirectory();
        return path.toAbsolutePath().normalize();
    }
}
