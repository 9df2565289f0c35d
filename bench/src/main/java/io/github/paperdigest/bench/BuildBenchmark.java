package io.github.paperdigest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 8's build benchmark: on synthetic corpora of the sizes asked for, times the command line's full build,
 * the Maven goal, Hugo on the same papers, and the rebuilds after one changed note (cold, in {@code serve}, in
 * {@code hugo --watch}). Each build is a process of its own under GNU time, writing to tmpfs, its output deleted
 * before it and not timed; the report gives medians. Run it on a quiet machine: two cores leave no room for a
 * neighbour.
 *
 * <pre>{@code
 * mvn -pl bench compile exec:java@build-benchmark -Dexec.args="--papers 1000,10000,50000"
 * }</pre>
 */
public final class BuildBenchmark {

    /**
     * What {@code java} gets for {@code build} unless {@code --jvm-options} says otherwise, and
     * Maven's JVM through the corpus's {@code .mvn/jvm.config}: the README's choice for a build on two cores. The
     * serial collector keeps the heap near the live data (400 MB rather than 2 GB at 10,000 papers), and compiling
     * with C1 only spares the second core the C2 compiler's work, which a build of seconds never earns back.
     */
    public static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    static final String BASE_URL = "https://example.org/digest/";

    /** Marks a folder as the harness's work folder: only such a folder, or an empty one, is written to. */
    static final String WORK_MARKER = ".paper-digest-bench";

    private final BenchmarkArguments arguments;
    private final Path repository;
    private final List<String> java;
    private final List<String> serveJava;
    private final String mvn;
    private final Path site;
    private final boolean hugo;

    private BuildBenchmark(BenchmarkArguments arguments, Path repository, boolean hugo) {
        this.arguments = arguments;
        this.repository = repository;
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.java = new ArrayList<>(List.of(javaCommand));
        this.java.addAll(arguments.jvmOptions());
        this.serveJava = new ArrayList<>(List.of(javaCommand));
        this.serveJava.addAll(arguments.serveJvmOptions());
        this.mvn = mavenCommand();
        this.site = arguments.work().resolve("site");
        this.hugo = hugo;
    }

