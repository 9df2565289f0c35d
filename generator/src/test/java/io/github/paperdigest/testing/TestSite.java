package io.github.paperdigest.testing;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import io.github.paperdigest.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A digest written from inline strings into a temporary folder, then built: the whole pipeline, as
 * an editor's commit would run it.
 *
 * <pre>{@code
 * BuiltSite site = TestSite.in(tempDir)
 *         .file("papers/2026-02-03.json", "[...]")
 *         .file("notes/kimi.md", "---\npaper: 2602.02276\n---\nGood.")
 *         .build();
 * }</pre>
 */
public final class TestSite {

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();
    private String baseUrl;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite in(Path directory) {
        return new TestSite(directory);
    }

    public TestSite file(String path, String content) {
        files.put(path, content);
        return this;
    }

    public TestSite baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    public Path contentDirectory() {
        return root.resolve("content");
    }

    public Path outputDirectory() {
        return root.resolve("site");
    }

    /** Writes the files and builds; fails the test if the content has errors. */
    public BuiltSite build() {
        try {
            BuildResult result = generator().build();
            return new BuiltSite(outputDirectory(), result);
        } catch (ContentException e) {
            throw new AssertionError("expected the site to build, but:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the files and builds, expecting the content to be rejected. */
    public ContentException buildExpectingErrors() {
        try {
            generator().build();
        } catch (ContentException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("expected the build to fail");
    }

    public Generator generator() {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = contentDirectory().resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(contentDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Generator.builder()
                .contentDirectory(contentDirectory())
                .outputDirectory(outputDirectory())
                .baseUrl(baseUrl)
                .build();
    }
}
