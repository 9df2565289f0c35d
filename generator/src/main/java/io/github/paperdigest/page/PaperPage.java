package io.github.paperdigest.page;

import io.github.paperdigest.model.Paper;

/** One paper: its abstract, authors, links, the editor's note and how to cite it. */
public record PaperPage(String path, Paper paper, Citation citation) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.PAPER;
    }
}
