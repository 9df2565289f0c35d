package io.github.paperdigest.internal.scaffold;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.scaffold.ScaffoldException;
import io.github.paperdigest.scaffold.ScaffoldResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes a note's skeleton for a paper of the digest that has none yet. */
public final class NoteScaffold {

    private NoteScaffold() {
    }

    /** @param editor who writes the note, or null */
    public static ScaffoldResult write(Path contentDirectory, DigestLookup digest, String paperId, String editor)
            throws ScaffoldException, IOException {
        Paper paper = digest.paper(paperId).orElseThrow(() -> unknownPaper(digest, paperId));
        List<String> notes = digest.noteFiles(paperId);
        if (!notes.isEmpty()) {
            throw new ScaffoldException("paper " + paperId + " already has a note, " + String.join(", ", notes)
                    + " (one note per paper: edit that one)");
        }
        Path file = NewFile.write(contentDirectory, SkeletonNames.note(paperId, paper.title()),
                NoteSkeleton.text(paper, editor).getBytes(StandardCharsets.UTF_8));
        return new ScaffoldResult(file, "Write the note on \"" + paper.title() + "\" below its front matter, "
                + "in Markdown, in place of the comment; add topics of your own to `topics` if you like.");
    }

    /** Why the paper is not in the digest, when a record of it is there but left out. */
    private static ScaffoldException unknownPaper(DigestLookup digest, String paperId) {
        List<String> drafts = digest.draftPlaces(paperId);
        if (!drafts.isEmpty()) {
            return new ScaffoldException("paper " + paperId + " is only in a draft, " + String.join(", ", drafts)
                    + " (fill in its fields and remove \"draft\": true to publish it, then write its note)");
        }
        if (digest.hasRejectedRecord(paperId)) {
            return new ScaffoldException("paper " + paperId + " has a record in papers/ with errors, which leave "
                    + "it out of the digest (validate the digest to see them, and fix them first)");
        }
        return new ScaffoldException("no record in papers/ has paper " + paperId + " (add its record first: "
                + "give a day and a title to write a hand-written one)");
    }
}
