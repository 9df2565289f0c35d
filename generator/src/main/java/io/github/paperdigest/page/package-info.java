/**
 * The pages of a site, one record per kind: what each template receives as {@code page}. Every page
 * has a {@code path} relative to the site's base path; templates decide titles and wording.
 */
package io.github.paperdigest.page;
