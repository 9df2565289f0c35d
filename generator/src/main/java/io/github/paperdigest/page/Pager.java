package io.github.paperdigest.page;

/**
 * Where a page stands in a paginated list. Paths are null where there is no such page.
 *
 * @param number this page's number, from 1
 * @param count how many pages the list has
 */
public record Pager(int number, int count, String first, String previous, String next, String last) {
}
