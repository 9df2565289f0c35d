package io.github.paperdigest.internal.scaffold;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;
import java.util.stream.Collectors;

/**
 * The text of a new note: front matter naming the paper, an empty list of topics (a note's topics
 * are added to the paper's own, so there is nothing to repeat), the editor when known; and for a
 * body, an HTML comment that tells the editor what to write. The page leaves comments out, so the
 * skeleton builds as it is, without a word shown that the editor did not write.
 */
final class NoteSkeleton {

    private NoteSkeleton() {
    }

    /** @param editor who writes the note, or null to leave the key out */
    static String text(Paper paper, String editor) {
        StringBuilder note = new StringBuilder()
                .append("---\n")
                .append("paper: ").append(paper.id()).append('\n')
                .append("topics: []   # added to the paper's own topics\n");
        if (editor != null) {
            note.append("editor: ").append(YamlText.quoted(editor)).append('\n');
        }
        String topics = paper.topics().stream().map(Topic::name).collect(Collectors.joining(", "));
        return note.append("---\n")
                .append("<!--\n")
                .append("Your note on \"").append(inComment(paper.title())).append("\"\n")
                .append("https://arxiv.org/abs/").append(paper.id()).append("\n\n")
                .append("Write it in Markdown below this comment: what is new in the paper, and what to look\n")
                .append("for. Math is written as in the abstract, $...$ or \\(...\\).\n\n")
                .append("Topics: the paper has ").append(topics.isEmpty() ? "none yet" : inComment(topics))
                .append(".\n")
                .append("Add yours to `topics` above. An optional `title:` gives the note a headline, and\n")
                .append("`day: YYYY-MM-DD` moves the paper to another day of the digest.\n\n")
                .append("This comment is left out of the page; delete it when the note is written.\n")
                .append("-->\n")
                .toString();
    }

    /**
     * Text that cannot end the comment early: CommonMark ends it at the first {@code -->}, and anything
     * after that would show on the page.
     */
    private static String inComment(String text) {
        return text.replace("-->", "-- >");
    }
}
