package io.github.paperdigest;

import com.sun.net.httpserver.HttpServer;
import io.github.paperdigest.internal.BuildMemory;
import io.github.paperdigest.internal.SiteBuild;
import io.github.paperdigest.internal.manifest.Manifest;
import io.github.paperdigest.internal.rebuild.KeptBuild;
import io.github.paperdigest.internal.serve.ContentWatcher;
import io.github.paperdigest.internal.serve.LivePage;
import io.github.paperdigest.internal.serve.LiveReload;
import io.github.paperdigest.internal.serve.MemorySite;
import io.github.paperdigest.internal.serve.PreviewFiles;
import io.github.paperdigest.internal.serve.PreviewState;
import io.github.paperdigest.internal.serve.SiteHandler;
import io.github.paperdigest.internal.serve.SiteSnapshot;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local preview of a digest for its editors: builds the site into memory, serves it on
 * {@code 127.0.0.1} under its base path, and rebuilds it whenever an input changes, reloading the open
 * pages. A build that fails leaves the last good site served, with its problems shown over the pages
 * and given to the {@link Listener}. Absolute links (feeds, canonical links) point at the preview.
 *
 * <pre>{@code
 * try (PreviewServer preview = PreviewServer.builder(generator).port(8080).listener(listener).build()) {
 *     preview.start();
 *     preview.awaitStop();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    /** How long the inputs must stay unchanged before a rebuild: one save is often several events. */
    private static final Duration QUIET = Duration.ofMillis(50);

    /** Hears how each build went, for a terminal or a log. */
    public interface Listener {

        /** @param changes the paths that changed, relative to the content folder; empty for the first build */
        void built(BuildResult result, List<String> changes);

        void failed(List<Problem> problems, List<String> changes);

        /** The changes in a few words, such as {@code notes/a.md and 2 other files changed}. */
        static String describe(List<String> changes) {
            if (changes.isEmpty()) {
                return "First build";
            }
            String first = changes.get(0).equals(".") ? "the content" : changes.get(0);
            int others = changes.size() - 1;
            return first + (others == 0 ? "" : " and " + others + " other file" + (others == 1 ? "" : "s"))
                    + " changed";
        }
    }

    private final Generator generator;
    private final int port;
    private final Listener listener;
    private final AtomicReference<PreviewState> state = new AtomicReference<>(new PreviewState(null, List.of()));
    private final CountDownLatch stopped = new CountDownLatch(1);
    // Tells this run's builds from those of an earlier run, whose pages may still be open.
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    // What the last successful build made, so that a rebuild makes again only what changed.
    private Manifest manifest;
    // The work of the last build, whether it succeeded or not, so that a rebuild redoes only what changed.
    private final BuildMemory memory = BuildMemory.acrossBuilds();
    // The last build's plan, from which a rebuild after notes' bodies changed makes only the pages that show them.
    private KeptBuild kept;
    private int builds;
    private HttpServer server;
    private ExecutorService requests;
    private LiveReload liveReload;
    private ContentWatcher watcher;

    private PreviewServer(Builder builder) {
        this.generator = builder.generator;
        this.port = builder.port;
        this.listener = builder.listener;
    }

    public static Builder builder(Generator generator) {
        return new Builder(generator);
    }

    /**
     * Binds the port, starts watching the content and builds the site once; returns when that build is
     * done, whether it succeeded or not, with the site served.
     *
     * @throws IOException when the content folder is missing or cannot be watched, or the port is taken
     *     (then caused by a {@link BindException})
     */
    public synchronized void start() throws IOException {
        if (!Files.isDirectory(generator.contentDirectory())) {
            throw new IOException("content directory " + generator.contentDirectory() + " does not exist");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is in use: choose another port", e);
        }
        requests = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "paper-digest-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(requests);
        liveReload = new LiveReload(state.get());
        server.createContext(LivePage.EVENTS, liveReload);
        server.createContext(LivePage.PREFIX, new PreviewFiles());
        server.createContext("/", new SiteHandler(state::get));
        // Watching begins before the first build, so that a file saved during it is not missed.
        watcher = ContentWatcher.start(generator.contentDirectory(), QUIET, this::rebuild);
        rebuild(List.of());
        server.start();
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:8080/repo/}. */
    public URI address() {
        SiteSnapshot site = state.get().site();
        return URI.create(origin() + (site == null ? "/" : site.basePath()));
    }

    /** What is served now; for tests. */
    PreviewState state() {
        return state.get();
    }

    /** Waits until {@link #close()} is called, from a shutdown hook on Ctrl-C say. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops watching and serving; open pages lose their connection and wait for a server to return. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } finally {
            if (server != null) {
                liveReload.close();
                server.stop(0);
                requests.shutdownNow();
            }
            stopped.countDown();
        }
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private synchronized void rebuild(List<String> changes) {
        Instant now = Instant.now();
        long buildStart = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        try {
            SiteBuild build = generator.siteBuild(origin(), manifest, memory);
            MemorySite output = new MemorySite(state.get().site());
            KeptBuild next = null;
            if (kept != null) {
                output.keepAll();
                next = kept.rebuild(build, buildStart, output);
                if (next == null) {
                    output = new MemorySite(state.get().site());
                }
            }
            SiteBuild.Written written = next != null ? next.written() : build.writeTo(output);
            kept = next != null ? next : KeptBuild.of(build, buildStart, written);
            manifest = written.manifest();
            SiteSnapshot site = output.snapshot(run + "-" + ++builds, written.site().basePath());
            // The terminal hears first, so that its line is there by the time the page reloads.
            listener.built(written.result(), changes);
            publish(new PreviewState(site, List.of()));
        } catch (ContentException e) {
            kept = null;
            fail(e.problems(), changes);
        } catch (IOException | RuntimeException e) {
            kept = null;
            // Neither a missing folder nor a bug may end the preview: the next save tries again.
            fail(List.of(Problem.error(generator.contentDirectory().toString(), 0, 0,
                    "the site could not be built: " + e)), changes);
        }
    }

    private void fail(List<Problem> problems, List<String> changes) {
        listener.failed(problems, changes);
        publish(new PreviewState(state.get().site(), problems.stream().map(Problem::toString).toList()));
    }

    private void publish(PreviewState next) {
        state.set(next);
        liveReload.publish(next);
    }

    /** Collects a preview's settings. */
    public static final class Builder {

        private final Generator generator;
        private int port = 8080;
        private Listener listener = new Listener() {
            @Override
            public void built(BuildResult result, List<String> changes) {
            }

            @Override
            public void failed(List<Problem> problems, List<String> changes) {
            }
        };

        private Builder(Generator generator) {
            this.generator = Objects.requireNonNull(generator, "generator");
        }

        /** The port on 127.0.0.1; 8080 by default, 0 for any free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public PreviewServer build() {
            return new PreviewServer(this);
        }
    }
}
