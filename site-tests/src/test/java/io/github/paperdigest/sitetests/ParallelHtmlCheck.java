package io.github.paperdigest.sitetests;

import io.github.paperdigest.sitetests.NuHtmlChecker.Message;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the Nu HTML Checker over many files on a few threads, each thread with its own checker (vnu's
 * parsers and validators keep per-document state), taking the next file from a shared counter.
 */
final class ParallelHtmlCheck {

    /** Every message of every file, by severity, each placed as {@code path:line:column}. */
    record Result(int files, GroupedReport errors, GroupedReport warnings, GroupedReport infos, Duration elapsed) {
    }

    private ParallelHtmlCheck() {
    }

    /**
     * @param files HTML files under {@code root}; their paths in the report are relative to it
     * @param baseUri the URL {@code root} is served at, which vnu sees as each page's address
     */
    static Result run(Path root, URI baseUri, List<Path> files, int threads) throws InterruptedException {
        long start = System.nanoTime();
        GroupedReport errors = new GroupedReport(40, 5);
        GroupedReport warnings = new GroupedReport(20, 3);
        GroupedReport infos = new GroupedReport(20, 3);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    checkFiles(root, baseUri, files, next, errors, warnings, infos);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a checker thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(files.size(), errors, warnings, infos, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The path a file is served at: a folder's {@code index.html} at the folder, as the site links it. */
    private static String servedPath(String file) {
        return file.equals("index.html") || file.endsWith("/index.html")
                ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    private static void checkFiles(Path root, URI baseUri, List<Path> files, AtomicInteger next,
            GroupedReport errors, GroupedReport warnings, GroupedReport infos) throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        for (int index = next.getAndIncrement(); index < files.size(); index = next.getAndIncrement()) {
            Path file = files.get(index);
            String name = root.relativize(file).toString().replace('\\', '/');
            try {
                for (Message message : checker.check(file, baseUri.resolve(servedPath(name)))) {
                    String place = name + ":" + message.line() + ":" + message.column();
                    GroupedReport report = switch (message.severity()) {
                        case ERROR -> errors;
                        case WARNING -> warnings;
                        case INFO -> infos;
                    };
                    report.add(message.text(), place);
                }
            } catch (Exception e) {
                // The checker's own failure is the page's failure too, and the checker is not to be trusted after it.
                errors.add("vnu could not check the file: " + e, name);
                checker = new NuHtmlChecker();
            }
            if (checker.isBroken()) {
                checker = new NuHtmlChecker();
            }
        }
    }
}
