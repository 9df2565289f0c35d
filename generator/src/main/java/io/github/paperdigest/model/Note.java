package io.github.paperdigest.model;

/**
 * An editor's note on one paper. The topics a note adds are merged into its paper's.
 *
 * @param title an optional headline, null when the note has none
 * @param editor who wrote it, null when not given
 * @param html the Markdown body rendered to HTML, with raw HTML escaped
 */
public record Note(String title, String editor, String html) {
}
