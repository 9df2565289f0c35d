package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A paper record as JSON: a Hugging Face daily_papers entry (its {@code paper} set, with a few
 * fields beside it), or a bare paper object as {@code /api/papers/{id}} returns or an editor writes.
 * One type reads both, because an entry's fields are mostly a paper's. {@code draft}, on the entry
 * or its paper, marks a record the editor has not finished: it is read but left out of the site.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PaperJson(
        PaperJson paper,
        String id,
        String title,
        @JsonAlias("abstract") String summary,
        List<AuthorJson> authors,
        String publishedAt,
        String submittedOnDailyAt,
        String day,
        Integer upvotes,
        Integer numComments,
        OrganizationJson organization,
        @JsonProperty("ai_summary") String aiSummary,
        @JsonProperty("ai_keywords") List<String> aiKeywords,
        String githubRepo,
        Integer githubStars,
        String projectPage,
        Boolean draft) {

    /** Whether the record, or the paper inside an entry, says {@code "draft": true}. */
    boolean isDraft() {
        return Boolean.TRUE.equals(draft) || (paper != null && Boolean.TRUE.equals(paper.draft));
    }

    /** An author: an object as the API writes it, or just a name in a hand-written record. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuthorJson(String name, Boolean hidden) {

        @JsonCreator
        static AuthorJson named(String name) {
            return new AuthorJson(name, false);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganizationJson(String name, String fullname) {
    }
}
