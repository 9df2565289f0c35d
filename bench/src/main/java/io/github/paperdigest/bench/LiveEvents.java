package io.github.paperdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The preview's server-sent events, as an open page hears them: {@code /__paper-digest/events} sends an event
 * {@code state} with {@code {"build": ..., "problems": [...]}} when a page connects and after every build (see
 * the generator's {@code LiveReload}). A page reloads when the build changes: that event is when an editor sees
 * a saved note.
 */
final class LiveEvents implements AutoCloseable {

    static final String PATH = "/__paper-digest/events";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream stream;
    private final BlockingQueue<State> states = new LinkedBlockingQueue<>();

    /** One state event: the build served, and the problems of the latest build if it failed. */
    record State(String build, List<String> problems) {
    }

    private LiveEvents(InputStream stream) {
        this.stream = stream;
    }

    /** Connects to the preview at {@code origin}, such as {@code http://127.0.0.1:8080}. */
    static LiveEvents open(String origin) throws IOException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + PATH)).build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + origin + PATH, e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException(origin + PATH + " answered " + response.statusCode());
        }
        LiveEvents events = new LiveEvents(response.body());
        Thread reader = new Thread(events::read, "benchmark-live-events");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    /**
     * Waits for the next state event.
     *
     * @throws IOException when none comes within {@code timeout}
     */
    State next(Duration timeout) throws IOException {
        try {
            State state = states.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (state == null) {
                throw new IOException("no event from the preview within " + timeout.toSeconds() + " s");
            }
            return state;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the preview", e);
        }
    }

    /**
     * Forgets the states received so far, as {@link LineProcess#discardPrinted} forgets lines.
     *
     * @return the build of the last of them, or {@code build} when none came
     */
    String discardReceived(String build) {
        List<State> received = new ArrayList<>();
        states.drainTo(received);
        return received.isEmpty() ? build : received.get(received.size() - 1).build();
    }

    /** Waits for a state whose build differs from {@code build}, or that has problems. */
    State nextBuild(String build, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            State state = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (!state.build().equals(build) || !state.problems().isEmpty()) {
                return state;
            }
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    /** Reads events as the EventSource format has them: "event:" and "data:" lines, ended by an empty line. */
    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (event.equals("state") && data.length() > 0) {
                        states.add(state(data.toString()));
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring("data:".length()).strip());
                }
            }
        } catch (IOException e) {
            // Closed, by close() or by the preview's end.
        }
    }

    static State state(String data) throws IOException {
        JsonNode json = JSON.readTree(data);
        List<String> problems = new ArrayList<>();
        json.path("problems").forEach(problem -> problems.add(problem.asText()));
        return new State(json.path("build").asText(), List.copyOf(problems));
    }
}
