package io.github.paperdigest.internal.catalog;

import io.github.paperdigest.internal.load.NoteRecord;
import io.github.paperdigest.internal.load.PaperRecord;
import io.github.paperdigest.internal.tex.TexText;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Note;
import io.github.paperdigest.model.Organization;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;
import java.util.List;

/**
 * Everything a paper is made from: its merged record, its note, and its names and day as terms. Equal
 * sources make equal papers, so a preview reuses the paper of an unchanged record and note.
 *
 * @param note the paper's note, or null
 * @param organization the paper's organisation, or null
 */
public record PaperSources(PaperRecord record, NoteRecord note, List<Author> authors, Organization organization,
        List<Topic> topics, Day day) {

    /**
     * The paper. Its title, abstract and AI summary, like topic names, have their text-mode LaTeX turned
     * into characters here, once, so that every page and feed shows the same text; math spans stay as
     * written.
     */
    Paper paper() {
        return new Paper(record.id(), UrlScheme.paper(record.id()), TexText.convert(Text.fold(record.title())),
                TexText.convert(Text.fold(record.summary())), day, record.publishedOn(), authors, organization,
                topics, record.upvotes() == null ? 0 : record.upvotes(),
                record.comments() == null ? 0 : record.comments(), record.githubRepo(), record.githubStars(),
                record.projectPage(), TexText.convert(Text.fold(record.aiSummary())), shown(note));
    }

    /**
     * What a paper shows of its note: null for none, and for a note not yet written (a fresh skeleton),
     * whose topics count all the same.
     */
    public static Note shown(NoteRecord note) {
        boolean written = note != null && (note.title() != null || !note.html().isBlank());
        return written ? new Note(note.title(), note.editor(), note.html()) : null;
    }
}
