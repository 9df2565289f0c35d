package io.github.paperdigest.internal.load;

/**
 * A record marked {@code "draft": true}: read, so that its JSON is checked, but left out of the
 * site, with its fields unchecked. Kept so that a note on it is left out quietly too, and so that
 * {@code papers:new} knows the id is taken.
 *
 * @param line where the record's opening brace is; {@code column} likewise
 * @param id its arXiv id, or null when it has none yet or not a valid one
 */
public record DraftRecord(String file, int line, int column, String id) {
}
