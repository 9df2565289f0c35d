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
 * Renders every page, on every core, into an output. Template failures become problems, one per
 * place in a template however many pages fail there, naming the first such page.
 */
public final class PageRenderer {

    private final TemplateEngine templates;
    private final Problems problems;
    private final OutputMemo memo;

    /** @param memo pages of the last build, reused where nothing they show has changed */
    public PageRenderer(TemplateEngine templates, Problems problems, OutputMemo memo) {
        this.templates = templates;
        this.problems = problems;
        this.memo = memo;
    }

    /** @return the bytes written */
    public long renderAll(List<Page> pages, SiteOutput output) throws IOException {
        Map<Problem, Queue<String>> failures = new ConcurrentHashMap<>();
        long bytes;
        try {
            bytes = pages.parallelStream().mapToLong(page -> render(page, output, failures)).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        failures.forEach((problem, paths) -> problems.add(withPages(problem, paths)));
        return bytes;
    }

    private static Problem withPages(Problem problem, Queue<String> paths) {
        String first = paths.stream().sorted().findFirst().orElseThrow();
        int others = paths.size() - 1;
        String where = " (rendering /" + first
                + (others == 0 ? "" : " and " + others + " other page" + (others == 1 ? "" : "s")) + ")";
        return new Problem(problem.severity(), problem.file(), problem.line(), problem.column(),
                problem.message() + where);
    }

    private long render(Page page, SiteOutput output, Map<Problem, Queue<String>> failures) {
        try {
            String path = UrlScheme.file(page.path());
            byte[] html = memo.reuse(path, page);
            if (html == null) {
                html = templates.render(page);
            }
            memo.keep(path, page, html);
            output.write(path, html);
            return html.length;
        } catch (TemplateEngine.TemplateFailure e) {
            failures.computeIfAbsent(e.problem(), problem -> new ConcurrentLinkedQueue<>())
                    .add(page.path());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
