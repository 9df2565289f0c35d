package io.github.paperdigest.internal.serve;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a digest's inputs, {@code site.yaml} and the folders {@code papers}, {@code notes},
 * {@code pages}, {@code static} and {@code templates}, and reports each burst of changes once it has
 * been quiet for a moment: an editor's save, or a checkout, is several events. Folders created later
 * are watched too. Everything else in the content folder ({@code target/}, {@code .git/}) is ignored,
 * as are editors' hidden and backup files.
 */
public final class ContentWatcher implements AutoCloseable {

    private static final Set<String> INPUT_FOLDERS = Set.of("papers", "notes", "pages", "static", "templates");
    private static final String SETTINGS = "site.yaml";

    private final Path root;
    private final WatchService service;
    private final Duration quiet;
    private final Consumer<List<String>> onChange;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    private ContentWatcher(Path root, Duration quiet, Consumer<List<String>> onChange) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        this.quiet = quiet;
        this.onChange = onChange;
    }

    /**
     * Starts watching on a thread of its own, which also runs {@code onChange}, so that one call ends
     * before the next begins.
     *
     * @param onChange receives the changed paths, relative to {@code root}, sorted
     */
    public static ContentWatcher start(Path root, Duration quiet, Consumer<List<String>> onChange)
            throws IOException {
        ContentWatcher watcher = new ContentWatcher(root, quiet, onChange);
        watcher.register(root);
        for (String folder : INPUT_FOLDERS) {
            watcher.registerTree(root.resolve(folder));
        }
        Thread thread = new Thread(watcher::run, "paper-digest-watcher");
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void run() {
        try {
            while (true) {
                Set<String> changed = new TreeSet<>();
                collect(service.take(), changed);
                for (WatchKey key = poll(); key != null; key = poll()) {
                    collect(key, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(List.copyOf(changed));
                }
            }
        } catch (ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WatchKey poll() throws InterruptedException {
        return service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                // Events were lost: whatever changed, a build reads everything again.
                changed.add(".");
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String relative = root.relativize(path).toString().replace('\\', '/');
            if (isInput(relative)) {
                changed.add(relative);
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, NOFOLLOW_LINKS)) {
                    registerTree(path);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Whether a path, relative to the content folder, is one a build reads. */
    static boolean isInput(String relative) {
        int slash = relative.indexOf('/');
        String top = slash < 0 ? relative : relative.substring(0, slash);
        if (slash < 0 && top.equals(SETTINGS)) {
            return true;
        }
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        // Hidden files elsewhere are editors' temporary files; static/ publishes them (.well-known).
        boolean editorsFile = (name.startsWith(".") && !top.equals("static")) || name.endsWith("~")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.equals("4913");
        return INPUT_FOLDERS.contains(top) && !editorsFile;
    }

    private void registerTree(Path folder) {
        if (!Files.isDirectory(folder, NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.filter(p -> Files.isDirectory(p, NOFOLLOW_LINKS))::iterator) {
                register(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // Gone again before it could be watched: its deletion is an event of its own.
        }
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
        } catch (IOException e) {
            // Deleted meanwhile; the build that follows reads what is there.
        }
    }
}
