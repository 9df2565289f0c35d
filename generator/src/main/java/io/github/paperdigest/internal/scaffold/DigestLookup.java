package io.github.paperdigest.internal.scaffold;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.catalog.Catalog;
import io.github.paperdigest.internal.catalog.CatalogBuilder;
import io.github.paperdigest.internal.load.ContentLoader;
import io.github.paperdigest.internal.load.LoadOptions;
import io.github.paperdigest.internal.load.LoadedContent;
import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.model.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The digest as the generator reads it, loaded and merged into its catalog, for the questions
 * {@code papers:new} asks before it writes: is there such a paper, does it have a note, a record, a
 * draft. Problems of the content are not its concern (the build reports them), so they are dropped.
 */
public final class DigestLookup {

    private final LoadedContent content;
    private final Catalog catalog;

    private DigestLookup(LoadedContent content, Catalog catalog) {
        this.content = content;
        this.catalog = catalog;
    }

    /** @throws IOException when the content directory is missing or cannot be read */
    public static DigestLookup load(Path contentDirectory, long maxFileBytes, LocalDate today) throws IOException {
        Problems ignored = new Problems();
        LoadedContent content = new ContentLoader(contentDirectory, ignored,
                new LoadOptions(null, today, maxFileBytes)).load();
        return new DigestLookup(content, new CatalogBuilder(ignored).build(content));
    }

    /** The published paper of that id, merged from all its records. */
    public Optional<Paper> paper(String id) {
        return catalog.papers().stream().filter(paper -> paper.id().equals(id)).findFirst();
    }

    /** The files of the notes on that paper, relative to the content directory. */
    public List<String> noteFiles(String id) {
        return content.notes().stream().filter(note -> note.paperId().equals(id)).map(NoteRecord::file).toList();
    }

    /** Where that paper's records are, as {@code file:line}, drafts last. */
    public List<String> recordPlaces(String id) {
        Stream<String> records = content.papers().stream().filter(record -> record.id().equals(id))
                .map(record -> record.file() + ":" + record.line());
        return Stream.concat(records, draftPlaces(id).stream()).toList();
    }

    /** Where that paper's drafts are, as {@code file:line}. */
    public List<String> draftPlaces(String id) {
        return content.drafts().stream().filter(draft -> id.equals(draft.id()))
                .map(draft -> draft.file() + ":" + draft.line()).toList();
    }

    /** Whether a record of that id was left out for its errors. */
    public boolean hasRejectedRecord(String id) {
        return content.rejectedPaperIds().contains(id);
    }
}
