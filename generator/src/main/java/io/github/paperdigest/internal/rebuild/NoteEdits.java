package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.catalog.PaperSources;
import io.github.paperdigest.internal.load.ContentFiles;
import io.github.paperdigest.internal.load.ContentLoader;
import io.github.paperdigest.internal.load.FileReading;
import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.internal.rebuild.Directory.InputFile;
import io.github.paperdigest.internal.rebuild.Directory.KeptNote;
import io.github.paperdigest.model.Note;
import io.github.paperdigest.model.Paper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed notes change: each note as read now, by its path in the content; the shared papers that
 * show it, with the new note; and the models that hold those papers, to be made again. A note that still
 * shows what it showed changes no model.
 */
record NoteEdits(Map<String, NoteRecord> notes, Map<Integer, Paper> papers, Set<Integer> models) {

    /**
     * How long after a build began a file's change may not show in its modification time: timestamps come
     * from a clock that lags the system's by up to a tick, so a file changed just as the build read it
     * may carry an earlier time. Such a file is read again.
     */
    private static final long RACY_NANOS = 2_000_000_000L;

    /**
     * The changed notes, by their paths in the content, since a build that began at {@code buildStart} read
     * the files {@code read}: null when another file was added, removed or changed, which the index cannot
     * follow.
     */
    static List<String> changedNotes(List<InputFile> read, long buildStart, List<InputFile> inputs) {
        if (inputs.size() != read.size()) {
            return null;
        }
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputFile now = inputs.get(i);
            InputFile before = read.get(i);
            if (!now.path().equals(before.path())) {
                return null;
            }
            boolean racy = before.modified() >= buildStart - RACY_NANOS;
            if (racy || now.size() != before.size() || now.modified() != before.modified()) {
                if (!ContentFiles.isNote(now.path())) {
                    return null;
                }
                changed.add(now.path());
            }
        }
        return changed;
    }

    /**
     * Reads the changed notes again, and works out what they change; null when a note changed more than its
     * body, or has problems. The shared papers that show them are replaced in {@code reader}.
     */
    static NoteEdits read(ContentLoader loader, NoteIndexFile index, ModelReader reader, List<String> changed)
            throws IOException {
        Map<String, KeptNote> keptNotes = new HashMap<>();
        index.directory().notes().forEach(note -> keptNotes.put(note.path(), note));
        Map<String, NoteRecord> notes = new HashMap<>();
        Map<Integer, Paper> papers = new HashMap<>();
        Set<Integer> models = new TreeSet<>();
        for (String path : changed) {
            KeptNote kept = keptNotes.get(path);
            FileReading reading = loader.readNote(loader.root().resolve(path));
            if (kept == null || !reading.problems().isEmpty() || !(reading.value() instanceof NoteRecord now)) {
                return null;
            }
            NoteRecord before = (NoteRecord) reader.read(index.read(kept.record()));
            if (!onlyBodyChanged(before, now)) {
                return null;
            }
            Note shownBefore = PaperSources.shown(before);
            Note shown = PaperSources.shown(now);
            for (int number : kept.papers()) {
                Paper paper = (Paper) reader.shared(number);
                if (!Objects.equals(paper.note(), shownBefore)) {
                    return null;
                }
                papers.put(number, withNote(paper, shown));
            }
            if (!Objects.equals(shownBefore, shown)) {
                for (int model : kept.models()) {
                    models.add(model);
                }
            }
            notes.put(path, now);
        }
        papers.forEach(reader::replace);
        return new NoteEdits(notes, papers, models);
    }

    /**
     * Whether a note read again has the front matter it had, and shows a note if it showed one: then only
     * the note its paper shows changes, and no page but those that show it.
     */
    static boolean onlyBodyChanged(NoteRecord before, NoteRecord now) {
        return withoutBody(before).equals(withoutBody(now))
                && (PaperSources.shown(before) == null) == (PaperSources.shown(now) == null);
    }

    private static NoteRecord withoutBody(NoteRecord note) {
        return new NoteRecord(note.file(), note.line(), note.paperId(), note.title(), note.editor(), note.day(),
                note.topics(), "");
    }

    static Paper withNote(Paper paper, Note note) {
        return new Paper(paper.id(), paper.path(), paper.title(), paper.summary(), paper.day(),
                paper.publishedOn(), paper.authors(), paper.organization(), paper.topics(), paper.upvotes(),
                paper.comments(), paper.githubRepo(), paper.githubStars(), paper.projectPage(), paper.aiSummary(),
                note);
    }
}
