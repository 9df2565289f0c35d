package io.github.paperdigest.internal.load;

/**
 * A free page from {@code pages/}.
 *
 * @param path where it is published, such as {@code about/} for {@code pages/about.md}
 */
public record PageRecord(String file, String path, String title, String html) {
}
