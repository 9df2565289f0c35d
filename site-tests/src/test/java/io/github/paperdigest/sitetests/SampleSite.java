package io.github.paperdigest.sitetests;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import io.github.paperdigest.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample digest of {@code content/}, built once per JVM into a temporary folder and served by a
 * {@link PagesServer} under {@code /repo/}, as GitHub Pages would serve a project site. The server is
 * bound before the build, because the site's base URL names its port; every test class of the module
 * shares the one build, which takes a few seconds.
 */
final class SampleSite {

    /** The sub-path a GitHub Pages project site lives under. */
    static final String BASE_PATH = "/repo/";

    /** A file of the default theme, to tell which theme jar or folder the build used. */
    private static final String THEME_LAYOUT = "paper-digest/theme/templates/layout.ftlh";

    private static SampleSite instance;

    private final Path root;
    private final PagesServer server;

    private SampleSite(Path root, PagesServer server) {
        this.root = root;
        this.server = server;
    }

    static synchronized SampleSite get() {
        if (instance == null) {
            instance = build();
        }
        return instance;
    }

    /** The built site's folder. */
    Path root() {
        return root;
    }

    /** The site's base URL, such as {@code http://127.0.0.1:41234/repo/}. */
    URI baseUri() {
        return server.uri(BASE_PATH);
    }

    /** Every file's path relative to the root, with {@code /} separators, sorted. */
    List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SampleSite build() {
        Path content = Path.of(System.getProperty("papers.sampleContent", "../content")).toAbsolutePath().normalize();
        try {
            Path temp = Files.createTempDirectory("paper-digest-site-tests-");
            Path root = temp.resolve("site");
            PagesServer server = PagesServer.bind();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                deleteRecursively(temp);
            }));
            BuildResult result = Generator.builder()
                    .contentDirectory(content)
                    .outputDirectory(root)
                    .baseUrl(server.uri(BASE_PATH).toString())
                    .build()
                    .build();
            server.serve(BASE_PATH, root);
            // Where the generator and theme came from: the reactor's target/classes, or a jar in ~/.m2 that another
            // checkout may have installed. Run the module with -pl site-templates,generator,site-tests to test yours.
            System.out.printf("Built the sample digest of %s: %s, served at %s%n  generator: %s%n  theme: %s%n",
                    content, result.summary(), server.uri(BASE_PATH),
                    Generator.class.getProtectionDomain().getCodeSource().getLocation(),
                    Generator.class.getClassLoader().getResource(THEME_LAYOUT));
            return new SampleSite(root, server);
        } catch (ContentException e) {
            throw new AssertionError("the sample digest in " + content + " does not build:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is no reason to fail the JVM's exit.
            System.err.println("Could not delete " + folder + ": " + e);
        }
    }
}
