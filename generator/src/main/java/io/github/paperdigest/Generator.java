package io.github.paperdigest;

import io.github.paperdigest.internal.BuildMemory;
import io.github.paperdigest.internal.SiteBuild;
import io.github.paperdigest.internal.load.LoadOptions;
import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.plan.SitePlan;
import io.github.paperdigest.internal.publish.ManifestFile;
import io.github.paperdigest.internal.publish.OutputFolderCheck;
import io.github.paperdigest.internal.publish.StagedSite;
import io.github.paperdigest.internal.publish.UpdatedSite;
import io.github.paperdigest.internal.rebuild.NoteIndexWriter;
import io.github.paperdigest.internal.rebuild.NoteRebuild;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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
    private final boolean incremental;
    private final Clock clock;

    private Generator(Builder builder) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.outputDirectory = (builder.outputDirectory != null ? builder.outputDirectory
                : builder.contentDirectory.resolve("target/site")).toAbsolutePath().normalize();
        this.baseUrl = builder.baseUrl;
        this.failOnWarnings = builder.failOnWarnings;
        this.maxFileBytes = builder.maxFileBytes;
        this.maxSiteBytes = builder.maxSiteBytes;
        this.incremental = builder.incremental;
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
     * Builds the site into the output directory. When the output holds a site this generator built, with
     * its manifest, and the build is incremental (the default), only the files whose models changed are
     * made again, only those whose bytes changed are written, and the files no longer made are deleted;
     * otherwise the whole site is made in a staging folder and replaces the previous one. Either way the
     * previous site is left as it was unless everything succeeded.
     *
     * @throws ContentException when the content or a template has errors; nothing is written
     * @throws IOException when reading or writing files fails; the previous site is left as it was
     */
    public BuildResult build() throws ContentException, IOException {
        long start = System.nanoTime();
        Instant now = Instant.now();
        long buildStart = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        OutputFolderCheck.check(outputDirectory, contentDirectory);
        if (incremental) {
            BuildResult rebuilt = new NoteRebuild(contentDirectory, outputDirectory, loadOptions(null), settings(),
                    failOnWarnings, maxSiteBytes).run(start, buildStart);
            if (rebuilt != null) {
                return rebuilt;
            }
        }
        Manifest previous = incremental ? ManifestFile.read(outputDirectory) : null;
        return previous == null ? buildWhole(start, buildStart) : update(start, buildStart, previous);
    }

    private BuildResult buildWhole(long start, long buildStart) throws ContentException, IOException {
        // Begun before loading, so that a folder in the way is reported before any work, and a site that a
        // killed commit left aside is put back even when this build's content has errors.
        try (StagedSite site = StagedSite.begin(outputDirectory)) {
            SiteBuild.Written written = siteBuild(null, null, BuildMemory.forOneBuild()).writeTo(site);
            long publishStart = System.nanoTime();
            NoteIndexWriter.delete(outputDirectory);
            site.commit(written.manifest());
            return published(start, publishStart, written, buildStart, written.result().files(), 0);
        }
    }

    private BuildResult update(long start, long buildStart, Manifest previous) throws ContentException, IOException {
        try (UpdatedSite site = UpdatedSite.begin(outputDirectory)) {
            SiteBuild.Written written = siteBuild(null, previous, BuildMemory.forOneBuild()).writeTo(site);
            long publishStart = System.nanoTime();
            NoteIndexWriter.delete(outputDirectory);
            site.commit(written.manifest(), written.removed());
            return published(start, publishStart, written, buildStart, site.changedFiles(), written.removed().size());
        }
    }

    /**
     * The build's result, its time covering clearing leftovers and putting the files in place too, after the
     * note index is written for the next build. A build with warnings leaves none, since a rebuild from it
     * could not report them again; all but the site's size, which a rebuild works out anew.
     */
    private BuildResult published(long start, long publishStart, SiteBuild.Written written, long buildStart,
            int writtenFiles, int deleted) throws IOException {
        BuildResult built = written.result();
        long indexStart = System.nanoTime();
        List<StageTime> stages = new ArrayList<>(built.stages());
        stages.add(new StageTime("publish", Duration.ofNanos(indexStart - publishStart)));
        if (built.warnings().equals(Stream.ofNullable(SiteBuild.budgetWarning(built.bytes(), maxSiteBytes)).toList())) {
            SitePlan plan = written.plan();
            NoteIndexWriter.write(outputDirectory, new NoteIndexWriter.Sources(contentDirectory, settings(),
                    buildStart, plan.pages(), written.site().baseUrl() == null ? List.of() : plan.feeds(),
                    written.notes(), List.of(written.site(), plan.navigation(), plan.siteFeeds())),
                    written.manifest());
            stages.add(new StageTime("index", Duration.ofNanos(System.nanoTime() - indexStart)));
        }
        return new BuildResult(built.pages(), built.files(), writtenFiles, deleted, built.bytes(),
                Duration.ofNanos(System.nanoTime() - start), built.warnings(), stages);
    }

    /**
     * Checks the content as {@link #build()} would, rendering every page in memory, and writes
     * nothing: for pull requests.
     *
     * @throws ContentException when the content or a template has errors
     * @throws IOException when reading the content fails
     */
    public ValidationResult validate() throws ContentException, IOException {
        return siteBuild(null, null, BuildMemory.forOneBuild()).validate();
    }

    /**
     * This generator's build, its site's absolute links pointing at {@code previewOrigin} when not null,
     * keeping the files of the build that left {@code previous} where their models are unchanged (null
     * makes every file), and reusing the work of earlier builds kept in {@code memory}. Each call reads the
     * day from the clock anew, as a long-running preview needs.
     */
    SiteBuild siteBuild(String previewOrigin, Manifest previous, BuildMemory memory) {
        return new SiteBuild(contentDirectory, loadOptions(previewOrigin), failOnWarnings, maxSiteBytes, previous,
                memory);
    }

    private LoadOptions loadOptions(String previewOrigin) {
        return new LoadOptions(baseUrl, LocalDate.now(clock), maxFileBytes, previewOrigin);
    }

    /** Everything besides the content that decides a build's files, as text for the note index. */
    private String settings() {
        return loadOptions(null) + " failOnWarnings=" + failOnWarnings + " maxSiteBytes=" + maxSiteBytes;
    }

    /** Collects a generator's settings; {@link #build()} checks them. */
    public static final class Builder {

        private Path contentDirectory;
        private Path outputDirectory;
        private String baseUrl;
        private boolean failOnWarnings;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private long maxSiteBytes = DEFAULT_MAX_SITE_BYTES;
        private boolean incremental = true;
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

        /**
         * Whether a build updates the site it finds in the output folder, making again only what changed
         * (the default), rather than make the whole site.
         */
        public Builder incremental(boolean incremental) {
            this.incremental = incremental;
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
