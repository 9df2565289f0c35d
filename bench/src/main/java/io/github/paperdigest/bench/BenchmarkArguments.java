package io.github.paperdigest.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link BuildBenchmark#main}.
 *
 * @param papers the corpus sizes, each measured in turn
 * @param runs full builds of each kind per corpus; the report gives their median
 * @param edits edits of the note in {@code serve} and {@code hugo --watch}; the report gives their median
 * @param work where corpora, Hugo projects, outputs and logs go; tmpfs, so that the disk does not set the pace
 * @param generatorJar the command line's jar, absolute
 * @param jvmOptions what {@code java} gets before {@code -jar} for {@code build}, and Maven's JVM
 * @param serveJvmOptions what {@code java} gets before {@code -jar} for {@code serve}, which rebuilds in one
 *     long-running JVM; none by default, so that it runs with the JVM's own defaults, as an editor's would
 * @param realProportions the corpus shape of real Hugging Face data rather than issue 8's
 * @param papersPerDay the corpora's mean papers a day; more than the default 25 lets a million papers begin after
 *     April 2007, when arXiv's current identifiers begin
 * @param maven whether to time the Maven goal
 * @param hugo whether to build the same corpus with Hugo
 * @param rebuilds whether to time the rebuilds after a changed note
 */
record BenchmarkArguments(List<Integer> papers, int runs, int edits, Path work, Path generatorJar,
        List<String> jvmOptions, List<String> serveJvmOptions, boolean realProportions, int papersPerDay,
        boolean maven, boolean hugo, boolean rebuilds) {

    private static final Set<String> VALUED = Set.of("--papers", "--runs", "--edits", "--work", "--generator-jar",
            "--jvm-options", "--serve-jvm-options", "--papers-per-day");

    static final Path DEFAULT_WORK = Path.of("/dev/shm/paper-digest-bench");
    static final Path DEFAULT_JAR = Path.of("generator", "target", "paper-digest.jar");

    static final String USAGE = """
            Usage: mvn -pl bench compile exec:java@build-benchmark -Dexec.args="--papers N[,N...] [options]"
            Times the generator's command line, the Maven goal and, if hugo is on the PATH, Hugo, on synthetic
            corpora of N papers, each build a process of its own under GNU time, output on tmpfs. Prints a Markdown
            report and writes it to bench/target/benchmark-<date>.md.
              --papers N[,N...]         corpus sizes, such as 1000,10000,50000 (required)
              --runs R                  full builds of each kind per corpus; the median is reported (3)
              --edits E                 edits of one note in serve and hugo --watch; the median is reported (5)
              --work DIR                corpora, outputs and logs (/dev/shm/paper-digest-bench)
              --generator-jar JAR       the command line (generator/target/paper-digest.jar, from the repository)
              --jvm-options "OPTIONS"   java's options for build, and Maven's (%s)
              --serve-jvm-options "OPTIONS"
                                        java's options for serve (none: the JVM's defaults)
              --real-proportions        Hugging Face's shape: --authors-per-paper 8 --distinct-authors-per-paper 6
                                        --topics-per-paper 9 --topics 50000, or 5 per paper below 10,000
                                        papers (issue 8's shape: 3, 1.5, 5, 500)
              --papers-per-day P        mean papers a day of every corpus (25); 250 for a million papers
              --no-maven                skip the Maven goal
              --no-hugo                 skip Hugo
              --no-rebuilds             skip the rebuilds after a changed note
            """.formatted(BuildBenchmark.DEFAULT_JVM_OPTIONS);

    /**
     * @param repository where relative paths start: the repository's root
     * @throws IllegalArgumentException with a message for the user when the arguments are wrong
     */
    static BenchmarkArguments parse(Path repository, String... args) {
        List<Integer> papers = null;
        int runs = 3;
        int edits = 5;
        Path work = DEFAULT_WORK;
        Path jar = DEFAULT_JAR;
        List<String> jvmOptions = split(BuildBenchmark.DEFAULT_JVM_OPTIONS);
        List<String> serveJvmOptions = List.of();
        boolean real = false;
        int papersPerDay = CorpusParameters.defaults(1).papersPerDay();
        boolean maven = true;
        boolean hugo = true;
        boolean rebuilds = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--real-proportions" -> real = true;
                case "--no-maven" -> maven = false;
                case "--no-hugo" -> hugo = false;
                case "--no-rebuilds" -> rebuilds = false;
                default -> {
                    if (!VALUED.contains(option)) {
                        throw new IllegalArgumentException("unknown option " + option);
                    }
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args[++i];
                    try {
                        switch (option) {
                            case "--papers" -> papers = sizes(value);
                            case "--runs" -> runs = positive(option, Integer.parseInt(value));
                            case "--edits" -> edits = positive(option, Integer.parseInt(value));
                            case "--work" -> work = Path.of(value);
                            case "--generator-jar" -> jar = Path.of(value);
                            case "--jvm-options" -> jvmOptions = split(value);
                            case "--serve-jvm-options" -> serveJvmOptions = split(value);
                            case "--papers-per-day" -> papersPerDay = positive(option, Integer.parseInt(value));
                            default -> throw new IllegalArgumentException("unknown option " + option);
                        }
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(option + " " + value + " is not a valid value", e);
                    }
                }
            }
        }
        if (papers == null) {
            throw new IllegalArgumentException("--papers is required");
        }
        return new BenchmarkArguments(papers, runs, edits, repository.resolve(work).normalize(),
                repository.resolve(jar).normalize(), jvmOptions, serveJvmOptions, real, papersPerDay, maven, hugo,
                rebuilds);
    }

    /**
     * The corpus of {@code papers} papers, in the shape asked for. Real proportions are the README's for 10,000
     * papers: 8 authors a paper over 6 distinct per paper, 9 topics a paper over 50,000 topics. Below 10,000
     * papers the topics are 5 a paper, as in testdata/hf-daily (6,762 distinct keywords on 1,308 papers), so
     * that a 1,000-paper corpus does not get 50 topics a paper; above, they stay 50,000, as distinct keywords
     * grow slower than papers.
     */
    CorpusParameters parameters(int papers) {
        CorpusParameters defaults = CorpusParameters.defaults(papers).withPapersPerDay(papersPerDay);
        return realProportions ? defaults.withAuthors(8, 6).withTopics(realTopics(papers), 9) : defaults;
    }

    static int realTopics(int papers) {
        return (int) Math.min(50_000, 5L * papers);
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String size : value.split(",")) {
            sizes.add(positive("--papers", Integer.parseInt(size.strip().replace("_", ""))));
        }
        return List.copyOf(sizes);
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }

    private static List<String> split(String options) {
        return options.isBlank() ? List.of() : Arrays.asList(options.strip().split("\\s+"));
    }
}
