package io.github.paperdigest.internal.load;

import io.github.paperdigest.model.Site;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from a content directory, in a stable order (by file, then position).
 *
 * @param templates the folder of template overrides, or null when the content has none
 */
public record LoadedContent(Site site, List<PaperRecord> papers, List<NoteRecord> notes, List<PageRecord> pages,
        List<StaticFile> staticFiles, Path templates) {
}
