package io.github.paperdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper of the digest, merged from every record that carries its arXiv id.
 *
 * @param id the arXiv id, such as {@code 2602.02493}
 * @param title with arXiv's hard line breaks folded and text-mode LaTeX ({@code \%}, {@code ``quotes''})
 *     turned into characters; math spans ({@code $x$}, {@code \(x\)}) are kept with their delimiters
 * @param summary the abstract, folded and converted the same way
 * @param day the day it entered the digest
 * @param publishedOn the day arXiv published it, null when unknown
 * @param authors the visible authors, in the paper's order
 * @param organization null when it was not submitted under one
 * @param topics in order of first appearance: the record's keywords, then the note's topics
 * @param githubStars null when unknown
 * @param note null when no editor wrote one
 */
public record Paper(
        String id,
        String path,
        String title,
        String summary,
        Day day,
        LocalDate publishedOn,
        List<Author> authors,
        Organization organization,
        List<Topic> topics,
        int upvotes,
        int comments,
        String githubRepo,
        Integer githubStars,
        String projectPage,
        String aiSummary,
        Note note) {

    /**
     * The id's hash, which equal papers share: papers are keys of maps and memos in every build, and the
     * hash of a whole paper would walk its abstract, authors and topics each time.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
