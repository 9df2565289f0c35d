package io.github.paperdigest.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of one build command on one corpus, reported by their medians.
 *
 * @param times GNU time's measures of each run
 * @param lines what each run said of itself; empty for Hugo, which says nothing with {@code --quiet}
 * @param output the walk of the last run's output
 */
record BuildSeries(List<ProcessTimes> times, List<BuildLines> lines, Folders.Size output) {

    BuildSeries {
        times = List.copyOf(times);
        lines = List.copyOf(lines);
    }

    double wallSeconds() {
        return Medians.of(times.stream().map(ProcessTimes::wallSeconds).toList());
    }

    double cpuSeconds() {
        return Medians.of(times.stream().map(ProcessTimes::cpuSeconds).toList());
    }

    double maxRssMiB() {
        return Medians.of(times.stream().map(ProcessTimes::maxRssMiB).toList());
    }

    /** The pages the build says it rendered; else the HTML pages of its output. */
    long pages() {
        return lines.isEmpty() ? output.pages() : lines.get(lines.size() - 1).pages();
    }

    /** The build's own wall time, from its "Built" line, without the JVM's start and end; NaN without lines. */
    double ownSeconds() {
        return Medians.of(lines.stream().map(BuildLines::seconds).toList());
    }

    /** Each stage's median wall time, in the order the builds give them. */
    Map<String, Double> stages() {
        Map<String, List<Double>> runs = new LinkedHashMap<>();
        for (BuildLines line : lines) {
            line.stages().forEach((stage, seconds) -> runs.computeIfAbsent(stage, s -> new ArrayList<>()).add(seconds));
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        runs.forEach((stage, seconds) -> medians.put(stage, Medians.of(seconds)));
        return medians;
    }
}
