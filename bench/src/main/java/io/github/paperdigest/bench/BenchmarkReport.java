package io.github.paperdigest.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The benchmark's results as Markdown: a head naming the machine and the tools, then three tables. */
final class BenchmarkReport {

    private static final String NONE = "–";

    private BenchmarkReport() {
    }

    /**
     * @param head lines about the machine, the tools and the options, each a list item
     * @param commands the commands measured, for the reader to run again
     */
    static String markdown(String title, List<String> head, List<CorpusResult> results, List<String> commands) {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        head.forEach(line -> text.append("- ").append(line).append('\n'));
        text.append("\n## Corpora\n\n");
        for (CorpusResult result : results) {
            text.append("- ").append(corpus(result)).append('\n');
            // The first line: the rest, such as the end of a log, was printed as it failed.
            result.failures().forEach(failure -> text.append("  - ").append(failure.lines().findFirst().orElse(""))
                    .append('\n'));
        }
        text.append("\n## Full build\n\n");
        text.append("Medians of the runs. Pages: ours as the build counts them, Hugo's its HTML files but the "
                + "`page/1/` redirects. Files and MB (10^6 bytes): a walk of the output. CPU: user + system. "
                + "RSS: the process's peak.\n\n");
        table(text, List.of("papers", "pages", "files", "MB", "wall", "CPU", "peak RSS", "Maven goal: wall",
                "Maven: peak RSS", "Hugo: pages", "Hugo: files", "Hugo: MB", "Hugo: wall", "Hugo: CPU",
                "Hugo: peak RSS", "Hugo wall / ours"), fullBuilds(results));
        text.append("\n## Our build's stages\n\n");
        text.append("Medians of the command line's runs, as its second line gives them; \"JVM and the rest\" is "
                + "the wall time less the build's own.\n\n");
        Set<String> stages = new LinkedHashSet<>();
        results.forEach(result -> stages.addAll(result.cli().stages().keySet()));
        List<String> stageHeader = new ArrayList<>(List.of("papers"));
        stageHeader.addAll(stages);
        stageHeader.addAll(List.of("the build", "JVM and the rest"));
        table(text, stageHeader, stageRows(results, stages));
        text.append("\n## Rebuild after one note changed\n\n");
        text.append("A sentence appended to the first note (for Hugo, to its paper's file). Cold: the same "
                + "command again over the previous output, median of the runs. Running: from the write to our "
                + "preview's reload event or to hugo --watch's \"Total in\" line, median of the edits, with the tool's "
                + "own figure for its rebuild in brackets.\n\n");
        table(text, List.of("papers", "ours, cold (files written)", "ours, in serve", "serve: peak RSS", "Hugo again",
                "hugo --watch"), rebuildRows(results));
        text.append("\n## Commands\n\n```sh\n");
        commands.forEach(command -> text.append(command).append('\n'));
        text.append("```\n");
        return text.toString();
    }

    private static String corpus(CorpusResult result) {
        CorpusParameters parameters = result.parameters();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s papers, %s distinct authors, %s topics",
                count(parameters.papers()), count(parameters.distinctAuthors()), count(parameters.topics())));
        if (result.corpus() != null) {
            line.append(": `").append(result.corpus().content()).append('`');
            SyntheticCorpus.Summary summary = result.corpus().summary();
            line.append(summary == null ? ", made by an earlier run" : String.format(Locale.ROOT,
                    ", %d days, %d notes, %.1f MB, written in %.2f s", summary.days(), summary.notes(),
                    summary.bytes() / 1e6, summary.elapsed().toMillis() / 1e3));
        }
        if (result.hugoProject() != null) {
            line.append(String.format(Locale.ROOT, "; its Hugo project written in %.2f s (not part of Hugo's build)",
                    result.hugoProject().elapsed().toMillis() / 1e3));
        }
        return line.toString();
    }

    private static List<List<String>> fullBuilds(List<CorpusResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (CorpusResult result : results) {
            BuildSeries ours = result.cli();
            BuildSeries maven = result.maven();
            BuildSeries hugo = result.hugo();
            rows.add(List.of(count(result.parameters().papers()), count(ours.pages()), count(ours.output().files()),
                    megabytes(ours.output().megabytes()), seconds(ours.wallSeconds()), seconds(ours.cpuSeconds()),
                    mebibytes(ours.maxRssMiB()),
                    maven == null ? NONE : seconds(maven.wallSeconds()),
                    maven == null ? NONE : mebibytes(maven.maxRssMiB()),
                    hugo == null ? NONE : count(hugo.pages()),
                    hugo == null ? NONE : count(hugo.output().files()),
                    hugo == null ? NONE : megabytes(hugo.output().megabytes()),
                    hugo == null ? NONE : seconds(hugo.wallSeconds()),
                    hugo == null ? NONE : seconds(hugo.cpuSeconds()),
                    hugo == null ? NONE : mebibytes(hugo.maxRssMiB()),
                    hugo == null ? NONE : String.format(Locale.ROOT, "%.2f", hugo.wallSeconds() / ours.wallSeconds())));
        }
        return rows;
    }

    private static List<List<String>> stageRows(List<CorpusResult> results, Set<String> stages) {
        List<List<String>> rows = new ArrayList<>();
        for (CorpusResult result : results) {
            List<String> row = new ArrayList<>(List.of(count(result.parameters().papers())));
            for (String stage : stages) {
                Double seconds = result.cli().stages().get(stage);
                row.add(seconds == null ? NONE : seconds(seconds));
            }
            row.add(seconds(result.cli().ownSeconds()));
            row.add(seconds(result.cli().wallSeconds() - result.cli().ownSeconds()));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> rebuildRows(List<CorpusResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (CorpusResult result : results) {
            rows.add(List.of(count(result.parameters().papers()),
                    result.cliRebuild() == null ? NONE : seconds(result.cliRebuild().wallSeconds()) + " ("
                            + count(result.cliRebuild().lines().get(result.cliRebuild().lines().size() - 1).written())
                            + ")",
                    watched(result.serve()),
                    result.serve() == null || result.serve().peakRssKiB() == 0 ? NONE
                            : mebibytes(result.serve().peakRssKiB() / 1024.0),
                    result.hugoRebuild() == null ? NONE : seconds(result.hugoRebuild().wallSeconds()),
                    watched(result.hugoWatch())));
        }
        return rows;
    }

    private static String watched(WatchedRebuilds rebuilds) {
        if (rebuilds == null) {
            return NONE;
        }
        return seconds(Medians.of(rebuilds.seconds())) + " (" + seconds(Medians.of(rebuilds.ownSeconds())) + ")";
    }

    private static void table(StringBuilder text, List<String> header, List<List<String>> rows) {
        text.append("| ").append(String.join(" | ", header)).append(" |\n");
        text.append("|").append(" ---: |".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
    }

    static String seconds(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.2f s", value);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String megabytes(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    static String mebibytes(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%,.0f MiB", value);
    }
}
