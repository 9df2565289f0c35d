package io.github.paperdigest.internal.catalog;

import io.github.paperdigest.internal.load.PageRecord;
import io.github.paperdigest.internal.load.StaticFile;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Organization;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.model.Topic;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole digest in memory, immutable: one paper per arXiv id, and the indexes over them.
 *
 * @param papers by id
 * @param days oldest first; a day's papers by upvotes, most first
 * @param authors by slug; an author's papers newest first
 * @param topics by slug; newest first
 * @param organizations by slug; newest first
 * @param templates the content's template overrides, or null
 */
public record Catalog(
        Site site,
        List<Paper> papers,
        Index<Day> days,
        Index<Author> authors,
        Index<Topic> topics,
        Index<Organization> organizations,
        List<PageRecord> pages,
        List<StaticFile> staticFiles,
        Path templates) {

    public Catalog {
        papers = List.copyOf(papers);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }
}
