package io.github.paperdigest.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.SplittableRandom;

/**
 * Fills the slots of one paper's phrases ({np}, {topic}, {name}, ... as phrases.txt lists them) from that
 * paper's random stream, its model name and its topics, so its title, abstract and note talk about the
 * same things and a search for a topic finds the papers that mention it.
 */
final class PhraseFiller {

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "is",
            "of", "on", "or", "the", "to", "via", "with");

    /** "a" before a vowel becomes "an", as filled slots can put any word after a template's article. */
    private static final Pattern ARTICLE_BEFORE_VOWEL = Pattern.compile("\\b([Aa]) (?=[aeiouAEIOU])");

    private final Vocabulary vocabulary;
    private final SplittableRandom random;
    private final String name;
    private final List<String> topics;

    PhraseFiller(Vocabulary vocabulary, SplittableRandom random, String name, List<String> topics) {
        this.vocabulary = vocabulary;
        this.random = random;
        this.name = name;
        this.topics = topics;
    }

    /** A phrase of {@code section} with its slots filled, its first letter capitalised. */
    String sentence(String section) {
        return capitalize(fill(vocabulary.any(section, random)));
    }

    String fill(String template) {
        StringBuilder text = new StringBuilder(template.length() + 64);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            text.append(template, from, open);
            String slot = template.substring(open + 1, close);
            String value = value(slot.toLowerCase(Locale.ROOT));
            text.append(Character.isUpperCase(slot.charAt(0)) ? titleCase(value) : value);
            from = close + 1;
        }
        text.append(template, from, template.length());
        return ARTICLE_BEFORE_VOWEL.matcher(text).replaceAll("$1n ");
    }

    private String value(String slot) {
        return switch (slot) {
            case "name" -> name;
            case "np" -> nounPhrase();
            case "nps" -> plural(nounPhrase());
            case "topic" -> topics.get(random.nextInt(topics.size()));
            case "word" -> vocabulary.word(random);
            case "verb" -> vocabulary.any("verb", random);
            case "verbs" -> plural(vocabulary.any("verb", random));
            case "gerund" -> vocabulary.any("gerund", random);
            case "bench" -> vocabulary.any("name-start", random) + vocabulary.any("bench-end", random);
            case "math" -> vocabulary.any("math", random);
            case "pct" -> String.format(Locale.ROOT, "%.1f%%", 1 + 39 * random.nextDouble());
            case "factor" -> String.format(Locale.ROOT, "%.1f\u00d7", 1.2 + 6.8 * random.nextDouble());
            case "count" -> count();
            default -> throw new IllegalStateException("phrases.txt uses an unknown slot {" + slot + "}");
        };
    }

    /** Zero to two modifier words before a head noun: "sparse video reward model". */
    private String nounPhrase() {
        String head = vocabulary.any("head", random);
        int modifiers = random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? 2 : 1;
        StringBuilder phrase = new StringBuilder();
        String previous = head;
        for (int i = 0; i < modifiers; i++) {
            String word = vocabulary.word(random);
            if (!previous.contains(word) && !head.contains(word)) {
                phrase.append(word).append(' ');
                previous = word;
            }
        }
        return phrase.append(head).toString();
    }

    private String count() {
        return switch (random.nextInt(3)) {
            case 0 -> (1 + random.nextInt(500)) + "K";
            case 1 -> String.format(Locale.ROOT, "%.1fM", 0.1 + 9.9 * random.nextDouble());
            default -> Integer.toString(12 + random.nextInt(300));
        };
    }

    /** English plural of a phrase's last word, or the third person of a verb: the same rules. */
    static String plural(String phrase) {
        int last = phrase.length() - 1;
        char end = phrase.charAt(last);
        if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
            return phrase + "es";
        }
        if (end == 'y' && last > 0 && "aeiou".indexOf(phrase.charAt(last - 1)) < 0) {
            return phrase.substring(0, last) + "ies";
        }
        return phrase + "s";
    }

    /** Title case as paper titles use it: "Vision-Language Models for Text-to-Image Generation". */
    static String titleCase(String phrase) {
        String[] words = phrase.split(" ");
        StringBuilder title = new StringBuilder(phrase.length());
        for (int i = 0; i < words.length; i++) {
            String[] parts = words[i].split("-", -1);
            for (int j = 0; j < parts.length; j++) {
                boolean small = (i > 0 || j > 0) && SMALL_WORDS.contains(parts[j]);
                title.append(j > 0 ? "-" : i > 0 ? " " : "").append(small ? parts[j] : capitalize(parts[j]));
            }
        }
        return title.toString();
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
