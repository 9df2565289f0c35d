package io.github.paperdigest.bench;

import java.time.Instant;
import java.util.List;

/**
 * One paper of the corpus, as its daily entry and its note (if any) will show it.
 *
 * @param index the paper's position in the corpus, from 0, oldest day first
 * @param submittedAt when it was put on the daily list: its day in the digest
 * @param organization null when the paper names none
 * @param githubRepo null when the paper has no repository, and then {@code githubStars} is 0
 * @param projectPage null when the paper has none
 * @param note null when the paper has no editor's note
 */
record SyntheticPaper(int index, String id, Instant publishedAt, Instant submittedAt, String title,
        String summary, String aiSummary, List<String> authors, List<String> topics, int upvotes, int comments,
        Organization organization, String githubRepo, int githubStars, String projectPage, Note note) {

    /** A Hugging Face organisation: its handle (the URL's name) and its full name. */
    record Organization(String handle, String fullName) {
    }

    /**
     * An editor's note.
     *
     * @param title null when the note has none
     * @param topics topics the note adds, in the capitalisation editors write ("Reinforcement learning")
     * @param body Markdown
     */
    record Note(String editor, String title, List<String> topics, String body) {
    }
}
