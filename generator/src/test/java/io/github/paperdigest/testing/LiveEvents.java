package io.github.paperdigest.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A page's view of a preview's live reload events: each build's state as it arrives, waited for
 * rather than slept for.
 */
public final class LiveEvents implements AutoCloseable {

    /** One event's data. */
    public record State(String build, List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final BlockingQueue<State> states = new LinkedBlockingQueue<>();
    private final Stream<String> lines;

    private LiveEvents(Stream<String> lines) {
        this.lines = lines;
        Thread reader = new Thread(() -> lines.filter(line -> line.startsWith("data: "))
                .forEach(line -> states.add(parse(line.substring("data: ".length())))), "live-events");
        reader.setDaemon(true);
        reader.start();
    }

    public static LiveEvents open(URI events) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IOException("events answered " + response.statusCode());
        }
        return new LiveEvents(response.body());
    }

    /** The next state the server sends; fails after a minute without one. */
    public State next() throws InterruptedException {
        State state = states.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        if (state == null) {
            throw new AssertionError("no live reload event within " + PATIENCE);
        }
        return state;
    }

    /** Skips states until a build other than {@code build} succeeds. */
    public State nextBuildAfter(String build) throws InterruptedException {
        for (State state = next(); ; state = next()) {
            if (!state.build().equals(build) && state.problems().isEmpty()) {
                return state;
            }
        }
    }

    /** Skips states until one reports problems. */
    public State nextFailure() throws InterruptedException {
        for (State state = next(); ; state = next()) {
            if (!state.problems().isEmpty()) {
                return state;
            }
        }
    }

    @Override
    public void close() {
        lines.close();
    }

    private static State parse(String json) {
        try {
            return JSON.readValue(json, State.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
