package io.github.paperdigest.page;

/** {@code 404.html}, which GitHub Pages serves for any missing URL. */
public record NotFoundPage(String path) implements Page {

    @Override
    public PageKind kind() {
        return PageKind.NOT_FOUND;
    }

    @Override
    public String template() {
        return "404.ftlh";
    }
}
