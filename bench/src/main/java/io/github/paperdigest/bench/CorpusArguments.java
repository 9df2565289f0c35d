package io.github.paperdigest.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The command line of {@link SyntheticCorpus#main}: {@code --papers N --out DIR} and optional parameters. */
record CorpusArguments(CorpusParameters parameters, Path out) {

    static final String USAGE = """
            Usage: mvn -pl bench exec:java -Dexec.args="--papers N --out DIR [options]"
            Writes a synthetic digest (site.yaml, papers/<day>.json, notes/*.md) into DIR, which must not exist
            or be empty. The same options give the same bytes.
              --seed S                          every random choice derives from it (1)
              --papers-per-day P                mean papers per weekday; days hold 60% to 140% of it (25)
              --authors-per-paper A             mean authors a paper names (3)
              --distinct-authors-per-paper D    distinct author names per paper in the corpus (1.5)
              --topics T                        distinct topics, ai_keywords (500)
              --topics-per-paper K              mean ai_keywords a paper has (5)
              --note-share F                    share of papers with an editor's note (0.1)
              --zipf-exponent S                 exponent of the Zipf law of authors and topics (0.6)
              --last-day YYYY-MM-DD             the newest day, a weekday; days go back from it (2025-12-31)
            Real Hugging Face proportions, for 10,000 papers for instance:
              --authors-per-paper 8 --distinct-authors-per-paper 6 --topics 50000 --topics-per-paper 9
            """;

    /** @throws IllegalArgumentException with a message for the user when the arguments are wrong */
    static CorpusArguments parse(String... args) {
        Integer papers = null;
        Path out = null;
        CorpusParameters p = CorpusParameters.defaults(1);
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[i + 1];
            try {
                switch (option) {
                    case "--papers" -> papers = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    case "--seed" -> p = p.withSeed(Long.parseLong(value));
                    case "--papers-per-day" -> p = p.withPapersPerDay(Integer.parseInt(value));
                    case "--authors-per-paper" ->
                            p = p.withAuthors(Integer.parseInt(value), p.distinctAuthorsPerPaper());
                    case "--distinct-authors-per-paper" ->
                            p = p.withAuthors(p.authorsPerPaper(), Double.parseDouble(value));
                    case "--topics" -> p = p.withTopics(Integer.parseInt(value), p.topicsPerPaper());
                    case "--topics-per-paper" -> p = p.withTopics(p.topics(), Integer.parseInt(value));
                    case "--note-share" -> p = p.withNoteShare(Double.parseDouble(value));
                    case "--zipf-exponent" -> p = p.withZipfExponent(Double.parseDouble(value));
                    case "--last-day" -> p = p.withLastDay(LocalDate.parse(value));
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(option + " " + value + " is not a valid value", e);
            }
        }
        if (papers == null || out == null) {
            throw new IllegalArgumentException("--papers and --out are required");
        }
        return new CorpusArguments(p.withPapers(papers), out);
    }
}
