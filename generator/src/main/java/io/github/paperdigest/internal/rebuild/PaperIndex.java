package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.RecordComponents;
import io.github.paperdigest.model.Paper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which models hold each paper, by their positions in a list of models: a preview's rebuild after a note
 * changed looks at those alone rather than through every page. Positions stay good for as long as the
 * list keeps its order, as it does through such rebuilds.
 */
final class PaperIndex {

    private final Map<String, int[]> positions;

    private PaperIndex(Map<String, int[]> positions) {
        this.positions = positions;
    }

    /** Looks through every model, on every core. */
    static PaperIndex of(List<?> models) {
        List<Set<String>> held = models.parallelStream().map(PaperIndex::papersIn).toList();
        Map<String, List<Integer>> byPaper = new HashMap<>();
        for (int position = 0; position < held.size(); position++) {
            for (String id : held.get(position)) {
                byPaper.computeIfAbsent(id, key -> new ArrayList<>()).add(position);
            }
        }
        Map<String, int[]> positions = new HashMap<>();
        byPaper.forEach((id, list) -> positions.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
        return new PaperIndex(positions);
    }

    /** The positions of the models that hold the paper of this id, in order. */
    int[] holding(String paperId) {
        return positions.getOrDefault(paperId, new int[0]);
    }

    private static Set<String> papersIn(Object model) {
        Set<String> ids = new LinkedHashSet<>();
        collect(model, ids);
        return ids;
    }

    private static void collect(Object model, Set<String> ids) {
        if (model instanceof Paper paper) {
            ids.add(paper.id());
        } else if (model instanceof List<?> list) {
            list.forEach(element -> collect(element, ids));
        } else if (model instanceof Record record && !ModelWriter.isShared(record)) {
            for (Function<Object, Object> component : RecordComponents.of(record.getClass())) {
                collect(component.apply(record), ids);
            }
        }
    }
}
