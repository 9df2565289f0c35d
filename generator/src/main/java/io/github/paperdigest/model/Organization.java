package io.github.paperdigest.model;

/**
 * An organisation a paper was submitted under on Hugging Face.
 *
 * @param handle its Hugging Face name, such as {@code SberRoboticsCenter}
 * @param name its full name, as shown
 */
public record Organization(String handle, String name, String slug, String path) implements Term {
}
