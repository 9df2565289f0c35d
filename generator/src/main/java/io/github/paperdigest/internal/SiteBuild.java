package io.github.paperdigest.internal;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import io.github.paperdigest.Problem;
import io.github.paperdigest.ValidationResult;
import io.github.paperdigest.internal.catalog.Catalog;
import io.github.paperdigest.internal.catalog.CatalogBuilder;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.load.ContentLoader;
import io.github.paperdigest.internal.load.LoadOptions;
import io.github.paperdigest.internal.load.LoadedContent;
import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.internal.load.StaticFile;
import io.github.paperdigest.internal.manifest.BuildContext;
import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.manifest.ManifestRecorder;
import io.github.paperdigest.internal.manifest.ModelDigest;
import io.github.paperdigest.internal.output.SiteFiles;
import io.github.paperdigest.internal.plan.Planner;
import io.github.paperdigest.internal.plan.SitePlan;
import io.github.paperdigest.internal.render.DiscardedOutput;
import io.github.paperdigest.internal.render.PageRenderer;
import io.github.paperdigest.internal.render.SiteOutput;
import io.github.paperdigest.internal.render.SiteWriter;
import io.github.paperdigest.internal.render.TemplateEngine;
import io.github.paperdigest.internal.render.TemplateFingerprint;
import io.github.paperdigest.internal.render.ThemeAssets;
import io.github.paperdigest.model.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass from content to site: load, catalog, plan, render, and the files beside the pages. Where
 * the site goes (a staging folder, an output updated in place, a preview's memory) is the caller's.
 * Every stage runs even when an earlier one found errors, so that one run reports every problem.
 *
 * @param maxSiteBytes the size above which the site gets a warning
 * @param previous what the last build left, whose files this one keeps where their models are unchanged;
 *     null to make every file
 * @param memory what this build may reuse of the last one's work
 */
public record SiteBuild(Path contentDirectory, LoadOptions options, boolean failOnWarnings, long maxSiteBytes,
        Manifest previous, BuildMemory memory) {

    /**
     * A site written, and the settings it was built with.
     *
     * @param manifest every file of the site and what it was made from
     * @param removed the last build's files that this one did not make
     * @param plan what the site holds, which the note index keeps of
     * @param notes the notes as read
     */
    public record Written(BuildResult result, Site site, Manifest manifest, Set<String> removed, SitePlan plan,
            List<NoteRecord> notes) {
    }

    /**
     * Writes the whole site into {@code output}.
     *
     * @throws ContentException when the content or a template has errors, possibly after some files
     *     were written: the caller discards them
     */
    public Written writeTo(SiteOutput output) throws ContentException, IOException {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        Problems problems = new Problems(failOnWarnings);
        Analysis analysis = analyse(problems, clock);
        SitePlan plan = analysis.plan();
        if (problems.hasErrors()) {
            // Nothing will be written, but the templates' problems belong in the same report.
            analysis.renderer().renderAll(plan.pages(), discarded());
            problems.throwIfErrors();
        }
        SiteWriter site = new SiteWriter(output, new ManifestRecorder(previous, analysis.context()),
                new ModelDigest(memory.digests(), memory.modelDigests()));
        analysis.renderer().renderAll(plan.pages(), site);
        problems.throwIfErrors();
        new SiteFiles(analysis.catalog().site()).writeAll(plan, site);
        for (Map.Entry<String, byte[]> asset : ThemeAssets.read().entrySet()) {
            site.write(asset.getKey(), asset.getValue());
        }
        // Static files come after the theme's assets, so that an editor's file can replace one.
        for (StaticFile file : plan.staticFiles()) {
            site.copy(file.path(), file.source());
        }
        site.write(UrlScheme.NO_JEKYLL, new byte[0]);
        Manifest manifest = site.manifest().manifest();
        checkBudget(manifest.bytes(), problems);
        problems.throwIfErrors();
        clock.lap("render");
        BuildResult result = new BuildResult(plan.pages().size(), manifest.files().size(), site.made(), 0,
                manifest.bytes(), Duration.ofNanos(System.nanoTime() - start), problems.warnings(), clock.stages());
        return new Written(result, analysis.catalog().site(), manifest, site.manifest().removed(), plan,
                analysis.notes());
    }

    /** Checks the content as {@link #writeTo} would, rendering every page, and writes nothing. */
    public ValidationResult validate() throws ContentException, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems(failOnWarnings);
        Analysis analysis = analyse(problems, new StageClock());
        analysis.renderer().renderAll(analysis.plan().pages(), discarded());
        problems.throwIfErrors();
        return new ValidationResult(analysis.catalog().papers().size(), analysis.plan().pages().size(),
                Duration.ofNanos(System.nanoTime() - start), problems.warnings());
    }

    private static SiteWriter discarded() {
        return new SiteWriter(new DiscardedOutput(), new ManifestRecorder(null, "discarded"));
    }

    private void checkBudget(long bytes, Problems problems) {
        Problem warning = budgetWarning(bytes, maxSiteBytes);
        if (warning != null) {
            problems.add(warning);
        }
    }

    /**
     * GitHub Pages refuses a site over 1 GB; a warning comes long before a failed deployment. Null for a
     * site within its budget.
     */
    public static Problem budgetWarning(long bytes, long maxSiteBytes) {
        return bytes <= maxSiteBytes ? null : Problem.warning("site", 0, 0, "the site is " + bytes
                + " bytes, over the budget of " + maxSiteBytes
                + " (maxSiteBytes); GitHub Pages publishes no site over 1 GB");
    }

    /** @param context the digest of what every page and feed sees besides its own model */
    private record Analysis(Catalog catalog, SitePlan plan, PageRenderer renderer, String context,
            List<NoteRecord> notes) {
    }

    /** Load, catalog and plan, collecting problems without stopping at them. */
    private Analysis analyse(Problems problems, StageClock clock) throws IOException {
        memory.nextBuild();
        LoadedContent content = new ContentLoader(contentDirectory, problems, options, memory.fileReadings()).load();
        clock.lap("load");
        Catalog catalog = new CatalogBuilder(problems, memory.papers(), memory.topicNames(), memory.terms())
                .build(content);
        clock.lap("catalog");
        SitePlan plan = new Planner(problems, memory.citations(), memory.citationKeyBases(), memory.relations())
                .plan(catalog);
        clock.lap("plan");
        TemplateEngine templates = new TemplateEngine(catalog.templates(), catalog.site(), plan.navigation(),
                plan.siteFeeds());
        String context = BuildContext.of(List.of(catalog.site(), plan.navigation(), plan.siteFeeds()),
                TemplateFingerprint.of(catalog.templates()), ThemeAssets.digest());
        return new Analysis(catalog, plan, new PageRenderer(templates, problems), context, content.notes());
    }
}
