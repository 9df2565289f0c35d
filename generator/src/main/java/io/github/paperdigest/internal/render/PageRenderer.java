package io.github.paperdigest.internal.render;

import io.github.paperdigest.Problem;
import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.page.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Renders every page, on every core, into an output; a page the last build made from an equal model
 * is kept rather than rendered again. Template failures become problems, one per place in a template
 * however many pages fail there, naming the first such page.
 */
public final class PageRenderer {

    private final TemplateEngine templates;
    private final Problems problems;

    public PageRenderer(TemplateEngine templates, Problems problems) {
        this.templates = templates;
        this.problems = problems;
    }

    public void renderAll(List<Page> pages, SiteWriter files) throws IOException {
        Map<Problem, Queue<String>> failures = new ConcurrentHashMap<>();
        try {
            pages.parallelStream().forEach(page -> render(page, files, failures));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        failures.forEach((problem, paths) -> problems.add(withPages(problem, paths)));
    }

    private static Problem withPages(Problem problem, Queue<String> paths) {
        String first = paths.stream().sorted().findFirst().orElseThrow();
        int others = paths.size() - 1;
        String where = " (rendering /" + first
                + (others == 0 ? "" : " and " + others + " other page" + (others == 1 ? "" : "s")) + ")";
        return new Problem(problem.severity(), problem.file(), problem.line(), problem.column(),
                problem.message() + where);
    }

    private void render(Page page, SiteWriter files, Map<Problem, Queue<String>> failures) {
        try {
            String path = UrlScheme.file(page.path());
            String digest = files.digest(page);
            if (!files.keep(path, digest)) {
                files.write(path, digest, templates.render(page));
            }
        } catch (TemplateEngine.TemplateFailure e) {
            failures.computeIfAbsent(e.problem(), problem -> new ConcurrentLinkedQueue<>())
                    .add(page.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
