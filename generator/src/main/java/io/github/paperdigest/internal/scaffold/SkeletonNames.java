package io.github.paperdigest.internal.scaffold;

import io.github.paperdigest.internal.catalog.Slugs;
import io.github.paperdigest.internal.tex.TexText;
import java.time.LocalDate;

/**
 * Where skeletons go, relative to the content directory: {@code notes/<id>-<slug>.md} and
 * {@code papers/<day>-<slug>.json}. The slug is a few words of the title in the site's slug
 * alphabet: the name before a colon when there is one, as most titles put it there ("Kimi K2.5:
 * Visual Agentic Intelligence" gives {@code kimi-k2-5}), else the first words. A name only needs to
 * be recognisable; the id or the day beside it keeps it apart from others.
 */
final class SkeletonNames {

    static final int MAX_WORDS = 5;
    static final int MAX_LENGTH = 40;

    private SkeletonNames() {
    }

    static String note(String paperId, String title) {
        String slug = shortSlug(title);
        return "notes/" + paperId + (slug.isEmpty() ? "" : "-" + slug) + ".md";
    }

    /**
     * Never the bare {@code <day>.json}: a file named by a date gives its records that day, over
     * their own, and the record's own {@code day} is the one the editor sees and may change.
     */
    static String record(LocalDate day, String title) {
        String slug = shortSlug(title);
        return "papers/" + day + "-" + (slug.isEmpty() ? "paper" : slug) + ".json";
    }

    /** @return the slug, empty when the title has no letter or digit */
    static String shortSlug(String title) {
        String text = TexText.convert(title);
        int colon = text.indexOf(':');
        String head = colon > 0 ? Slugs.slugify(text.substring(0, colon)) : "";
        return shorten(head.isEmpty() ? Slugs.slugify(text) : head);
    }

    private static String shorten(String slug) {
        StringBuilder kept = new StringBuilder();
        int words = 0;
        for (String word : slug.split("-")) {
            int length = kept.length() + (kept.isEmpty() ? 0 : 1) + word.length();
            if (word.isEmpty() || words == MAX_WORDS || (length > MAX_LENGTH && !kept.isEmpty())) {
                break;
            }
            kept.append(kept.isEmpty() ? "" : "-").append(word);
            words++;
        }
        // A first word longer than the limit, such as a long name in one piece, is cut.
        String text = kept.toString();
        return text.codePointCount(0, text.length()) > MAX_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)) : text;
    }
}
