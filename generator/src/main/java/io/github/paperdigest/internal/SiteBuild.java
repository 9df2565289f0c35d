package io.github.paperdigest.internal;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import io.github.paperdigest.ValidationResult;
import io.github.paperdigest.internal.catalog.Catalog;
import io.github.paperdigest.internal.catalog.CatalogBuilder;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.load.ContentLoader;
import io.github.paperdigest.internal.load.LoadOptions;
import io.github.paperdigest.internal.load.LoadedContent;
import io.github.paperdigest.internal.load.StaticFile;
import io.github.paperdigest.internal.output.SiteFiles;
import io.github.paperdigest.internal.plan.NavLink;
import io.github.paperdigest.internal.plan.Planner;
import io.github.paperdigest.internal.plan.SitePlan;
import io.github.paperdigest.internal.render.CountingOutput;
import io.github.paperdigest.internal.render.DiscardedOutput;
import io.github.paperdigest.internal.render.OutputMemo;
import io.github.paperdigest.internal.render.PageRenderer;
import io.github.paperdigest.internal.render.SiteOutput;
import io.github.paperdigest.internal.render.TemplateEngine;
import io.github.paperdigest.internal.render.TemplateFingerprint;
import io.github.paperdigest.internal.render.ThemeAssets;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.page.FeedLink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One pass from content to site: load, catalog, plan, render, and the files beside the pages. Where
 * the site goes (a staging folder, a preview's memory) is the caller's. Every stage runs even when an
 * earlier one found errors, so that one run reports every problem.
 *
 * @param maxSiteBytes the size above which the site gets a warning
 * @param memo the files of the last build, reused where nothing they are made from has changed
 */
public record SiteBuild(Path contentDirectory, LoadOptions options, boolean failOnWarnings, long maxSiteBytes,
        OutputMemo memo) {

    /** What every page and feed sees besides its own model; when it changes, nothing is reused. */
    private record Context(Site site, List<NavLink> navigation, List<FeedLink> siteFeeds, String templates) {
    }

    /** A site written, and the settings it was built with. */
    public record Written(BuildResult result, Site site) {
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
            analysis.renderer().renderAll(plan.pages(), new DiscardedOutput());
            problems.throwIfErrors();
        }
        CountingOutput site = new CountingOutput(output);
        analysis.renderer().renderAll(plan.pages(), site);
        problems.throwIfErrors();
        new SiteFiles(analysis.catalog().site(), memo).writeAll(plan, site);
        for (Map.Entry<String, byte[]> asset : ThemeAssets.read().entrySet()) {
            site.write(asset.getKey(), asset.getValue());
        }
        // Static files come after the theme's assets, so that an editor's file can replace one.
        for (StaticFile file : plan.staticFiles()) {
            site.copy(file.path(), file.source());
        }
        site.write(UrlScheme.NO_JEKYLL, new byte[0]);
        checkBudget(site.bytes(), problems);
        problems.throwIfErrors();
        memo.commit();
        clock.lap("render");
        return new Written(new BuildResult(plan.pages().size(), site.files(), site.bytes(),
                Duration.ofNanos(System.nanoTime() - start), problems.warnings(), clock.stages()),
                analysis.catalog().site());
    }

    /** Checks the content as {@link #writeTo} would, rendering every page, and writes nothing. */
    public ValidationResult validate() throws ContentException, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems(failOnWarnings);
        Analysis analysis = analyse(problems, new StageClock());
        analysis.renderer().renderAll(analysis.plan().pages(), new DiscardedOutput());
        problems.throwIfErrors();
        return new ValidationResult(analysis.catalog().papers().size(), analysis.plan().pages().size(),
                Duration.ofNanos(System.nanoTime() - start), problems.warnings());
    }

    /** GitHub Pages refuses a site over 1 GB; a warning comes long before a failed deployment. */
    private void checkBudget(long bytes, Problems problems) {
        if (bytes > maxSiteBytes) {
            problems.warning("site", 0, 0, "the site is " + bytes + " bytes, over the budget of " + maxSiteBytes
                    + " (maxSiteBytes); GitHub Pages publishes no site over 1 GB");
        }
    }

    private record Analysis(Catalog catalog, SitePlan plan, PageRenderer renderer) {
    }

    /** Load, catalog and plan, collecting problems without stopping at them. */
    private Analysis analyse(Problems problems, StageClock clock) throws IOException {
        LoadedContent content = new ContentLoader(contentDirectory, problems, options).load();
        clock.lap("load");
        Catalog catalog = new CatalogBuilder(problems).build(content);
        clock.lap("catalog");
        SitePlan plan = new Planner(problems).plan(catalog);
        clock.lap("plan");
        TemplateEngine templates = new TemplateEngine(catalog.templates(), catalog.site(), plan.navigation(),
                plan.siteFeeds());
        memo.begin(new Context(catalog.site(), plan.navigation(), plan.siteFeeds(),
                TemplateFingerprint.of(catalog.templates())));
        return new Analysis(catalog, plan, new PageRenderer(templates, problems, memo));
    }
}
