package io.github.paperdigest.bench;

import io.github.paperdigest.bench.SyntheticPaper.Note;
import io.github.paperdigest.bench.SyntheticPaper.Organization;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes the corpus's papers one by one, oldest first. A paper's choices come from its own random stream
 * (see {@link Seeds}); only its arXiv id depends on the papers before it, which must not share it.
 */
final class PaperFactory {

    /** Real abstracts rarely hold math (under 1%); more of them here, so that math is exercised. */
    private static final double MATH_SHARE = 0.05;

    private final CorpusParameters parameters;
    private final Vocabulary vocabulary = new Vocabulary();
    private final AuthorNames authorNames = new AuthorNames();
    private final List<String> topicNames;
    private final RankedPool authors;
    private final RankedPool topics;
    private final Organizations organizations = new Organizations(vocabulary);
    private final ArxivIds ids;

    PaperFactory(CorpusParameters parameters) {
        this.parameters = parameters;
        this.topicNames = TopicNames.first(parameters.topics(), vocabulary.words());
        this.authors = new RankedPool(parameters.distinctAuthors(), parameters.papers(), parameters.zipfExponent());
        this.topics = new RankedPool(parameters.topics(), parameters.papers(), parameters.zipfExponent());
        this.ids = new ArxivIds(parameters.papersPerDay());
    }

    SyntheticPaper make(int index, LocalDate day) {
        SplittableRandom random = new SplittableRandom(Seeds.stream(parameters.seed(), index));
        LocalDate published = DayPlan.previousWeekday(day);
        for (int back = random.nextInt(3); back > 0; back--) {
            published = DayPlan.previousWeekday(published);
        }
        String id = ids.next(published, random);
        List<String> names = new ArrayList<>();
        for (int author : authors.pick(index, around(parameters.authorsPerPaper(), random), random)) {
            names.add(authorNames.name(author));
        }
        List<String> keywords = new ArrayList<>();
        for (int topic : topics.pick(index, around(parameters.topicsPerPaper(), random), random)) {
            keywords.add(topicNames.get(topic));
        }
        String model = modelName(random);
        PaperProse prose = new PaperProse(new PhraseFiller(vocabulary, random, model, keywords), random);
        int upvotes = (int) Math.min(2000, logNormal(random, 1.6, 1.3));
        Organization organization = random.nextDouble() < 0.58 ? organizations.pick(random) : null;
        String repo = random.nextDouble() < 0.5 ? "https://github.com/"
                + (organization != null ? organization.handle() : Handles.of(names.get(0))) + "/" + slug(model, false)
                : null;
        String page = random.nextDouble() < 0.4 ? "https://" + slug(model, true) + ".github.io" : null;
        return new SyntheticPaper(index, id, time(published, random), time(day, random), prose.title(),
                prose.abstractText(random.nextDouble() < MATH_SHARE), prose.aiSummary(), names, keywords, upvotes,
                (int) (StrictMath.log1p(upvotes) * random.nextDouble()), organization, repo,
                repo == null ? 0 : (int) logNormal(random, 3, 1.8), page, note(prose, model, random));
    }

    private Note note(PaperProse prose, String model, SplittableRandom random) {
        if (random.nextDouble() >= parameters.noteShare()) {
            return null;
        }
        List<String> added = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            // As editors write them; the generator folds case, so these join the records' own topics.
            added.add(PhraseFiller.capitalize(topicNames.get(topics.draw(random))));
        }
        String title = random.nextInt(3) == 0 ? prose.noteTitle() : null;
        return new Note(vocabulary.any("editor", random), title, List.copyOf(added),
                prose.noteBody(model, random.nextInt(10) == 0));
    }

    /** A whole number with mean {@code mean}, uniform from about half of it to about one and a half. */
    private static int around(int mean, SplittableRandom random) {
        int low = Math.max(1, (mean + 1) / 2);
        return low + random.nextInt(2 * mean - 2 * low + 1);
    }

    private String modelName(SplittableRandom random) {
        String name = vocabulary.any("name-start", random) + vocabulary.any("name-end", random);
        return random.nextInt(10) < 3 ? name + vocabulary.any("name-version", random) : name;
    }

    /** A time on {@code day}, between 03:00 and 20:00 UTC, with milliseconds as the API writes them. */
    private static Instant time(LocalDate day, SplittableRandom random) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis(3 * 3_600_000L + random.nextInt(17 * 3_600_000));
    }

    /** Heavy-tailed counts: median e^mu, as upvotes and stars are (median 5, 1% above 100 for upvotes). */
    private static double logNormal(SplittableRandom random, double mu, double sigma) {
        double u = 1 - random.nextDouble(); // in (0, 1], so the logarithm is finite
        double angle = 2 * StrictMath.PI * random.nextDouble();
        double gaussian = StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(angle); // Box-Muller
        return StrictMath.exp(mu + sigma * gaussian);
    }

    private static String slug(String name, boolean lowercase) {
        String kept = name.replaceAll("[^A-Za-z0-9.-]", "");
        return lowercase ? kept.toLowerCase(Locale.ROOT).replace('.', '-') : kept;
    }
}
