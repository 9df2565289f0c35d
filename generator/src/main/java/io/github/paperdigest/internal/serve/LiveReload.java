package io.github.paperdigest.internal.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages about each build, as server-sent events: an event named {@code state} whose data is
 * {@code {"build": ..., "problems": [...]}}. A page reloads when the build differs from its own, and
 * shows the problems over itself when there are any. Each page gets the current state as soon as it
 * connects, so that a build finished while it was loading is not missed.
 */
public final class LiveReload implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Never a state, which is a JSON object: tells a stream to end. */
    private static final String STOP = "";

    private static final long KEEP_ALIVE_SECONDS = 15;

    private final Set<BlockingQueue<String>> pages = ConcurrentHashMap.newKeySet();
    private volatile String state;

    public LiveReload(PreviewState initial) {
        this.state = toJson(initial);
    }

    /** Sends the state to every open page. */
    public void publish(PreviewState current) {
        state = toJson(current);
        pages.forEach(page -> page.offer(state));
    }

    /** Ends every stream, so that the server can stop without waiting for pages. */
    public void close() {
        pages.forEach(page -> page.offer(STOP));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.add(state);
        pages.add(queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 1000\n\n");
            for (String next = queue.take(); !STOP.equals(next); next = queue.poll(KEEP_ALIVE_SECONDS,
                    TimeUnit.SECONDS)) {
                // A comment now and then finds out that a tab was closed, which ends the stream.
                send(out, next == null ? ": keep-alive\n\n" : "event: state\ndata: " + next + "\n\n");
            }
        } catch (IOException e) {
            // The page went away.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pages.remove(queue);
            exchange.close();
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private record Event(String build, List<String> problems) {
    }

    private static String toJson(PreviewState state) {
        try {
            return JSON.writeValueAsString(new Event(state.build(), state.problems()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
