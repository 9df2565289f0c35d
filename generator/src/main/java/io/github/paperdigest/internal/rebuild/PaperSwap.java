package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.RecordComponents;
import io.github.paperdigest.model.Paper;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Models made again with some papers in place of others, found by identity: a record or list that holds
 * none of them is returned as it is, so that a caller tells a changed model by {@code !=}. Authors, topics
 * and organisations hold no papers and are not looked into.
 */
final class PaperSwap {

    private final Map<Paper, Paper> papers = new IdentityHashMap<>();

    /** @param papers the new paper for each old one */
    PaperSwap(Map<Paper, Paper> papers) {
        this.papers.putAll(papers);
    }

    Object apply(Object model) {
        if (papers.isEmpty()) {
            return model;
        } else if (model instanceof Paper paper) {
            return papers.getOrDefault(paper, paper);
        } else if (model instanceof List<?> list) {
            return list(list);
        } else if (model instanceof Record record && !ModelWriter.isShared(record)) {
            return record(record);
        }
        return model;
    }

    private Object list(List<?> list) {
        Object[] elements = null;
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            Object swapped = apply(element);
            if (swapped != element && elements == null) {
                elements = list.toArray();
            }
            if (elements != null) {
                elements[i] = swapped;
            }
        }
        return elements == null ? list : Collections.unmodifiableList(Arrays.asList(elements));
    }

    private Object record(Record record) {
        List<Function<Object, Object>> components = RecordComponents.of(record.getClass());
        Object[] values = null;
        for (int i = 0; i < components.size(); i++) {
            Object value = components.get(i).apply(record);
            Object swapped = apply(value);
            if (swapped != value && values == null) {
                values = new Object[components.size()];
                for (int j = 0; j < i; j++) {
                    values[j] = components.get(j).apply(record);
                }
            }
            if (values != null) {
                values[i] = swapped;
            }
        }
        return values == null ? record : RecordComponents.make(record.getClass(), values);
    }
}
