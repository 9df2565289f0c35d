package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.manifest.FileEntry;
import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.manifest.ManifestRecorder;
import io.github.paperdigest.internal.output.SiteFiles;
import io.github.paperdigest.internal.plan.Feed;
import io.github.paperdigest.internal.plan.NavLink;
import io.github.paperdigest.internal.render.PageRenderer;
import io.github.paperdigest.internal.render.SiteOutput;
import io.github.paperdigest.internal.render.SiteWriter;
import io.github.paperdigest.internal.render.TemplateEngine;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.page.FeedLink;
import io.github.paperdigest.page.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Some pages and feeds of a built site made again while every other file stays: the rebuilds after notes'
 * bodies changed, from the note index and from a preview's last build, both end here.
 *
 * @param manifest the last build's manifest with the entries of the files made again in place
 * @param made how many files were made again
 */
record RemadeFiles(Manifest manifest, int made) {

    /** What every page sees besides its model. */
    record Context(Site site, List<NavLink> navigation, List<FeedLink> siteFeeds, Path templates) {
    }

    /** The content's template overrides, or null when it has none, as loading finds them. */
    static Path templates(Path content) {
        Path templates = content.resolve("templates");
        return Files.isDirectory(templates) ? templates : null;
    }

    /**
     * Renders the pages and writes the feeds into {@code output}, keeping a file the last build made from an
     * equal model; template failures go to {@code problems}.
     */
    static RemadeFiles make(SiteOutput output, Manifest previous, Context context, List<Page> pages,
            List<Feed> feeds, Problems problems) throws IOException {
        SiteWriter files = new SiteWriter(output, new ManifestRecorder(previous, previous.context()));
        new PageRenderer(new TemplateEngine(context.templates(), context.site(), context.navigation(),
                context.siteFeeds()), problems).renderAll(pages, files);
        if (context.site().baseUrl() != null && !feeds.isEmpty()) {
            new SiteFiles(context.site()).writeFeeds(feeds, files);
        }
        Map<String, FileEntry> entries = new HashMap<>(previous.files());
        entries.putAll(files.manifest().manifest().files());
        return new RemadeFiles(new Manifest(previous.context(), entries), files.made());
    }
}
