package io.github.paperdigest.internal.plan;

/** An entry of the site's main navigation. */
public record NavLink(String title, String path) {
}
