package io.github.paperdigest.internal.cite;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An author's name split the way citations want it, "Last, First". Records give names as written
 * ("Mihaela van der Schaar"), so the split follows the habits of BibTeX: lowercase particles (van,
 * de, bin, ...) belong to the last name, a suffix (Jr., III) is kept apart, a name already written
 * "Last, First" is taken as it is, and a single word is just the name. A name with a word such as
 * "Team" is an organisation ("Kimi Team") and is never split.
 *
 * @param given the given names, empty for a single word or an organisation
 * @param family the last name with its particles, or the whole name of an organisation
 * @param suffix such as {@code Jr.}, empty when none
 * @param organization true for a team or a company, which BibTeX must not split
 */
public record PersonName(String given, String family, String suffix, boolean organization) {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "des", "del", "della",
            "dei", "da", "das", "di", "do", "dos", "du", "la", "las", "le", "les", "lo", "bin", "binti", "ibn", "al",
            "el", "ter", "ten", "zu", "af", "av");
    /** Capitalised particles that start a last name when lowercase ones follow: Fernando "De la Torre". */
    private static final Set<String> LEADING_PARTICLES = Set.of("De", "Van", "Von", "Di", "Da", "Del", "Du", "Le",
            "La", "Dos");
    /** Joins two family names: "Blaise Agüera y Arcas". */
    private static final Set<String> CONNECTORS = Set.of("y", "e", "i");
    private static final Pattern SUFFIX = Pattern.compile("(?i)(jr|sr)\\.?|ii|iii|iv");
    private static final Set<String> ORGANIZATION_WORDS = Set.of("Team", "Lab", "Labs", "Group", "Consortium",
            "Collaboration", "AI", "Project", "Inc.", "Ltd.");

    public static PersonName parse(String name) {
        String trimmed = name.strip().replaceAll("\\s+", " ");
        List<String> words = Arrays.asList(trimmed.split(" "));
        if (words.stream().anyMatch(ORGANIZATION_WORDS::contains)) {
            return new PersonName("", trimmed, "", true);
        }
        String[] parts = trimmed.split("\\s*,\\s*");
        if (parts.length > 3) { // not a name BibTeX could read: kept whole
            return new PersonName("", trimmed, "", true);
        }
        if (parts.length == 3) { // Last, Jr., First
            return new PersonName(parts[2], parts[0], parts[1], false);
        }
        if (parts.length == 2 && SUFFIX.matcher(parts[1]).matches()) {
            PersonName person = parse(parts[0]);
            return new PersonName(person.given, person.family, parts[1], false);
        }
        if (parts.length == 2) { // already Last, First
            return new PersonName(parts[1], parts[0], "", false);
        }
        if (words.size() > 2 && SUFFIX.matcher(words.get(words.size() - 1)).matches()) {
            PersonName person = parse(String.join(" ", words.subList(0, words.size() - 1)));
            return new PersonName(person.given, person.family, words.get(words.size() - 1), false);
        }
        if (words.size() == 1) {
            return new PersonName("", trimmed, "", false);
        }
        int last = familyStart(words);
        return new PersonName(String.join(" ", words.subList(0, last)), String.join(" ", words.subList(last,
                words.size())), "", false);
    }

    /** Where the last name starts: at its first lowercase particle, else at the last word. */
    private static int familyStart(List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            if (PARTICLES.contains(words.get(i))) {
                return i > 1 && LEADING_PARTICLES.contains(words.get(i - 1)) ? i - 1 : i;
            }
        }
        int start = words.size() - 1;
        if (start >= 3 && CONNECTORS.contains(words.get(start - 1))) {
            start -= 2;
        }
        return start;
    }

    /** "Last, First" (with ", Jr." after the given names), as Google Scholar's {@code citation_author} wants. */
    public String lastFirst() {
        if (given.isEmpty()) {
            return suffix.isEmpty() ? family : family + ", " + suffix;
        }
        return family + ", " + given + (suffix.isEmpty() ? "" : ", " + suffix);
    }

    /**
     * The name in a BibTeX {@code author} field: "Last, Jr., First", escaped. An organisation is
     * braced whole, and so is a part holding the word "and", at which BibTeX would split the list.
     */
    public String bibtex() {
        if (organization) {
            return "{" + BibtexText.escape(family) + "}";
        }
        if (given.isEmpty()) { // "Last, Jr." alone would read as Last and a given name "Jr."
            return suffix.isEmpty() ? protect(family) : "{" + BibtexText.escape(family + " " + suffix) + "}";
        }
        return suffix.isEmpty() ? protect(family) + ", " + protect(given)
                : protect(family) + ", " + protect(suffix) + ", " + protect(given);
    }

    private static String protect(String part) {
        String escaped = BibtexText.escape(part);
        return (" " + part + " ").toLowerCase(Locale.ROOT).contains(" and ") ? "{" + escaped + "}" : escaped;
    }
}
