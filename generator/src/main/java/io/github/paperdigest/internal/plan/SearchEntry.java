package io.github.paperdigest.internal.plan;

import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;
import java.time.LocalDate;
import java.util.List;

/**
 * What the search index holds of a paper: what a reader searches by, and what a result shows.
 *
 * @param summary the abstract, or null when the site's index leaves abstracts out
 */
public record SearchEntry(String id, String title, List<String> authors, List<String> topics, LocalDate day,
        int upvotes, String summary) {

    public SearchEntry {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
    }

    static SearchEntry of(Paper paper, boolean withSummary) {
        return new SearchEntry(paper.id(), paper.title(), paper.authors().stream().map(Author::name).toList(),
                paper.topics().stream().map(Topic::name).toList(), paper.day().date(), paper.upvotes(),
                withSummary && paper.summary() != null ? paper.summary() : null);
    }
}
