package io.github.paperdigest.internal.plan;

import io.github.paperdigest.model.Paper;
import java.util.List;

/**
 * A feed of the newest papers of the site or of one term.
 *
 * @param path where its Atom document goes, such as {@code topics/agents/feed.xml}
 * @param jsonPath where the same feed goes as a JSON Feed, or null for none
 * @param title the feed's title
 * @param pagePath the page that lists the same papers, the feed's {@code alternate}
 * @param entries newest first, at most {@code feedEntries} of them
 */
public record Feed(String path, String jsonPath, String title, String pagePath, List<Paper> entries) {

    public Feed {
        entries = List.copyOf(entries);
    }
}
