package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.fetch.DayReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's entries after a fetch: the union of the committed file and the API's answer, so that a
 * partial answer never shrinks a day. Papers are keyed by their normalized arXiv id; entries of the
 * file without one are kept as they are, after the others, in the file's order.
 *
 * @param entries sorted by arXiv id, then the entries without one
 * @param counts how the answer compared with the file
 * @param leftOut the API's entries the loader would reject, each with its id and why: a new one is
 *     left out, a committed one keeps its committed entry
 */
record MergedDay(List<JsonNode> entries, DayReport.Counts counts, List<String> leftOut) {

    static MergedDay merge(List<JsonNode> committed, List<JsonNode> fetched, EntryCheck check) {
        List<JsonNode> withoutId = new ArrayList<>();
        // Two entries of one paper in the file become one, the later one's values winning, as in a fetch.
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (JsonNode entry : committed) {
            String id = EntryIds.idOf(entry);
            if (id == null) {
                withoutId.add(entry);
            } else {
                before.merge(id, entry, DeepMerge::merge);
            }
        }
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        int skipped = 0;
        for (JsonNode entry : fetched) {
            String id = EntryIds.idOf(entry);
            if (id == null) {
                skipped++;
            } else {
                listed.merge(id, entry, DeepMerge::merge);
            }
        }
        Map<String, JsonNode> after = new LinkedHashMap<>(before);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : listed.entrySet()) {
            JsonNode old = before.get(entry.getKey());
            JsonNode merged = DeepMerge.merge(old, entry.getValue());
            String problem = check.problem(merged);
            if (problem != null) {
                leftOut.add(entry.getKey() + (old == null ? " left out: " : " kept as committed: ") + problem);
                continue;
            }
            if (old == null) {
                added++;
            } else if (merged.equals(old)) {
                unchanged++;
            } else {
                updated++;
            }
            after.put(entry.getKey(), merged);
        }
        int notListed = (int) before.keySet().stream().filter(id -> !listed.containsKey(id)).count();
        List<JsonNode> entries = new ArrayList<>();
        after.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> entries.add(entry.getValue()));
        entries.addAll(withoutId);
        return new MergedDay(List.copyOf(entries), new DayReport.Counts(listed.size(), added, updated, unchanged,
                notListed, withoutId.size(), skipped), List.copyOf(leftOut));
    }
}
