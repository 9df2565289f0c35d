package io.github.paperdigest.bench;

import io.github.paperdigest.bench.LiveEvents.State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our preview's rebuild after a changed note, as an editor sees it: {@code serve} is started, its first build
 * awaited, a page's event stream opened, then the note is edited a few times, each time timed from the write to
 * the event that makes the page reload.
 */
final class ServeRebuilds {

    /** The first build of 50,000 papers takes a minute or two on a busy two-core machine; ten is a hang. */
    private static final Duration FIRST_BUILD = Duration.ofMinutes(10);
    private static final Duration REBUILD = Duration.ofMinutes(5);
    /** Between edits: the previous rebuild's last writes and collections are over. */
    private static final Duration PAUSE = Duration.ofMillis(500);
    /** The end of serve's line for a rebuild: {@code notes/a.md changed: built ... in 1.62 s (load 0.24 s, ...)}. */
    private static final Pattern OWN_TIME = Pattern.compile(" in ([\\d.]+) s( \\([^()]*\\))?$");

    private ServeRebuilds() {
    }

    /**
     * @param java the JVM and its options, to which {@code -jar JAR serve ...} is added
     * @param note the note to edit, in {@code content}
     */
    static WatchedRebuilds measure(List<String> java, Path jar, Path content, NoteEdit note, int edits, Path log)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--content", content.toString(), "--port",
                Integer.toString(port)));
        List<Double> seconds = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        try (LineProcess serve = LineProcess.start(command, log)) {
            String first = serve.await(line -> line.startsWith("First build:"), "first build", FIRST_BUILD);
            if (!first.startsWith("First build: built ")) {
                throw new IOException("serve's first build failed: " + first + "; see " + log);
            }
            serve.await(line -> line.startsWith("Serving "), "\"Serving\" line", REBUILD);
            try (LiveEvents events = LiveEvents.open("http://127.0.0.1:" + port)) {
                String build = events.next(REBUILD).build();
                try (note) {
                    for (int n = 1; n <= edits; n++) {
                        pause();
                        build = events.discardReceived(build);
                        serve.discardPrinted();
                        long start = System.nanoTime();
                        note.write(n);
                        State state = events.nextBuild(build, REBUILD);
                        seconds.add((System.nanoTime() - start) / 1e9);
                        if (!state.problems().isEmpty()) {
                            throw new IOException("serve's rebuild failed: " + state.problems());
                        }
                        build = state.build();
                        own.add(ownSeconds(serve.await(line -> line.contains(" changed: built "), "rebuild line",
                                REBUILD)));
                    }
                }
                // The note is back as it was: the rebuild that follows is not measured, but awaited, so that the
                // preview is idle when it is stopped.
                events.nextBuild(build, REBUILD);
            }
            return new WatchedRebuilds(seconds, own, serve.peakRssKiB());
        }
    }

    static double ownSeconds(String line) {
        Matcher time = OWN_TIME.matcher(line);
        if (!time.find()) {
            throw new IllegalArgumentException("no time in serve's line: " + line);
        }
        return Double.parseDouble(time.group(1));
    }

    static void pause() throws IOException {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A port nobody listens on now; another process could take it before serve does, which is unlikely here. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
