package io.github.paperdigest.model;

/** A topic: Hugging Face's {@code ai_keywords} and the notes' {@code topics}, case-folded into one. */
public record Topic(String name, String slug, String path) implements Term {
}
