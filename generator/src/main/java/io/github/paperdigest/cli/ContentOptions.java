package io.github.paperdigest.cli;

import io.github.paperdigest.Generator;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say what content to read and how strictly, shared by {@code build} and {@code validate}. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = ".",
            description = "The digest's folder, holding site.yaml, papers/ and notes/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The URL the site is published at, such as https://user.github.io/repo/; "
                    + "overrides site.yaml's baseUrl.")
    String baseUrl;

    @Option(names = "--fail-on-warnings",
            description = "Treat warnings (unknown front matter keys, conflicting records...) as errors.")
    boolean failOnWarnings;

    @Option(names = "--max-file-bytes", paramLabel = "BYTES",
            description = "The largest record, note or page file read (default: 64 MiB).")
    Long maxFileBytes;

    Generator.Builder generator() {
        Generator.Builder builder = Generator.builder()
                .contentDirectory(content)
                .baseUrl(baseUrl)
                .failOnWarnings(failOnWarnings);
        return maxFileBytes == null ? builder : builder.maxFileBytes(maxFileBytes);
    }
}
