package io.github.paperdigest.page;

import java.util.List;

/**
 * What a term's papers have in common: for a topic its related topics and frequent authors, for an
 * author the co-authors and the author's topics. The term itself is never listed.
 *
 * @param topics the topics of the term's papers, most shared first
 * @param authors the authors of the term's papers, most shared first
 */
public record Relations(List<TermCount> topics, List<TermCount> authors) {

    public Relations {
        topics = List.copyOf(topics);
        authors = List.copyOf(authors);
    }
}
