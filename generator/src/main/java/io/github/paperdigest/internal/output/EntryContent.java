package io.github.paperdigest.internal.output;

import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Paper;
import java.time.LocalDate;
import java.util.List;

/** What a feed entry says about a paper, shared by the Atom and the JSON feed. */
final class EntryContent {

    /**
     * The authors an entry names. A paper by hundreds of authors is in hundreds of author feeds, so
     * naming every author in each would make the feeds grow with the square of the team's size.
     */
    static final int AUTHORS_NAMED = 10;

    private EntryContent() {
    }

    static List<Author> namedAuthors(Paper paper) {
        return paper.authors().subList(0, Math.min(AUTHORS_NAMED, paper.authors().size()));
    }

    /** The abstract, the number of authors when not all are named, and the editor's note, as HTML. */
    static String html(Paper paper) {
        StringBuilder html = new StringBuilder();
        if (paper.summary() != null && !paper.summary().isBlank()) {
            html.append("<p>").append(Escaping.escapeHtml(paper.summary(), false)).append("</p>");
        }
        if (paper.authors().size() > AUTHORS_NAMED) {
            html.append("<p>").append(paper.authors().size()).append(" authors; the first ").append(AUTHORS_NAMED)
                    .append(" are named here.</p>\n");
        }
        if (paper.note() != null) {
            html.append("<h2>Editor's note");
            if (paper.note().title() != null) {
                html.append(": ").append(Escaping.escapeHtml(paper.note().title(), false));
            }
            html.append("</h2>\n");
            if (paper.note().editor() != null) {
                html.append("<p>By ").append(Escaping.escapeHtml(paper.note().editor(), false)).append("</p>\n");
            }
            html.append(paper.note().html());
        }
        return html.toString();
    }

    /** A day as the instant feeds want: midnight UTC, the only time of day the digest knows. */
    static String timestamp(LocalDate day) {
        return day + "T00:00:00Z";
    }

    static String arxivPage(Paper paper) {
        return "https://arxiv.org/abs/" + paper.id();
    }
}
