package io.github.paperdigest.internal.load;

import io.github.paperdigest.model.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything read from a content directory, in a stable order (by file, then position).
 *
 * @param rejectedPaperIds ids of records left out for their errors, so that a note about one of
 *     them is not reported a second time as a note about an unknown paper
 * @param drafts records marked {@code "draft": true}, left out of the site
 * @param templates the folder of template overrides, or null when the content has none
 */
public record LoadedContent(Site site, List<PaperRecord> papers, Set<String> rejectedPaperIds,
        List<DraftRecord> drafts, List<NoteRecord> notes, List<PageRecord> pages, List<StaticFile> staticFiles,
        Path templates) {

    public LoadedContent {
        rejectedPaperIds = Set.copyOf(rejectedPaperIds);
        drafts = List.copyOf(drafts);
    }
}
