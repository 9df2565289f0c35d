package io.github.paperdigest.page;

/** A page written by the editors in {@code pages/}, such as an about page. */
public record FreePage(String path, String title, String html) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.PAGE;
    }
}
