package io.github.paperdigest.internal.load;

import java.util.List;
import java.util.Set;

/**
 * One {@code papers/} file's records.
 *
 * @param rejectedIds ids of records left out for their errors
 * @param drafts records marked {@code "draft": true}, in the file's order
 */
record PaperFile(List<PaperRecord> records, Set<String> rejectedIds, List<DraftRecord> drafts) {

    PaperFile {
        records = List.copyOf(records);
        rejectedIds = Set.copyOf(rejectedIds);
        drafts = List.copyOf(drafts);
    }
}