    public static void main(String[] args) {
        Path repository = Path.of(System.getProperty("paperdigest.repository", "")).toAbsolutePath().normalize();
        if (args.length == 0) {
            System.out.println(BenchmarkArguments.USAGE);
            System.exit(2);
            return;
        }
        BenchmarkArguments arguments;
        try {
            arguments = BenchmarkArguments.parse(repository, args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n\n" + BenchmarkArguments.USAGE);
            System.exit(2);
            return;
        }
        try {
            TimedCommand.requireGnuTime();
            if (!Files.isRegularFile(arguments.generatorJar())) {
                throw new IOException(arguments.generatorJar() + " does not exist: build it with "
                        + "mvn -q -o package -pl site-templates,generator -DskipTests");
            }
            boolean hugo = arguments.hugo() && !Machine.firstLines(1, "hugo", "version").startsWith("unknown");
            if (arguments.hugo() && !hugo) {
                System.out.println("hugo is not on the PATH: Hugo is left out (apt-get install hugo)");
            }
            new BuildBenchmark(arguments, repository, hugo).run();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException {
        prepareWork();
        ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC);
        String loadAtStart = Machine.loadAverage();
        List<CorpusResult> results = new ArrayList<>();
        for (int papers : arguments.papers()) {
            results.add(measure(arguments.parameters(papers)));
        }
        List<String> head = head(start, loadAtStart);
        String title = "Build benchmark, " + start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
                Locale.ROOT));
        String report = BenchmarkReport.markdown(title, head, results, commands());
        Path file = repository.resolve("bench").resolve("target")
                .resolve("benchmark-" + start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT))
                        + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + file);
    }

    private CorpusResult measure(CorpusParameters parameters) throws IOException {
        String name = CorpusFolder.name(parameters);
        Path logs = Files.createDirectories(arguments.work().resolve("logs").resolve(name));
        progress(name, "corpus ...");
        CorpusFolder.Prepared corpus = CorpusFolder.prepare(arguments.work(), parameters,
                arguments.jvmOptions());
        progress(name, corpus.reused() ? "corpus reused: " + corpus.content()
                : corpus.summary().line() + " into " + corpus.content());
        Path content = corpus.content();
        Path note = NoteEdit.firstNote(content);
        List<String> failures = new ArrayList<>();

        // Our full build is what everything else is compared with: its failure ends the benchmark.
        List<String> build = new ArrayList<>(java);
        build.addAll(List.of("-jar", arguments.generatorJar().toString(), "build", "--content", content.toString(),
                "--out", site.toString(), "--base-url", BASE_URL));
        BuildSeries cli = series(name, "cli", build, true, null, logs);
        BuildSeries cliRebuild = !arguments.rebuilds() ? null : attempt(name, "the command line again", failures,
                () -> {
                    try (NoteEdit edit = NoteEdit.of(note)) {
                        return series(name, "cli-again", build, true, edit, logs);
                    }
                });
        deleteOutput();

        BuildSeries maven = !arguments.maven() ? null : attempt(name, "the Maven goal", failures, () -> {
            List<String> goal = List.of(mvn, "-B", "-o", "-f", content.resolve("pom.xml").toString(),
                    "papers:generate", "-Dpapers.outputDirectory=" + site, "-Dpapers.baseUrl=" + BASE_URL);
            return series(name, "maven", goal, true, null, logs);
        });
        deleteOutput();

        WatchedRebuilds serve = !arguments.rebuilds() ? null : attempt(name, "serve", failures, () -> {
            progress(name, "serve, " + plural(arguments.edits(), "edit") + " ...");
            WatchedRebuilds rebuilds = ServeRebuilds.measure(serveJava, arguments.generatorJar(), content,
                    NoteEdit.of(note), arguments.edits(), logs.resolve("serve.log"));
            progress(name, "serve: " + rounded(rebuilds.seconds()) + " s to the reload event; rebuilds "
                    + rounded(rebuilds.ownSeconds()) + " s");
            return rebuilds;
        });

        HugoSite.Conversion project = null;
        BuildSeries hugoBuilds = null;
        BuildSeries hugoRebuild = null;
        WatchedRebuilds hugoWatch = null;
        if (hugo) {
            project = HugoSite.write(content, arguments.work().resolve("hugo-" + name));
            progress(name, String.format(Locale.ROOT, "Hugo project of %d papers written in %.2f s",
                    project.papers(), project.elapsed().toMillis() / 1e3));
            Path source = project.project();
            List<String> hugoBuild = List.of("hugo", "--quiet", "--source", source.toString(), "--destination",
                    site.toString());
            hugoBuilds = attempt(name, "Hugo", failures, () -> series(name, "hugo", hugoBuild, false, null, logs));
            Path paperFile = HugoSite.contentFile(source, CorpusReader.note(Files.readString(note)).paper());
            if (arguments.rebuilds() && hugoBuilds != null) {
                hugoRebuild = attempt(name, "Hugo again", failures, () -> {
                    try (NoteEdit edit = NoteEdit.of(paperFile)) {
                        return series(name, "hugo-again", hugoBuild, false, edit, logs);
                    }
                });
                deleteOutput();
                hugoWatch = attempt(name, "hugo --watch", failures, () -> {
                    progress(name, "hugo --watch, " + plural(arguments.edits(), "edit") + " ...");
                    WatchedRebuilds rebuilds = HugoWatchRebuilds.measure(source, site, NoteEdit.of(paperFile),
                            arguments.edits(), logs.resolve("hugo-watch.log"));
                    progress(name, "hugo --watch: " + rounded(rebuilds.seconds()) + " s to \"Total in\"");
                    return rebuilds;
                });
            }
            deleteOutput();
        }
        return new CorpusResult(parameters, corpus, cli, cliRebuild, maven, serve, project, hugoBuilds, hugoRebuild,
                hugoWatch, failures);
    }

    /** A measure that may fail, as serve may run out of memory on a large corpus, without losing the others. */
    private interface Measure<T> {
        T run() throws IOException;
    }

    /** Runs a measure; when it fails, says so, notes it for the report and gives null. */
    private static <T> T attempt(String name, String what, List<String> failures, Measure<T> measure) {
        try {
            return measure.run();
        } catch (IOException | RuntimeException e) {
            String failure = what + " failed: " + e.getMessage();
            progress(name, failure);
            failures.add(failure);
            return null;
        }
    }

    /**
     * Runs a build {@code runs} times. Without an edit, the output is deleted before each run; with one, each run
     * follows the next edit of the note, over the output of the run before.
     */
    private BuildSeries series(String name, String what, List<String> command, boolean parse, NoteEdit edit,
            Path logs) throws IOException {
        List<ProcessTimes> times = new ArrayList<>();
        List<BuildLines> lines = new ArrayList<>();
        for (int run = 1; run <= arguments.runs(); run++) {
            if (edit == null) {
                deleteOutput();
            } else {
                edit.write(run);
            }
            TimedCommand.Run result = TimedCommand.run(command, Map.of(), logs.resolve(what + "-" + run));
            times.add(result.times());
            String built = "";
            if (parse) {
                BuildLines line = BuildLines.parse(result.stdout());
                lines.add(line);
                built = String.format(Locale.ROOT, ", %d pages, build %.2f s", line.pages(), line.seconds());
            }
            progress(name, String.format(Locale.ROOT, "%s %d/%d: wall %.2f s, CPU %.2f s, peak RSS %.0f MiB%s",
                    what, run, arguments.runs(), result.times().wallSeconds(), result.times().cpuSeconds(),
                    result.times().maxRssMiB(), built));
        }
        return new BuildSeries(times, lines, Folders.size(site));
    }

    /** The output and what a build of ours leaves beside it: its note index, and what a killed one left. */
    private void deleteOutput() throws IOException {
        Folders.delete(site);
        Folders.delete(site.resolveSibling(".site.staging"));
        Folders.delete(site.resolveSibling(".site.previous"));
        Files.deleteIfExists(site.resolveSibling(".site.notes"));
        Files.deleteIfExists(site.resolveSibling(".site.notes.partial"));
    }

    /** Refuses a folder that holds something else: the harness deletes what it finds in its work folder. */
    private void prepareWork() throws IOException {
        Path work = arguments.work();
        if (Files.isDirectory(work) && !Files.exists(work.resolve(WORK_MARKER))) {
            try (Stream<Path> entries = Files.list(work)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(work + " is not empty and is not a work folder of the benchmark (it has no "
                            + WORK_MARKER + "): give --work a new or empty folder");
                }
            }
        }
        Files.createDirectories(work);
        Files.writeString(work.resolve(WORK_MARKER), "The build benchmark's work folder: corpora, sites, logs.\n");
    }

    private List<String> head(ZonedDateTime start, String loadAtStart) {
        List<String> head = new ArrayList<>();
        head.add(String.format(Locale.ROOT, "Machine: %d cores (%s), %s of memory; load average %s at the start, "
                + "%s at the end", Machine.cores(), Machine.cpuModel(), Machine.memory(), loadAtStart,
                Machine.loadAverage()));
        head.add("Java: " + Machine.firstLines(2, java.get(0), "-version") + "; options for build: `"
                + String.join(" ", arguments.jvmOptions()) + "`; for serve: " + (arguments.serveJvmOptions().isEmpty()
                        ? "none (the JVM's defaults)" : "`" + String.join(" ", arguments.serveJvmOptions()) + "`"));
        if (arguments.maven()) {
            String mavenOpts = System.getenv("MAVEN_OPTS");
            head.add("Maven: " + Machine.firstLines(1, mvn, "-v") + ", with the plugin " + CorpusFolder.pluginVersion()
                    + " and its generator as installed in the local repository (~/.m2); MAVEN_OPTS: "
                    + (mavenOpts == null || mavenOpts.isBlank() ? "none" : "`" + mavenOpts + "`"));
        }
        head.add("Hugo: " + (hugo ? Machine.firstLines(1, "hugo", "version") : "left out"));
        head.add("Corpus: SyntheticCorpus, " + (arguments.realProportions()
                ? "real Hugging Face proportions (8 authors a paper, 6 distinct per paper, 9 topics a paper, "
                        + "50,000 topics or 5 per paper below 10,000 papers)"
                : "issue 8's shape (3 authors a paper, 1.5 distinct per paper, 500 topics, 5 a paper)")
                + ", " + arguments.papersPerDay() + " papers a day, seed 1");
        head.add("Runs: " + plural(arguments.runs(), "full build") + " of each kind, "
                + plural(arguments.rebuilds() ? arguments.runs() : 0, "cold rebuild") + ", "
                + plural(arguments.rebuilds() ? arguments.edits() : 0, "edit") + " in serve and hugo --watch; medians");
        head.add("Output: " + site + ", deleted before each full build (not timed); started at " + start.format(
                DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return head;
    }

    private List<String> commands() {
        List<String> commands = new ArrayList<>();
        commands.add("# C: the corpus; O: the output; S: the Hugo project; P: a free port");
        commands.add(String.join(" ", java) + " -jar " + arguments.generatorJar() + " build --content C --out O "
                + "--base-url " + BASE_URL);
        if (arguments.maven()) {
            commands.add(mvn + " -B -o -f C/pom.xml papers:generate -Dpapers.outputDirectory=O -Dpapers.baseUrl="
                    + BASE_URL);
        }
        if (arguments.rebuilds()) {
            commands.add(String.join(" ", serveJava) + " -jar " + arguments.generatorJar()
                    + " serve --content C --port P");
        }
        if (hugo) {
            commands.add("hugo --quiet --source S --destination O");
            if (arguments.rebuilds()) {
                commands.add("hugo --watch --source S --destination O");
            }
        }
        commands.add("# each build under: " + TimedCommand.GNU_TIME + " -f \"" + ProcessTimes.FORMAT + "\"");
        return commands;
    }

    /** The Maven that runs the harness, when it runs in Maven; else the one on the PATH. */
    private static String mavenCommand() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String rounded(List<Double> seconds) {
        return String.join(", ", seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    }

    private static void progress(String corpus, String message) {
        System.out.println("[" + corpus + "] " + message);
        System.out.flush();
    }
}
