package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.Problem;
import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.SiteBuild;
import io.github.paperdigest.internal.StageClock;
import io.github.paperdigest.internal.load.ContentLoader;
import io.github.paperdigest.internal.load.LoadOptions;
import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.internal.manifest.BuildContext;
import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.plan.Feed;
import io.github.paperdigest.internal.plan.NavLink;
import io.github.paperdigest.internal.publish.ManifestFile;
import io.github.paperdigest.internal.publish.UpdatedSite;
import io.github.paperdigest.internal.rebuild.Directory.Blob;
import io.github.paperdigest.internal.rebuild.Directory.InputFile;
import io.github.paperdigest.internal.rebuild.Directory.KeptModel;
import io.github.paperdigest.internal.rebuild.Directory.KeptNote;
import io.github.paperdigest.internal.render.TemplateFingerprint;
import io.github.paperdigest.internal.render.ThemeAssets;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.page.FeedLink;
import io.github.paperdigest.page.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A rebuild after notes' bodies changed, from the note index the last build left rather than from the
 * whole content: each changed note is read again, and only the pages and feeds that show its paper are
 * made again from their kept models. It is taken only when nothing else changed: no other file, no
 * note's front matter, no setting, template or generator, no note written or emptied, and neither the last
 * build nor this one has problems, but for the site's size over its budget, which it works out anew.
 * Otherwise it declines and changes nothing, and the whole pipeline runs: a change it cannot follow in
 * the index takes the longer way, never a wrong one.
 */
public final class NoteRebuild {

    /**
     * Each rebuild appends to the index, leaving the old directory behind; once that outgrows this much
     * beyond the live bytes, a whole build writes the index anew.
     */
    private static final long SLACK_BYTES = 16L << 20;

    private final Path content;
    private final Path output;
    private final LoadOptions options;
    private final String settings;
    private final boolean failOnWarnings;
    private final long maxSiteBytes;

    /**
     * @param settings the build's settings as text, as the index's {@link NoteIndexWriter.Sources} has them
     * @param failOnWarnings whether a warning fails the build: then a site over its budget takes the whole
     *     pipeline, which fails
     */
    public NoteRebuild(Path content, Path output, LoadOptions options, String settings, boolean failOnWarnings,
            long maxSiteBytes) {
        this.content = content;
        this.output = output;
        this.options = options;
        this.settings = settings;
        this.failOnWarnings = failOnWarnings;
        this.maxSiteBytes = maxSiteBytes;
    }

    /**
     * Rebuilds the site if only notes' bodies changed since the build that left the index.
     *
     * @param start the build's start, from {@link System#nanoTime}
     * @param buildStart the same moment in nanoseconds since the epoch
     * @return the build's result, or null when this rebuild cannot be taken and nothing was changed
     */
    public BuildResult run(long start, long buildStart) throws IOException {
        StageClock clock = new StageClock();
        if (!UpdatedSite.isClean(output)) {
            return null;
        }
        try (NoteIndexFile index = NoteIndexFile.open(output)) {
            if (index == null) {
                return null;
            }
            Directory kept = index.directory();
            if (!kept.settings().equals(settings) || !kept.manifestDigest().equals(ManifestFile.digest(output))
                    || index.size() > 2 * kept.liveBytes() + SLACK_BYTES) {
                return null;
            }
            List<InputFile> inputs = InputFiles.of(content);
            List<String> changed = NoteEdits.changedNotes(kept.inputs(), kept.buildStart(), inputs);
            if (changed == null) {
                return null;
            }
            ModelReader reader = new ModelReader(kept.classNames(), kept.shared().size(),
                    number -> index.read(kept.shared().get(number)));
            NoteEdits edits = NoteEdits.read(new ContentLoader(content, new Problems(), options), index, reader,
                    changed);
            if (edits == null) {
                return null;
            }
            List<?> context = (List<?>) reader.read(index.read(kept.contextModels()));
            Site site = (Site) context.get(0);
            @SuppressWarnings("unchecked")
            List<NavLink> navigation = (List<NavLink>) context.get(1);
            @SuppressWarnings("unchecked")
            List<FeedLink> siteFeeds = (List<FeedLink>) context.get(2);
            Path templates = RemadeFiles.templates(content);
            String digest = BuildContext.of(List.of(site, navigation, siteFeeds), TemplateFingerprint.of(templates),
                    ThemeAssets.digest());
            if (!kept.contextDigest().equals(digest)) {
                return null;
            }
            if (edits.models().isEmpty()) {
                // Notes saved again as they were: the site stays, and the index learns their new times.
                if (!edits.notes().isEmpty()) {
                    index.invalidate();
                    index.finish(updated(index, reader, edits, inputs, kept.manifestDigest(), kept.files(),
                            kept.bytes(), buildStart));
                }
                clock.lap("notes");
                return new BuildResult(kept.pages(), kept.files(), 0, 0, kept.bytes(),
                        Duration.ofNanos(System.nanoTime() - start), budgetWarnings(kept.bytes()), clock.stages());
            }
            clock.lap("notes");
            Manifest previous = ManifestFile.read(output);
            if (previous == null) {
                return null;
            }
            return rebuild(index, reader, edits, inputs, previous,
                    new RemadeFiles.Context(site, navigation, siteFeeds, templates), clock, start, buildStart);
        }
    }

