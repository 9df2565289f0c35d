package io.github.paperdigest.internal.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Paper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys such as {@code schaar2026agent}, one per paper across the site. */
class CitationKeysTest {

    @Test
    void aKeyIsTheFirstAuthorsLastNameTheYearAndTheFirstSignificantTitleWord() {
        Map<String, String> keys = CitationKeys.assign(List.of(
                paper("2602.00001", "The Agents of Change", LocalDate.of(2026, 1, 30), "Mihaela van der Schaar"),
                paper("2602.00002", "On Scaling", null, "Hinrich Schütze", "Ada Lovelace"),
                paper("2602.00003", "東京 benchmark", null, "東京"),
                paper("2602.00004", "A Survey", null, "Kimi Team"),
                paper("2412.00005", "Łódź løss", LocalDate.of(2024, 12, 31), "Ørsted, Łukasz")));

        assertThat(keys).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2602.00001", "vanderschaar2026agents",
                "2602.00002", "schutze2026scaling",
                "2602.00003", "anon2026benchmark",
                "2602.00004", "kimi2026survey",
                "2412.00005", "orsted2024lodz"));
    }

    @Test
    void sharedKeysAreToldApartInArxivIdOrderAndNeverTakeAnotherPapersKey() {
        Map<String, String> keys = CitationKeys.assign(List.of(
                paper("2602.00003", "Agents", null, "Ada Lovelace"),
                paper("2602.00001", "Agents", null, "Ada Lovelace"),
                paper("2602.00009", "Agentsb", null, "Ada Lovelace"),
                paper("2602.00002", "Agents!", null, "A. Lovelace")));

        assertThat(keys).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2602.00001", "lovelace2026agents",
                "2602.00002", "lovelace2026agentsc",
                "2602.00003", "lovelace2026agentsd",
                "2602.00009", "lovelace2026agentsb"));
    }

    private static Paper paper(String id, String title, LocalDate publishedOn, String... authors) {
        return new Paper(id, "papers/" + id + "/", title, null, new Day(LocalDate.of(2026, 2, 3), "days/2026-02-03/"),
                publishedOn, List.of(authors).stream().map(name -> new Author(name, "s", "p")).toList(), null,
                List.of(), 0, 0, null, null, null, null, null);
    }
}
