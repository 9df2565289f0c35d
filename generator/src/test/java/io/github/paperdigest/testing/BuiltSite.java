package io.github.paperdigest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A built site on disk, read back for assertions. */
public record BuiltSite(Path root, BuildResult result) {

    /** The page at a site path such as {@code papers/2602.02276/} (its {@code index.html}). */
    public Document page(String path) {
        Path file = file(path);
        assertThat(file).as("page /%s", path).isRegularFile();
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), "http://site.test/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.isRegularFile(file(path));
    }

    public String text(String path) {
        try {
            return Files.readString(file(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file(String path) {
        return root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    /** Every file's path relative to the root, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site paths of every page of a folder, such as all {@code papers/}. */
    public List<String> pagesUnder(String folder) {
        return files().stream()
                .filter(file -> file.startsWith(folder) && file.endsWith("/index.html"))
                .map(file -> file.substring(0, file.length() - "index.html".length()))
                .toList();
    }
}
