package io.github.paperdigest.testing;

import java.util.List;
import java.util.stream.Collectors;

/** Small, hand-made paper records in the Hugging Face daily_papers format, for inline fixtures. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * One daily_papers entry of the 2026 schema.
     *
     * @param submittedOn the day it was submitted to the daily list, as {@code 2026-02-03}
     */
    public static String entry(String id, String title, int upvotes, String submittedOn, String... authors) {
        return """
                {"paper": {"id": "%s", "title": %s, "summary": "An abstract of %s.",
                  "authors": [%s],
                  "publishedAt": "2026-01-30T10:00:00.000Z", "submittedOnDailyAt": "%sT08:00:00.000Z",
                  "upvotes": %d, "ai_keywords": ["Test Topic"]},
                 "title": %s, "numComments": 0}""".formatted(id, quote(title), id, authorObjects(authors),
                submittedOn, upvotes, quote(title));
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
