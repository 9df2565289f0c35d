package io.github.paperdigest;

import io.github.paperdigest.internal.SiteBuild;
import io.github.paperdigest.internal.load.LoadOptions;
import io.github.paperdigest.internal.publish.OutputFolderCheck;
import io.github.paperdigest.internal.publish.StagedSite;
import io.github.paperdigest.internal.render.OutputMemo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a digest's site: load, catalog, plan, render, publish. Configured once by its builder and
 * immutable afterwards; each {@link #build()} or {@link #validate()} reads the content afresh.
 * Every stage runs even when an earlier one found errors, so that one run reports every problem.
 *
 * <pre>{@code
 * BuildResult result = Generator.builder()
 *         .contentDirectory(Path.of("content"))
 *         .outputDirectory(Path.of("content/target/site"))
 *         .baseUrl("https://user.github.io/repo/")
 *         .build()
 *         .build();
 * }</pre>
 */
public final class Generator {

    /** The largest file the generator parses unless configured otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    /** The largest site built without a warning unless configured otherwise: GitHub Pages' limit of 1 GB. */
    public static final long DEFAULT_MAX_SITE_BYTES = 1_000_000_000L;

    private final Path contentDirectory;
    private final Path outputDirectory;
    private final String baseUrl;
    private final boolean failOnWarnings;
    private final long maxFileBytes;
    private final long maxSiteBytes;
    private final Clock clock;

    private Generator(Builder builder) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.outputDirectory = (builder.outputDirectory != null ? builder.outputDirectory
                : builder.contentDirectory.resolve("target/site")).toAbsolutePath().normalize();
        this.baseUrl = builder.baseUrl;
        this.failOnWarnings = builder.failOnWarnings;
        this.maxFileBytes = builder.maxFileBytes;
        this.maxSiteBytes = builder.maxSiteBytes;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The digest this generator reads, absolute. */
    public Path contentDirectory() {
        return contentDirectory;
    }

    /** The largest file this generator parses, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Builds the site into the output directory, replacing the previous one only when everything
     * succeeded.
     *
     * @throws ContentException when the content or a template has errors; nothing is written
     * @throws IOException when reading or writing files fails; the previous site is left as it was
     */
    public BuildResult build() throws ContentException, IOException {
        long start = System.nanoTime();
        OutputFolderCheck.check(outputDirectory, contentDirectory);
        // Begun before loading, so that a folder in the way is reported before any work, and a site that a
        // killed commit left aside is put back even when this build's content has errors.
        try (StagedSite site = StagedSite.begin(outputDirectory)) {
            BuildResult written = siteBuild(null, OutputMemo.none()).writeTo(site).result();
            long publishStart = System.nanoTime();
            site.commit();
            long end = System.nanoTime();
            List<StageTime> stages = new ArrayList<>(written.stages());
            stages.add(new StageTime("publish", Duration.ofNanos(end - publishStart)));
            // The summary's time covers clearing leftovers and swapping the folders too.
            return new BuildResult(written.pages(), written.files(), written.bytes(),
                    Duration.ofNanos(end - start), written.warnings(), stages);
        }
    }

    /**
     * Checks the content as {@link #build()} would, rendering every page in memory, and writes
     * nothing: for pull requests.
     *
     * @throws ContentException when the content or a template has errors
     * @throws IOException when reading the content fails
     */
    public ValidationResult validate() throws ContentException, IOException {
        return siteBuild(null, OutputMemo.none()).validate();
    }

    /**
     * This generator's build, its site's absolute links pointing at {@code previewOrigin} when not null,
     * reusing the files {@code memo} holds where it can. Each call reads the day from the clock anew, as
     * a long-running preview needs.
     */
    SiteBuild siteBuild(String previewOrigin, OutputMemo memo) {
        LoadOptions options = new LoadOptions(baseUrl, LocalDate.now(clock), maxFileBytes, previewOrigin);
        return new SiteBuild(contentDirectory, options, failOnWarnings, maxSiteBytes, memo);
    }

    /** Collects a generator's settings; {@link #build()} checks them. */
    public static final class Builder {

        private Path contentDirectory;
        private Path outputDirectory;
        private String baseUrl;
        private boolean failOnWarnings;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private long maxSiteBytes = DEFAULT_MAX_SITE_BYTES;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The digest: {@code site.yaml}, {@code papers/}, {@code notes/}, {@code pages/}, {@code static/}. */
        public Builder contentDirectory(Path directory) {
            this.contentDirectory = directory;
            return this;
        }

        /**
         * Where the site goes; replaced as a whole by each successful build. By default
         * {@code target/site} in the content directory.
         */
        public Builder outputDirectory(Path directory) {
            this.outputDirectory = directory;
            return this;
        }

        /**
         * The URL the site is published at, such as {@code https://user.github.io/repo/}; overrides
         * {@code site.yaml}'s {@code baseUrl}. Null or blank keeps the file's.
         */
        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        /** Whether warnings fail the build as errors do; off by default. */
        public Builder failOnWarnings(boolean fail) {
            this.failOnWarnings = fail;
            return this;
        }

        /** The largest file the generator parses; a larger one is an error. */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive, not " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /** The size of the built site, in bytes, above which a build warns; 1 GB by default. */
        public Builder maxSiteBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxSiteBytes must be positive, not " + bytes);
            }
            this.maxSiteBytes = bytes;
            return this;
        }

        /** The clock that says what day it is, for the check that no date lies in the future. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Generator build() {
            Objects.requireNonNull(contentDirectory, "contentDirectory");
            return new Generator(this);
        }
    }
}
