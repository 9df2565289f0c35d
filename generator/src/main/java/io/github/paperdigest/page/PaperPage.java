package io.github.paperdigest.page;

import io.github.paperdigest.model.Paper;

/** One paper: its abstract, authors, links and the editor's note. */
public record PaperPage(String path, Paper paper) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.PAPER;
    }
}
