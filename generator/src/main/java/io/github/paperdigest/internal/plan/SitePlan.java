package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.load.StaticFile;
import io.github.paperdigest.page.Page;
import java.util.List;

/**
 * Everything the site will hold, decided before anything is rendered.
 *
 * @param pages rendered by templates
 * @param navigation the main menu every page shows
 * @param staticFiles the content's {@code static/} files, copied as they are
 */
public record SitePlan(List<Page> pages, List<NavLink> navigation, List<StaticFile> staticFiles) {

    public SitePlan {
        pages = List.copyOf(pages);
        navigation = List.copyOf(navigation);
        staticFiles = List.copyOf(staticFiles);
    }
}
