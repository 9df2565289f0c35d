package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad record is reported at its file and line, and the build writes nothing. */
class BadRecordsTest {

    @TempDir
    Path directory;

    private List<String> problems(String json) {
        return TestSite.in(directory).file("papers/2026-02-03.json", json).buildExpectingErrors().problems().stream()
                .map(Problem::toString)
                .toList();
    }

    @Test
    void truncatedJson() {
        assertThat(problems("[{\"paper\": {\"id\": \"2602.00001\", \"title\": \"T\"")).singleElement()
                .asString().startsWith("papers/2026-02-03.json:1:").contains("end-of-input");
    }

    @Test
    void entriesThatAreStringsAreReportedEachAtItsLine() {
        assertThat(problems("[\n\"{'paper': {'id': '2412.01234', 'hidden': False}}\",\n42\n]")).containsExactly(
                "papers/2026-02-03.json:2:1: entry 0 is a string (expected an object with the paper's fields)",
                "papers/2026-02-03.json:3:1: entry 1 is a number (expected an object with the paper's fields)");
    }

    @Test
    void missingFieldsAreEachReported() {
        assertThat(problems("""
                [
                  {"paper": {"title": "No id", "authors": [{"name": "A B"}]}},
                  {"paper": {"id": "2602.00002", "authors": [{"name": "A B"}]}},
                  {"paper": {"id": "2602.00003", "title": "No authors", "authors": []}}
                ]
                """)).containsExactly(
                "papers/2026-02-03.json:2: the record has no `id` (expected an arXiv id such as 2602.02493)",
                "papers/2026-02-03.json:3: the record has no `title`",
                "papers/2026-02-03.json:4: `authors` is empty");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAndTheNextEntriesStillRead() {
        assertThat(problems("""
                [
                  {"paper": {"id": "2602.00001", "title": "T", "authors": [{"name": "A B"}], "upvotes": "many"}},
                  {"paper": {"id": "bad", "title": "T", "authors": [{"name": "A B"}]}}
                ]
                """)).satisfiesExactly(
                first -> assertThat(first).startsWith("papers/2026-02-03.json:2:").contains("`paper.upvotes`"),
                second -> assertThat(second).isEqualTo("papers/2026-02-03.json:3: `id` \"bad\" is not an arXiv id "
                        + "(expected YYMM.NNNNN, such as 2602.02493)"));
    }

    @Test
    void anEmptyFile() {
        assertThat(problems("")).containsExactly(
                "papers/2026-02-03.json:1:1: the file is empty (expected a JSON array of paper records)");
    }
}
