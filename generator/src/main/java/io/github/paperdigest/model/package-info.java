/**
 * The digest as templates see it: immutable records, cross-linked, each linkable one with its
 * {@code path} relative to the site's base (for example {@code papers/2602.02493/}).
 */
package io.github.paperdigest.model;
