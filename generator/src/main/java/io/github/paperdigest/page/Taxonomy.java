package io.github.paperdigest.page;

import java.util.Locale;

/** The ways papers are grouped, each with an index page and a page per term. */
public enum Taxonomy {
    AUTHORS("author"), TOPICS("topic"), ORGANIZATIONS("organization");

    private final String singular;

    Taxonomy(String singular) {
        this.singular = singular;
    }

    /** The index's template: {@code authors.ftlh}. */
    public String indexTemplate() {
        return name().toLowerCase(Locale.ROOT) + ".ftlh";
    }

    /** A term's template: {@code author.ftlh}. */
    public String termTemplate() {
        return singular + ".ftlh";
    }
}
