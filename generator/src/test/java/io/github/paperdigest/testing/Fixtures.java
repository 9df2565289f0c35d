package io.github.paperdigest.testing;

import java.util.List;
import java.util.stream.Collectors;

/** Small, hand-made paper records in the Hugging Face daily_papers format, for inline fixtures. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * One daily_papers entry of the 2026 schema, published on arXiv on 2026-01-30, on the topic "Test Topic".
     *
     * @param submittedOn the day it was submitted to the daily list, as {@code 2026-02-03}
     */
    public static String entry(String id, String title, int upvotes, String submittedOn, String... authors) {
        return entry(id, title, upvotes, submittedOn, "2026-01-30", List.of("Test Topic"), authors);
    }

    /** One daily_papers entry of the 2026 schema, with its arXiv date and its topics (Hugging Face's keywords). */
    public static String entry(String id, String title, int upvotes, String submittedOn, String publishedOn,
            List<String> topics, String... authors) {
        return """
                {"paper": {"id": "%s", "title": %s, "summary": "An abstract of %s.",
                  "authors": [%s],
                  "publishedAt": "%sT10:00:00.000Z", "submittedOnDailyAt": "%sT08:00:00.000Z",
                  "upvotes": %d, "ai_keywords": [%s]},
                 "title": %s, "numComments": 0}""".formatted(id, quote(title), id, authorObjects(authors),
                publishedOn, submittedOn, upvotes,
                topics.stream().map(Fixtures::quote).collect(Collectors.joining(", ")), quote(title));
    }

    /** A JSON array of entries, as a daily file holds them. */
    public static String day(String... entries) {
        return "[\n" + String.join(",\n", entries) + "\n]";
    }

    public static String authorObjects(String... names) {
        return List.of(names).stream()
                .map(name -> "{\"_id\": \"x\", \"name\": " + quote(name) + ", \"hidden\": false}")
                .collect(Collectors.joining(", "));
    }

    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
