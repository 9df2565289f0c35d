package io.github.paperdigest;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.catalog.Catalog;
import io.github.paperdigest.internal.catalog.CatalogBuilder;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.load.ContentLoader;
import io.github.paperdigest.internal.load.LoadedContent;
import io.github.paperdigest.internal.load.StaticFile;
import io.github.paperdigest.internal.plan.Planner;
import io.github.paperdigest.internal.plan.SitePlan;
import io.github.paperdigest.internal.publish.StagedSite;
import io.github.paperdigest.internal.render.PageRenderer;
import io.github.paperdigest.internal.render.TemplateEngine;
import io.github.paperdigest.internal.render.ThemeAssets;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a digest's site: load, catalog, plan, render, publish. Configured once by its builder and
 * immutable afterwards; each {@link #build()} reads the content afresh.
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

    private static final List<String> INPUT_FOLDERS = List.of("papers", "notes", "pages", "static", "templates");

    private final Path contentDirectory;
    private final Path outputDirectory;
    private final String baseUrl;

    private Generator(Builder builder) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.outputDirectory = builder.outputDirectory.toAbsolutePath().normalize();
        this.baseUrl = builder.baseUrl;
    }

    public static Builder builder() {
        return new Builder();
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
        checkOutputIsSafeToReplace();
        // Begun before loading, so that a folder in the way is reported before any work, and a site that a
        // killed commit left aside is put back even when this build's content has errors.
        try (StagedSite site = StagedSite.begin(outputDirectory)) {
            Problems problems = new Problems();
            LoadedContent content = new ContentLoader(contentDirectory, problems).load(baseUrl);
            problems.throwIfErrors();
            Catalog catalog = new CatalogBuilder(problems).build(content);
            problems.throwIfErrors();
            SitePlan plan = new Planner(problems).plan(catalog);
            problems.throwIfErrors();

            TemplateEngine templates = new TemplateEngine(catalog.templates(), catalog.site(), plan.navigation());
            new PageRenderer(templates, problems).renderAll(plan.pages(), site);
            problems.throwIfErrors();
            for (Map.Entry<String, byte[]> asset : ThemeAssets.read().entrySet()) {
                site.write(asset.getKey(), asset.getValue());
            }
            // Static files come after the theme's assets, so that an editor's file can replace one.
            for (StaticFile file : plan.staticFiles()) {
                site.copy(file.path(), file.source());
            }
            site.write(UrlScheme.NO_JEKYLL, new byte[0]);
            site.commit();
            return new BuildResult(plan.pages().size(), site.files(), site.bytes(),
                    Duration.ofNanos(System.nanoTime() - start), problems.warnings());
        }
    }

    /**
     * Replacing the output deletes what it held: it may not be the root, the home folder or the content,
     * hold any of them, or lie inside an input.
     */
    private void checkOutputIsSafeToReplace() throws IOException {
        if (outputDirectory.getParent() == null) {
            throw new IOException("the output directory " + outputDirectory + " is the filesystem root; choose "
                    + "another, such as " + contentDirectory.resolve("target/site"));
        }
        // Without a home folder (no passwd entry) the JVM reports "?", which is no path to compare.
        Path home = Path.of(System.getProperty("user.home", ""));
        if (home.isAbsolute() && home.normalize().startsWith(outputDirectory)) {
            throw new IOException("the output directory " + outputDirectory + " is or contains the home folder "
                    + home + "; choose another, such as " + contentDirectory.resolve("target/site"));
        }
        if (contentDirectory.startsWith(outputDirectory)) {
            throw new IOException("the output directory " + outputDirectory + " contains the content directory "
                    + contentDirectory + "; choose another, such as " + contentDirectory.resolve("target/site"));
        }
        for (String folder : INPUT_FOLDERS) {
            if (outputDirectory.startsWith(contentDirectory.resolve(folder))) {
                throw new IOException("the output directory " + outputDirectory + " is inside the content's "
                        + folder + "/ folder; choose another, such as " + contentDirectory.resolve("target/site"));
            }
        }
    }

    /** Collects a generator's settings; {@link #build()} checks them. */
    public static final class Builder {

        private Path contentDirectory;
        private Path outputDirectory;
        private String baseUrl;

        private Builder() {
        }

        /** The digest: {@code site.yaml}, {@code papers/}, {@code notes/}, {@code pages/}, {@code static/}. */
        public Builder contentDirectory(Path directory) {
            this.contentDirectory = directory;
            return this;
        }

        /** Where the site goes; replaced as a whole by each successful build. */
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

        public Generator build() {
            Objects.requireNonNull(contentDirectory, "contentDirectory");
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            return new Generator(this);
        }
    }
}
