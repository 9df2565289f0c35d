package io.github.paperdigest.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The shape of a synthetic corpus. {@link #defaults(int)} gives issue 8's benchmark shape: 25 papers a
 * weekday, 3 authors a paper over 1.5 distinct authors per paper, 500 topics, a note on 10% of papers.
 * Real Hugging Face data has about 6 distinct authors per paper and tens of thousands of keywords; raise
 * {@code distinctAuthorsPerPaper}, {@code authorsPerPaper} and {@code topics} for that shape.
 *
 * @param papers papers in the corpus
 * @param papersPerDay the mean number of papers a day; days hold 60% to 140% of it
 * @param authorsPerPaper the mean number of authors a paper names
 * @param distinctAuthorsPerPaper distinct author names in the corpus, per paper
 * @param topics distinct topics (ai_keywords) in the corpus
 * @param topicsPerPaper the mean number of ai_keywords a paper has
 * @param noteShare the share of papers with an editor's note
 * @param zipfExponent the exponent s of the Zipf law (weight 1/rank^s) that authors and topics follow;
 *     0.6 makes the most prolific author write about 1% of the papers, as in real data
 * @param seed the seed every random choice derives from
 * @param lastDay the corpus's last day: days go back from it, weekdays only, so no day lies in the future
 */
public record CorpusParameters(int papers, int papersPerDay, int authorsPerPaper, double distinctAuthorsPerPaper,
        int topics, int topicsPerPaper, double noteShare, double zipfExponent, long seed, LocalDate lastDay) {

    /** arXiv's identifiers of the current form, YYMM.NNNNN, begin in April 2007. */
    static final LocalDate FIRST_POSSIBLE_DAY = LocalDate.of(2007, 4, 2);

    public CorpusParameters {
        require(papers >= 1, "papers must be at least 1");
        require(papersPerDay >= 1 && papersPerDay <= 2000, "papersPerDay must be from 1 to 2000");
        require(authorsPerPaper >= 1, "authorsPerPaper must be at least 1");
        require(distinctAuthorsPerPaper > 0, "distinctAuthorsPerPaper must be positive");
        require((long) papers * distinctAuthorsPerPaper <= Integer.MAX_VALUE, "too many distinct authors");
        require(topics >= 1 && topicsPerPaper >= 1, "topics and topicsPerPaper must be at least 1");
        require(noteShare >= 0 && noteShare <= 1, "noteShare must be from 0 to 1");
        require(zipfExponent > 0, "zipfExponent must be positive");
        require(lastDay != null && lastDay.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(),
                "lastDay must be a weekday");
    }

    /** Issue 8's benchmark shape for {@code papers} papers, seed 1, ending on Wednesday 2025-12-31. */
    public static CorpusParameters defaults(int papers) {
        return new CorpusParameters(papers, 25, 3, 1.5, 500, 5, 0.10, 0.6, 1, LocalDate.of(2025, 12, 31));
    }

    /** Distinct authors in the corpus: {@code papers * distinctAuthorsPerPaper}, rounded. */
    public int distinctAuthors() {
        return Math.max(1, (int) Math.round(papers * distinctAuthorsPerPaper));
    }

    public CorpusParameters withPapers(int value) {
        return new CorpusParameters(value, papersPerDay, authorsPerPaper, distinctAuthorsPerPaper, topics,
                topicsPerPaper, noteShare, zipfExponent, seed, lastDay);
    }

    public CorpusParameters withPapersPerDay(int value) {
        return new CorpusParameters(papers, value, authorsPerPaper, distinctAuthorsPerPaper, topics,
                topicsPerPaper, noteShare, zipfExponent, seed, lastDay);
    }

    public CorpusParameters withAuthors(int perPaper, double distinctPerPaper) {
        return new CorpusParameters(papers, papersPerDay, perPaper, distinctPerPaper, topics,
                topicsPerPaper, noteShare, zipfExponent, seed, lastDay);
    }

    public CorpusParameters withTopics(int count, int perPaper) {
        return new CorpusParameters(papers, papersPerDay, authorsPerPaper, distinctAuthorsPerPaper, count,
                perPaper, noteShare, zipfExponent, seed, lastDay);
    }

    public CorpusParameters withNoteShare(double value) {
        return new CorpusParameters(papers, papersPerDay, authorsPerPaper, distinctAuthorsPerPaper, topics,
                topicsPerPaper, value, zipfExponent, seed, lastDay);
    }

    public CorpusParameters withZipfExponent(double value) {
        return new CorpusParameters(papers, papersPerDay, authorsPerPaper, distinctAuthorsPerPaper, topics,
                topicsPerPaper, noteShare, value, seed, lastDay);
    }

    public CorpusParameters withSeed(long value) {
        return new CorpusParameters(papers, papersPerDay, authorsPerPaper, distinctAuthorsPerPaper, topics,
                topicsPerPaper, noteShare, zipfExponent, value, lastDay);
    }

    public CorpusParameters withLastDay(LocalDate value) {
        return new CorpusParameters(papers, papersPerDay, authorsPerPaper, distinctAuthorsPerPaper, topics,
                topicsPerPaper, noteShare, zipfExponent, seed, value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
