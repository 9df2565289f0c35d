package io.github.paperdigest.model;

/** Something papers are grouped by: an author, a topic or an organisation. */
public sealed interface Term permits Author, Topic, Organization {

    /** The name as shown. */
    String name();

    /** Unique within its taxonomy, stable from build to build. */
    String slug();

    String path();
}
