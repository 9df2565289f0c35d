package io.github.paperdigest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A synthetic digest in the harness's work folder, made once and reused by later runs with the same parameters:
 * generating 50,000 papers takes seconds, but the harness is run again and again. A marker beside the corpus
 * names the parameters it was made from; it is written last, so a corpus cut short by a crash is made again, as is
 * one whose note a killed benchmark left edited.
 * In the corpus's folder, a {@code pom.xml} declares the plugin, for the Maven goal, as a digest of one's own does.
 */
final class CorpusFolder {

    private CorpusFolder() {
    }

    /** What {@link #prepare} found or made. */
    record Prepared(Path content, boolean reused, SyntheticCorpus.Summary summary) {
    }

    /** The folder's name: {@code corpus-1000}, and a hash of the other parameters when they are not the default. */
    static String name(CorpusParameters parameters) {
        CorpusParameters defaults = CorpusParameters.defaults(parameters.papers());
        String name = "corpus-" + parameters.papers();
        return parameters.equals(defaults) ? name
                : name + "-" + Integer.toHexString(parameters.withPapers(1).toString().hashCode());
    }

    /**
     * Reuses the corpus of these parameters in {@code work}, or writes it, and writes its {@code pom.xml} and its
     * {@code .mvn/jvm.config}, which gives Maven's JVM the options the command line gets, as a digest's
     * repository would.
     */
    static Prepared prepare(Path work, CorpusParameters parameters, List<String> jvmOptions) throws IOException {
        Path content = work.resolve(name(parameters));
        Path marker = work.resolve(name(parameters) + ".parameters");
        String expected = parameters + "\n";
        boolean reused = Files.isRegularFile(marker) && Files.readString(marker).equals(expected)
                && Files.isDirectory(content) && !NoteEdit.leftEdited(content);
        SyntheticCorpus.Summary summary = null;
        if (!reused) {
            Files.deleteIfExists(marker);
            Folders.delete(content);
            summary = new SyntheticCorpus(parameters).write(content);
            Files.writeString(marker, expected);
        }
        Files.writeString(content.resolve("pom.xml"), pom(pluginVersion()));
        Files.createDirectories(content.resolve(".mvn"));
        Files.writeString(content.resolve(".mvn/jvm.config"), String.join(" ", jvmOptions) + "\n");
        return new Prepared(content, reused, summary);
    }

    /** The version of papers-maven-plugin this repository builds, as Maven filtered it into the properties. */
    static String pluginVersion() {
        Properties properties = new Properties();
        try (InputStream in = CorpusFolder.class.getResourceAsStream("build-benchmark.properties")) {
            if (in == null) {
                throw new IllegalStateException("build-benchmark.properties is missing: compile bench with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("plugin.version");
        if (version == null || version.contains("${")) {
            throw new IllegalStateException("build-benchmark.properties was not filtered: compile bench with Maven");
        }
        return version;
    }

    static String pom(String pluginVersion) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by io.github.paperdigest.bench.BuildBenchmark: the synthetic digest beside it, built by the
                     plugin as a digest of one's own is (see the README's "A digest of your own"). -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.paperdigest.bench</groupId>
                  <artifactId>synthetic-digest</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.paperdigest</groupId>
                        <artifactId>papers-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion);
    }
}
