package io.github.paperdigest.bench;

import io.github.paperdigest.bench.SyntheticPaper.Note;

/**
 * A paper's editor's note as content/notes/ holds them: {@code notes/<id>-<first words of the title>.md},
 * YAML front matter ({@code paper}, {@code editor}, optional {@code title} and {@code topics}), then Markdown.
 */
final class NoteMarkdown {

    private NoteMarkdown() {
    }

    static String fileName(SyntheticPaper paper) {
        StringBuilder name = new StringBuilder(paper.id());
        String[] words = paper.title().split("[^\\p{L}\\p{N}]+");
        int kept = 0;
        for (int i = 0; i < words.length && kept < 3; i++) {
            String word = Handles.ascii(words[i]);
            if (!word.isEmpty()) {
                name.append('-').append(word);
                kept++;
            }
        }
        return name.append(".md").toString();
    }

    static String text(SyntheticPaper paper) {
        Note note = paper.note();
        StringBuilder text = new StringBuilder(1024).append("---\n").append("paper: ").append(paper.id()).append('\n');
        if (note.title() != null) {
            text.append("title: ").append(quoted(note.title())).append('\n');
        }
        text.append("editor: ").append(quoted(note.editor())).append('\n');
        if (!note.topics().isEmpty()) {
            text.append("topics:\n");
            note.topics().forEach(topic -> text.append("  - ").append(quoted(topic)).append('\n'));
        }
        return text.append("---\n\n").append(note.body()).toString();
    }

    /** A YAML double-quoted scalar, so that no title or topic is read as YAML syntax. */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
