package io.github.paperdigest.fetch;

import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.json;
import static io.github.paperdigest.testing.StubDailyPapersApi.Answer.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.Generator;
import io.github.paperdigest.ValidationResult;
import io.github.paperdigest.fetch.DayReport.Outcome;
import io.github.paperdigest.testing.StubDailyPapersApi;
import io.github.paperdigest.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written day file: the same entries give the same bytes, an unchanged day is not touched, and it builds. */
class FetchOutputTest {

    @TempDir
    Path directory;

    private StubDailyPapersApi api;
    private Fetching fetching;

    @BeforeEach
    void startApi() {
        api = StubDailyPapersApi.start();
        fetching = new Fetching(directory.resolve("content"), api);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void theFileIsWrittenWithSortedKeysTwoSpacesAndTextAsItIs() throws Exception {
        api.day("2026-02-03", json("""
                [{"title": "Zéro \\"quoted\\"", "paper": {"upvotes": 3, "id": "2602.00002", "authors": ["Ada"],
                  "ai_keywords": ["a", "b"], "organization": {}, "score": 1.50, "big": 12345678901234567890}},
                 {"paper": {"id": "2602.00001", "title": "日本語\\u00e9\\n", "authors": []}, "numComments": null},
                 {"paper": {"authors": ["Alan"], "id": "2602.00001"}}]"""));

        fetching.fetch("2026-02-03");

        assertThat(Files.readString(fetching.dayFile("2026-02-03"), StandardCharsets.UTF_8)).isEqualTo("""
                [
                  {
                    "numComments": null,
                    "paper": {
                      "authors": [
                        "Alan"
                      ],
                      "id": "2602.00001",
                      "title": "日本語é\\n"
                    }
                  },
                  {
                    "paper": {
                      "ai_keywords": [
                        "a",
                        "b"
                      ],
                      "authors": [
                        "Ada"
                      ],
                      "big": 12345678901234567890,
                      "id": "2602.00002",
                      "organization": {},
                      "score": 1.50,
                      "upvotes": 3
                    },
                    "title": "Zéro \\"quoted\\""
                  }
                ]
                """);
    }

    @Test
    void fetchingTheSameAnswerAgainLeavesTheFileUntouched() throws Exception {
        api.day("2026-02-03", recorded("2026-02-03.json"));
        fetching.fetch("2026-02-03");
        Path file = fetching.dayFile("2026-02-03");
        byte[] first = Files.readAllBytes(file);
        Files.setLastModifiedTime(file, Fetching.LONG_AGO);

        DayReport again = fetching.fetch("2026-02-03").days().get(0);

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.line()).isEqualTo("2026-02-03: 44 from the API; 0 new, 0 updated, 44 unchanged; "
                + "papers/2026-02-03.json unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(Fetching.LONG_AGO);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("]\n")
                .contains("\"name\": \"Kimi Team\"");
    }

    @Test
    void theSameEntriesInAnotherOrderGiveTheSameBytes() throws Exception {
        JsonMapper mapper = new JsonMapper();
        String recorded = Files.readString(TestData.hfDaily().resolve("2026-02-04.json"));
        JsonNode entries = mapper.readTree(recorded);
        // Entries reversed, and each object's keys too: what an API could send on another day.
        StringBuilder shuffled = new StringBuilder("[");
        for (int i = entries.size() - 1; i >= 0; i--) {
            shuffled.append(i == entries.size() - 1 ? "" : ",").append(reversedKeys(mapper, entries.get(i)));
        }
        api.day("2026-02-04", json(recorded));
        fetching.fetch("2026-02-04");
        StubDailyPapersApi other = StubDailyPapersApi.start();
        try (other) {
            other.day("2026-02-04", json(shuffled.append("]").toString()));
            Fetching elsewhere = new Fetching(directory.resolve("other"), other);
            elsewhere.fetch("2026-02-04");

            assertThat(Files.readAllBytes(elsewhere.dayFile("2026-02-04")))
                    .isEqualTo(Files.readAllBytes(fetching.dayFile("2026-02-04")));
        }
    }

    @Test
    void aDayWithoutPapersWritesNoFile() throws Exception {
        DayReport report = fetching.fetch("2026-02-07").days().get(0);

        assertThat(report.outcome()).isEqualTo(Outcome.NO_PAPERS);
        assertThat(report.line()).isEqualTo("2026-02-07: 0 from the API; no file written");
        assertThat(fetching.content.resolve("papers")).doesNotExist();
    }

    @Test
    void fetchedDaysPassTheGeneratorsChecksAndRenderEveryPage() throws Exception {
        for (String day : new String[] {"2024-05-28", "2026-02-02", "2026-02-03", "2026-02-04"}) {
            api.day(day, recorded(day + ".json"));
        }
        // A committed day the API now answers in part: the union must build too.
        fetching.commit("2026-02-03", Files.readString(TestData.hfDaily().resolve("2026-02-03.json")));
        api.day("2026-02-03", json(new JsonMapper().readTree(TestData.hfDaily().resolve("2026-02-03.json").toFile())
                .get(0).toString().transform(entry -> "[" + entry + "]")));

        assertThat(fetching.fetch("2024-05-28").failed()).isFalse();
        assertThat(fetching.fetch("2026-02-02..2026-02-04").failed()).isFalse();

        ValidationResult validation = Generator.builder().contentDirectory(fetching.content).build().validate();

        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.papers()).isEqualTo(distinctIds("2024-05-28", "2026-02-02", "2026-02-03", "2026-02-04"));
    }

    /** The papers of some recorded days, read without the fetcher or the generator. */
    private static long distinctIds(String... days) throws Exception {
        Set<String> ids = new HashSet<>();
        for (String day : days) {
            new JsonMapper().readTree(TestData.hfDaily().resolve(day + ".json").toFile())
                    .forEach(entry -> ids.add(entry.get("paper").get("id").asText()));
        }
        return ids.size();
    }

    private static String reversedKeys(JsonMapper mapper, JsonNode node) throws Exception {
        if (node.isObject()) {
            StringBuilder text = new StringBuilder("{");
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            for (String name : names) {
                text.append(text.length() > 1 ? "," : "").append(mapper.writeValueAsString(name)).append(':')
                        .append(reversedKeys(mapper, node.get(name)));
            }
            return text.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder("[");
            for (JsonNode element : node) {
                text.append(text.length() > 1 ? "," : "").append(reversedKeys(mapper, element));
            }
            return text.append(']').toString();
        }
        return mapper.writeValueAsString(node);
    }
}
