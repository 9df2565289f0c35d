package io.github.paperdigest.internal.cite;

import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Paper;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paper's BibTeX entry, as arXiv and Google Scholar write one for a preprint: {@code @misc} with
 * {@code eprint} and {@code archivePrefix}, which biblatex and natbib styles print as "arXiv:id".
 * The title is wrapped in a second pair of braces: titles here are full of acronyms and model
 * names (LLM, GPT-4o, DeepSeek) that styles which lowercase titles would otherwise mangle, and a
 * reference manager imports the braced title as the title.
 */
public final class BibtexEntry {

    /** BibTeX's month macros, defined by every style. */
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private BibtexEntry() {
    }

    /**
     * @param maxAuthors how many authors to name before "and others", which styles print as "et al."
     * @return the entry, ending with a line break
     */
    public static String of(Paper paper, String key, int maxAuthors) {
        List<Author> authors = paper.authors();
        String names = authors.stream().limit(maxAuthors).map(author -> PersonName.parse(author.name()).bibtex())
                .collect(Collectors.joining(" and "));
        if (authors.size() > maxAuthors) {
            names += " and others";
        }
        StringBuilder entry = new StringBuilder(256 + names.length());
        entry.append("@misc{").append(key).append(",\n");
        field(entry, "title", "{" + BibtexText.escapeKeepingMath(paper.title()) + "}");
        if (!names.isEmpty()) {
            field(entry, "author", names);
        }
        field(entry, "year", String.valueOf(Citations.year(paper)));
        // A month macro (jan, feb, ...) lets each style spell the month in its own language.
        entry.append("  month = ").append(MONTHS.get(Citations.date(paper).getMonthValue() - 1)).append(",\n");
        field(entry, "eprint", paper.id());
        field(entry, "archivePrefix", "arXiv");
        field(entry, "url", Citations.abstractUrl(paper));
        entry.append("  doi = {").append(Citations.doi(paper)).append("}\n}\n");
        return entry.toString();
    }

    private static void field(StringBuilder entry, String name, String value) {
        entry.append("  ").append(name).append(" = {").append(value).append("},\n");
    }
}
