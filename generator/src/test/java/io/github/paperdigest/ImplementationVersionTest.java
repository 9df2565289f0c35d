package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's {@code --version} and the fetcher's User-Agent name the version in the manifest of the jar
 * the generator was loaded from, and say "development" when it runs from classes, as in an IDE or these tests.
 */
class ImplementationVersionTest {

    private static final String COMMAND_LINE_VERSION = "io.github.paperdigest.cli.Main$Version";
    private static final String USER_AGENT = "io.github.paperdigest.internal.fetch.UserAgent";

    @TempDir
    Path directory;

    @Test
    void fromClassesBothSayDevelopment() throws Exception {
        ClassLoader classes = ImplementationVersionTest.class.getClassLoader();

        assertThat(commandLineVersion(classes)).containsExactly("paper-digest (development)");
        assertThat(userAgent(classes))
                .isEqualTo("paper-digest/development (+https://github.com/paperdigest/paper-digest)");
    }

    @Test
    void fromAJarBothNameTheVersionInItsManifest() throws Exception {
        Path jar = jarOfTheGeneratorsClasses("7.8.9-test");

        // The platform class loader as parent, so that the generator's classes come from the jar, not from the
        // test's class path; picocli is there because the command line's version provider implements its interface.
        URL[] classPath = {jar.toUri().toURL(), codeSource(picocli.CommandLine.class)};
        try (URLClassLoader packaged = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            assertThat(commandLineVersion(packaged)).containsExactly("paper-digest 7.8.9-test");
            assertThat(userAgent(packaged))
                    .isEqualTo("paper-digest/7.8.9-test (+https://github.com/paperdigest/paper-digest)");
        }
    }

    /** The generator's compiled classes in a jar whose manifest has the entries maven-jar-plugin adds. */
    private Path jarOfTheGeneratorsClasses(String version) throws Exception {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        // Without Manifest-Version, the manifest is written empty.
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.IMPLEMENTATION_TITLE, "Paper Digest generator");
        attributes.put(Attributes.Name.IMPLEMENTATION_VERSION, version);

        Path classes = Path.of(codeSource(Generator.class).toURI());
        Path jar = directory.resolve("paper-digest-generator.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static List<String> commandLineVersion(ClassLoader loader) throws Exception {
        Constructor<?> constructor = Class.forName(COMMAND_LINE_VERSION, true, loader).getDeclaredConstructor();
        constructor.setAccessible(true);
        Method getVersion = constructor.getDeclaringClass().getMethod("getVersion");
        // Public, but of a class private to its package.
        getVersion.setAccessible(true);
        return List.of((String[]) getVersion.invoke(constructor.newInstance()));
    }

    private static String userAgent(ClassLoader loader) throws Exception {
        Method value = Class.forName(USER_AGENT, true, loader).getDeclaredMethod("value");
        value.setAccessible(true);
        return (String) value.invoke(null);
    }
}
