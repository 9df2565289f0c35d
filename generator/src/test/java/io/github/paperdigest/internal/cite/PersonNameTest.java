package io.github.paperdigest.internal.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as Hugging Face's records write them (most from testdata/hf-daily), split for citations. */
class PersonNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // as written                  | "Last, First" for Google Scholar  | in a BibTeX author field
        "Ada Lovelace                  | Lovelace, Ada                     | Lovelace, Ada",
        "Cees G. M. Snoek              | Snoek, Cees G. M.                 | Snoek, Cees G. M.",
        "Hinrich Schütze               | Schütze, Hinrich                  | Schütze, Hinrich",
        "Mihaela van der Schaar        | van der Schaar, Mihaela           | van der Schaar, Mihaela",
        "Patrick von Platen            | von Platen, Patrick               | von Platen, Patrick",
        "Arie van Deursen              | van Deursen, Arie                 | van Deursen, Arie",
        "Harm de Vries                 | de Vries, Harm                    | de Vries, Harm",
        "Diego de las Casas            | de las Casas, Diego               | de las Casas, Diego",
        "Fernando De la Torre          | De la Torre, Fernando             | De la Torre, Fernando",
        "Blaise Agüera y Arcas         | Agüera y Arcas, Blaise            | Agüera y Arcas, Blaise",
        "Abdullah bin Ahmad            | bin Ahmad, Abdullah               | bin Ahmad, Abdullah",
        "Hasan Abed Al Kader Hammoud   | Hammoud, Hasan Abed Al Kader      | Hammoud, Hasan Abed Al Kader",
        "Sri Siddarth Chakaravarthy P  | P, Sri Siddarth Chakaravarthy     | P, Sri Siddarth Chakaravarthy",
        "Martin Luther King Jr.        | King, Martin Luther, Jr.          | King, Jr., Martin Luther",
        "John Smith III                | Smith, John, III                  | Smith, III, John",
        "Sammy Davis, Jr.              | Davis, Sammy, Jr.                 | Davis, Jr., Sammy",
        "Lovelace, Ada                 | Lovelace, Ada                     | Lovelace, Ada",
        "King, Jr., Martin Luther      | King, Martin Luther, Jr.          | King, Jr., Martin Luther",
        "Fern                          | Fern                              | Fern",
        "DeepSeek-AI                   | DeepSeek-AI                       | DeepSeek-AI",
        "Kimi Team                     | Kimi Team                         | {Kimi Team}",
        "Team GLM                      | Team GLM                          | {Team GLM}",
        "Arcee AI Team                 | Arcee AI Team                     | {Arcee AI Team}",
        "  Ming-Hsuan   Yang           | Yang, Ming-Hsuan                  | Yang, Ming-Hsuan",
        "Anderson Band and Sons        | Sons, Anderson Band and           | Sons, {Anderson Band and}",
        "Ana O'Neil_%                  | O'Neil_%, Ana                     | O'Neil\\_\\%, Ana",
        "A, B, C, D                    | A, B, C, D                        | {A, B, C, D}",
    })
    void splitsNamesAsCitationsWantThem(String written, String lastFirst, String bibtex) {
        PersonName name = PersonName.parse(written);

        assertThat(name.lastFirst()).isEqualTo(lastFirst);
        assertThat(name.bibtex()).isEqualTo(bibtex);
    }
}
