package io.github.paperdigest.model;

/** An author, keyed by name: one page per distinct name. */
public record Author(String name, String slug, String path) implements Term {
}
