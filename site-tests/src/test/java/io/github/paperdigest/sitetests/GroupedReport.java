package io.github.paperdigest.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings grouped by what is wrong, each with the places it was found, so that one mistake in a template,
 * repeated on thousands of pages, reads as one line with a few examples rather than as thousands of lines.
 * Groups come most frequent first; each shows its first places in sorted order.
 */
final class GroupedReport {

    private final Map<String, Set<String>> placesByProblem = new TreeMap<>();
    private final int maxGroups;
    private final int maxPlacesPerGroup;

    GroupedReport(int maxGroups, int maxPlacesPerGroup) {
        this.maxGroups = maxGroups;
        this.maxPlacesPerGroup = maxPlacesPerGroup;
    }

    synchronized void add(String problem, String place) {
        placesByProblem.computeIfAbsent(problem, p -> new LinkedHashSet<>()).add(place);
    }

    synchronized boolean isEmpty() {
        return placesByProblem.isEmpty();
    }

    /** How many places in all, every group counted. */
    synchronized int size() {
        return placesByProblem.values().stream().mapToInt(Set::size).sum();
    }

    /** What is wrong, one entry per group. */
    synchronized Set<String> problems() {
        return Set.copyOf(placesByProblem.keySet());
    }

    /** The places of one group; empty when there is no such group. */
    synchronized Set<String> places(String problem) {
        return Set.copyOf(placesByProblem.getOrDefault(problem, Set.of()));
    }

    synchronized int groups() {
        return placesByProblem.size();
    }

    /** The report, shortened to the most frequent groups and a few places each, under a headline. */
    synchronized String format(String headline) {
        return format(headline, maxGroups, maxPlacesPerGroup);
    }

    /**
     * Writes the whole report, every group and every place, to a file (its folder is made), for when the
     * shortened one is not enough.
     *
     * @return the file
     */
    synchronized Path writeAll(Path file, String headline) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, format(headline, Integer.MAX_VALUE, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String format(String headline, int maxGroups, int maxPlacesPerGroup) {
        List<Map.Entry<String, Set<String>>> groups = new ArrayList<>(placesByProblem.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<String, Set<String>> group) -> -group.getValue().size())
                .thenComparing(Map.Entry::getKey));
        StringBuilder out = new StringBuilder(headline).append('\n');
        for (Map.Entry<String, Set<String>> group : groups.subList(0, Math.min(maxGroups, groups.size()))) {
            Set<String> places = group.getValue();
            out.append("\n").append(places.size()).append(" × ").append(group.getKey()).append('\n');
            places.stream().sorted().limit(maxPlacesPerGroup)
                    .forEach(place -> out.append("    ").append(place).append('\n'));
            if (places.size() > maxPlacesPerGroup) {
                out.append("    … and ").append(places.size() - maxPlacesPerGroup).append(" more\n");
            }
        }
        if (groups.size() > maxGroups) {
            out.append("\n… and ").append(groups.size() - maxGroups).append(" more groups\n");
        }
        return out.toString();
    }
}
