package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.plan.Feed;
import io.github.paperdigest.internal.publish.ManifestFile;
import io.github.paperdigest.internal.rebuild.Directory.Blob;
import io.github.paperdigest.internal.rebuild.Directory.KeptModel;
import io.github.paperdigest.internal.rebuild.Directory.KeptNote;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.page.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the note index of a site just built: the models of every page and feed that shows a paper with a
 * note, every note as read, the papers and terms those models hold, and the files the build read.
 */
public final class NoteIndexWriter {

    /**
     * What a build leaves for its note index.
     *
     * @param settings the build's settings as text
     * @param buildStart when the build began, in nanoseconds since the epoch
     * @param pages the site's pages
     * @param feeds the site's feeds, or none when the site writes none
     * @param notes every note the build read
     * @param context the site's settings, menu and feeds, which every page sees
     */
    public record Sources(Path content, String settings, long buildStart, List<Page> pages, List<Feed> feeds,
            List<NoteRecord> notes, List<Object> context) {
    }

    /** Models written at once on every core: enough to share out, few enough to hold. */
    private static final int BATCH = 4096;

    private NoteIndexWriter() {
    }

    /** Deletes the index of the site in {@code output}: before a build changes the site without one. */
    public static void delete(Path output) throws IOException {
        NoteIndexFile.delete(output);
    }

    /**
     * Writes the index of the site in {@code output}, in place of the one it had.
     *
     * @param manifest the manifest the build left in the site
     */
    public static void write(Path output, Sources sources, Manifest manifest) throws IOException {
        ModelWriter writer = new ModelWriter();
        try (NoteIndexFile file = NoteIndexFile.create(output)) {
            List<KeptModel> models = new ArrayList<>();
            Map<Integer, List<Integer>> modelsByPaper = new HashMap<>();
            // Only a model that shows a note can change with it; most show none, and are not written at all.
            List<Object> noted = new ArrayList<>();
            List<Boolean> isFeed = new ArrayList<>();
            for (List<?> kind : List.of(sources.pages(), sources.feeds())) {
                List<?> showing = kind.parallelStream()
                        .filter(model -> ModelWriter.holds(model, paper -> paper.note() != null))
                        .toList();
                noted.addAll(showing);
                showing.forEach(model -> isFeed.add(kind == sources.feeds()));
            }
            for (int first = 0; first < noted.size(); first += BATCH) {
                List<ModelWriter.Written> batch = writer.writeAll(noted.subList(first,
                        Math.min(noted.size(), first + BATCH)));
                for (int i = 0; i < batch.size(); i++) {
                    keep(writer, file, isFeed.get(first + i), batch.get(i), models, modelsByPaper);
                }
            }
            Blob context = file.append(writer.write(sources.context()).bytes());
            Map<String, List<Integer>> papersById = new HashMap<>();
            for (int number = 0; number < writer.sharedCount(); number++) {
                if (writer.shared(number) instanceof Paper paper) {
                    papersById.computeIfAbsent(paper.id(), id -> new ArrayList<>()).add(number);
                }
            }
            List<KeptNote> notes = new ArrayList<>();
            for (NoteRecord note : sources.notes()) {
                List<Integer> papers = papersById.getOrDefault(note.paperId(), List.of());
                TreeSet<Integer> showing = new TreeSet<>();
                papers.forEach(paper -> showing.addAll(modelsByPaper.getOrDefault(paper, List.of())));
                notes.add(new KeptNote(note.file(), file.append(writer.write(note).bytes()), numbers(papers),
                        numbers(showing)));
            }
            List<Blob> shared = new ArrayList<>();
            // Writing a paper numbers its authors and topics, so the count grows as the loop goes.
            while (shared.size() < writer.sharedCount()) {
                for (byte[] bytes : writer.writeShared(shared.size(),
                        Math.min(writer.sharedCount(), shared.size() + BATCH))) {
                    shared.add(file.append(bytes));
                }
            }
            file.finish(new Directory(sources.settings(), sources.buildStart(), ManifestFile.digest(output),
                    manifest.context(), sources.pages().size(), manifest.files().size(), manifest.bytes(),
                    writer.classNames(), InputFiles.of(sources.content()),
                    notes, models, context, shared));
        }
        NoteIndexFile.commit(output);
    }

    /** Keeps a model that shows a paper with a note, under each such paper. */
    private static void keep(ModelWriter writer, NoteIndexFile file, boolean feed, ModelWriter.Written written,
            List<KeptModel> models, Map<Integer, List<Integer>> modelsByPaper) throws IOException {
        for (int paper : written.papers()) {
            if (((Paper) writer.shared(paper)).note() != null) {
                modelsByPaper.computeIfAbsent(paper, key -> new ArrayList<>()).add(models.size());
            }
        }
        models.add(new KeptModel(feed, file.append(written.bytes())));
    }

    private static int[] numbers(Collection<Integer> numbers) {
        return numbers.stream().mapToInt(Integer::intValue).toArray();
    }
}