    private BuildResult rebuild(NoteIndexFile index, ModelReader reader, NoteEdits edits, List<InputFile> inputs,
            Manifest previous, RemadeFiles.Context context, StageClock clock, long start, long buildStart)
            throws IOException {
        Directory kept = index.directory();
        List<Page> pages = new ArrayList<>();
        List<Feed> feeds = new ArrayList<>();
        for (int number : edits.models()) {
            KeptModel model = kept.models().get(number);
            Object made = reader.read(index.read(model.bytes()));
            if (model.feed()) {
                feeds.add((Feed) made);
            } else {
                pages.add((Page) made);
            }
        }
        Problems problems = new Problems();
        try (UpdatedSite site = UpdatedSite.begin(output)) {
            // The context is the manifest's: the index and the manifest belong together, and it was checked.
            Manifest manifest = RemadeFiles.make(site, previous, context, pages, feeds, problems).manifest();
            if (!problems.all().isEmpty() || failOnWarnings && !budgetWarnings(manifest.bytes()).isEmpty()) {
                // The whole pipeline reports them.
                return null;
            }
            clock.lap("render");
            long publishStart = System.nanoTime();
            index.invalidate();
            site.commit(manifest, Set.of());
            index.finish(updated(index, reader, edits, inputs, ManifestFile.digest(output), manifest.files().size(),
                    manifest.bytes(), buildStart));
            clock.lap("publish");
            return new BuildResult(kept.pages(), manifest.files().size(), site.changedFiles(), 0, manifest.bytes(),
                    Duration.ofNanos(System.nanoTime() - start), budgetWarnings(manifest.bytes()), clock.stages());
        }
    }

    /** The index after this rebuild: the new notes and papers appended, and a directory that names them. */
    private static Directory updated(NoteIndexFile index, ModelReader reader, NoteEdits edits,
            List<InputFile> inputs, String manifestDigest, int files, long bytes, long buildStart) throws IOException {
        Directory kept = index.directory();
        ModelWriter writer = new ModelWriter(kept.classNames(), reader.sharedRead());
        List<Blob> shared = new ArrayList<>(kept.shared());
        for (Map.Entry<Integer, Paper> paper : edits.papers().entrySet()) {
            shared.set(paper.getKey(), index.append(writer.writeRecord(paper.getValue())));
        }
        List<KeptNote> notes = new ArrayList<>();
        for (KeptNote note : kept.notes()) {
            NoteRecord now = edits.notes().get(note.path());
            notes.add(now == null ? note
                    : new KeptNote(note.path(), index.append(writer.write(now).bytes()), note.papers(), note.models()));
        }
        return new Directory(kept.settings(), buildStart, manifestDigest, kept.contextDigest(), kept.pages(), files,
                bytes, writer.classNames(), inputs, notes, kept.models(), kept.contextModels(), shared);
    }

    /** The one warning a rebuild from the index can have, worked out as the whole pipeline does. */
    private List<Problem> budgetWarnings(long bytes) {
        return Stream.ofNullable(SiteBuild.budgetWarning(bytes, maxSiteBytes)).toList();
    }
}
