package io.github.paperdigest.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * URL slugs for names: lower-case, accents dropped ({@code Schütze} → {@code schutze}), letters of
 * other scripts kept, anything else a hyphen.
 */
public final class Slugs {

    static final int MAX_LENGTH = 60;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Latin letters that have no decomposition, so dropping accents leaves them as they are. */
    private static final Map<String, String> LATIN = Map.of("ł", "l", "ø", "o", "đ", "d", "ß", "ss", "æ", "ae",
            "œ", "oe", "ı", "i", "þ", "th", "ð", "d");

    private Slugs() {
    }

    /** The slug of one name, as the site makes it; {@code papers:new} names its files with it too. */
    public static String slugify(String name) {
        String text = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String letter = Character.toString(codePoint);
            latin.append(LATIN.getOrDefault(letter, letter));
        });
        String slug = SEPARATORS.matcher(latin).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH)));
        }
        return slug;
    }

    /**
     * Gives every key a unique slug made from its name. Where names collide, the first key in sort
     * order keeps the plain slug and the others get a suffix hashed from their key, so a slug does
     * not depend on which other names happen to exist (unless a new name sorts first).
     *
     * @param names each key's name as shown, sorted by key
     */
    static Map<String, String> assign(SortedMap<String, String> names) {
        Map<String, String> slugs = new HashMap<>();
        Map<String, String> firstKeyOfSlug = new TreeMap<>();
        for (Map.Entry<String, String> entry : names.entrySet()) {
            String base = slugify(entry.getValue());
            String key = entry.getKey();
            if (base.isEmpty()) {
                slugs.put(key, hash(key));
            } else if (firstKeyOfSlug.putIfAbsent(base, key) == null) {
                slugs.put(key, base);
            } else {
                slugs.put(key, base + "-" + hash(key));
            }
        }
        return slugs;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
