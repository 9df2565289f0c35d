package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.Problem;
import io.github.paperdigest.StageTime;
import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.SiteBuild;
import io.github.paperdigest.internal.catalog.PaperSources;
import io.github.paperdigest.internal.load.ContentLoader;
import io.github.paperdigest.internal.load.FileReading;
import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.plan.Feed;
import io.github.paperdigest.internal.plan.SitePlan;
import io.github.paperdigest.internal.rebuild.Directory.InputFile;
import io.github.paperdigest.internal.render.SiteOutput;
import io.github.paperdigest.model.Note;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.page.Page;
import io.github.paperdigest.page.PaperPage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A preview's last build, kept in memory: after notes' bodies changed, and nothing else, the next build
 * makes again from it only the pages and feeds that show them, as a rebuild from the note index does
 * from the command line. Taken only after a build with no problems (but the site's size over its budget);
 * a rebuild it cannot make changes nothing, and the whole pipeline runs. Not safe for several threads: a
 * preview makes one build at a time.
 */
public final class KeptBuild {

    private final SiteBuild build;
    private final Path content;
    private final long buildStart;
    private final List<InputFile> inputs;
    private final SiteBuild.Written written;
    private final Map<String, NoteRecord> notes = new HashMap<>();
    private final Map<String, Paper> papers = new HashMap<>();
    private PaperIndex pageIndex;
    private PaperIndex feedIndex;

    private KeptBuild(SiteBuild build, long buildStart, List<InputFile> inputs, SiteBuild.Written written) {
        this.build = build;
        this.content = build.contentDirectory();
        this.buildStart = buildStart;
        this.inputs = inputs;
        this.written = written;
        written.notes().forEach(note -> notes.put(note.file(), note));
        for (Page page : written.plan().pages()) {
            if (page instanceof PaperPage paperPage) {
                papers.put(paperPage.paper().id(), paperPage.paper());
            }
        }
    }

    /**
     * Keeps what a build that began at {@code buildStart}, in nanoseconds since the epoch, wrote; null when
     * it had problems, which a rebuild from it could not report again, but for the site's size over its
     * budget, which a rebuild works out anew.
     */
    public static KeptBuild of(SiteBuild build, long buildStart, SiteBuild.Written written) throws IOException {
        boolean reported = written.result().warnings().equals(budgetWarnings(build, written.result().bytes()));
        return reported ? new KeptBuild(build, buildStart, InputFiles.of(build.contentDirectory()), written) : null;
    }

    /** What the build wrote. */
    public SiteBuild.Written written() {
        return written;
    }

    /**
     * Makes the site again into {@code output}, which holds the kept build's files, if only notes' bodies
     * changed since.
     *
     * @param now this build, whose content, options and limits must be the kept one's
     * @param nowStart when this build began, in nanoseconds since the epoch
     * @return this build kept for the next, or null when it cannot be made from the kept build
     */
    public KeptBuild rebuild(SiteBuild now, long nowStart, SiteOutput output) throws IOException {
        long start = System.nanoTime();
        boolean same = now.contentDirectory().equals(content) && now.options().equals(build.options())
                && now.failOnWarnings() == build.failOnWarnings() && now.maxSiteBytes() == build.maxSiteBytes();
        List<InputFile> read = same ? InputFiles.of(content) : null;
        List<String> changed = same ? NoteEdits.changedNotes(inputs, buildStart, read) : null;
        if (changed == null || changed.isEmpty()) {
            return null;
        }
        ContentLoader loader = new ContentLoader(content, new Problems(), now.options());
        Map<Paper, Paper> swaps = new IdentityHashMap<>();
        Map<String, NoteRecord> readNotes = new HashMap<>(notes);
        for (String path : changed) {
            NoteRecord before = notes.get(path);
            FileReading reading = loader.readNote(content.resolve(path));
            if (before == null || !reading.problems().isEmpty() || !(reading.value() instanceof NoteRecord note)
                    || !NoteEdits.onlyBodyChanged(before, note)) {
                return null;
            }
            Note shownBefore = PaperSources.shown(before);
            Note shown = PaperSources.shown(note);
            Paper paper = papers.get(note.paperId());
            if (paper != null && !Objects.equals(shownBefore, shown)) {
                if (!Objects.equals(paper.note(), shownBefore)) {
                    return null;
                }
                swaps.put(paper, NoteEdits.withNote(paper, shown));
            }
            readNotes.put(path, note);
        }
        SiteBuild.Written next = rebuild(swaps, List.copyOf(readNotes.values()), output, start);
        if (next == null) {
            return null;
        }
        KeptBuild kept = new KeptBuild(build, nowStart, read, next);
        // The plan keeps its order: the positions of the models that hold each paper are still good.
        kept.pageIndex = pageIndex;
        kept.feedIndex = feedIndex;
        return kept;
    }

    private SiteBuild.Written rebuild(Map<Paper, Paper> swaps, List<NoteRecord> read, SiteOutput output,
            long start) throws IOException {
        SitePlan plan = written.plan();
        if (pageIndex == null) {
            pageIndex = PaperIndex.of(plan.pages());
            feedIndex = PaperIndex.of(plan.feeds());
        }
        PaperSwap swap = new PaperSwap(swaps);
        List<Page> pages = new ArrayList<>(plan.pages());
        List<Feed> feeds = new ArrayList<>(plan.feeds());
        Set<Integer> pagePositions = new TreeSet<>();
        Set<Integer> feedPositions = new TreeSet<>();
        for (Paper paper : swaps.keySet()) {
            Arrays.stream(pageIndex.holding(paper.id())).forEach(pagePositions::add);
            Arrays.stream(feedIndex.holding(paper.id())).forEach(feedPositions::add);
        }
        List<Page> changedPages = new ArrayList<>();
        for (int position : pagePositions) {
            pages.set(position, (Page) swap.apply(pages.get(position)));
            changedPages.add(pages.get(position));
        }
        List<Feed> changedFeeds = new ArrayList<>();
        for (int position : feedPositions) {
            feeds.set(position, (Feed) swap.apply(feeds.get(position)));
            changedFeeds.add(feeds.get(position));
        }
        Problems problems = new Problems();
        RemadeFiles remade = RemadeFiles.make(output, written.manifest(), new RemadeFiles.Context(written.site(),
                plan.navigation(), plan.siteFeeds(), RemadeFiles.templates(content)), changedPages, changedFeeds,
                problems);
        Manifest manifest = remade.manifest();
        List<Problem> warnings = budgetWarnings(build, manifest.bytes());
        if (!problems.all().isEmpty() || build.failOnWarnings() && !warnings.isEmpty()) {
            // The whole pipeline reports them.
            return null;
        }
        BuildResult result = new BuildResult(pages.size(), manifest.files().size(), remade.made(), 0, manifest.bytes(),
                Duration.ofNanos(System.nanoTime() - start), warnings,
                List.of(new StageTime("notes", Duration.ofNanos(System.nanoTime() - start))));
        SitePlan next = new SitePlan(pages, plan.navigation(), plan.staticFiles(), feeds, plan.siteFeeds(),
                plan.sitemap(), plan.bibliographies(), plan.search());
        return new SiteBuild.Written(result, written.site(), manifest, Set.of(), next, read);
    }

    private static List<Problem> budgetWarnings(SiteBuild build, long bytes) {
        return Stream.ofNullable(SiteBuild.budgetWarning(bytes, build.maxSiteBytes())).toList();
    }
}
