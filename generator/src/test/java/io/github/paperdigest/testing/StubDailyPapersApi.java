package io.github.paperdigest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Hugging Face daily papers API, played by the JDK's HTTP server on 127.0.0.1: each day's page
 * gives the answers queued for it in turn, the last one again and again; a page nothing was queued
 * for gives {@code []}, as the API does for a weekend. Every request is recorded.
 */
public final class StubDailyPapersApi implements AutoCloseable {

    /** A request as the server saw it. */
    public record Request(String path, String query, String userAgent) {
    }

    /**
     * One answer: a status, headers and a body, of which only {@code sentBytes} are sent (the rest of
     * the declared length never comes), and optionally a stall (before the headers, or after the bytes
     * sent) that lasts until the server closes.
     */
    public record Answer(int status, Map<String, String> headers, byte[] body, int sentBytes, Stall stall) {

        public enum Stall { NONE, BEFORE_HEADERS, AFTER_BYTES_SENT }

        public static Answer json(String json) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            return new Answer(200, Map.of("Content-Type", "application/json; charset=utf-8"), body, body.length,
                    Stall.NONE);
        }

        /** A file of {@code testdata/hf-daily/}, such as {@code 2026-02-03.json}. */
        public static Answer recorded(String name) {
            try {
                return json(Files.readString(TestData.hfDaily().resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Answer status(int status) {
            return new Answer(status, Map.of(), new byte[0], 0, Stall.NONE);
        }

        /** A Content-Length larger than what is sent: the connection closes after {@code sentBytes}. */
        public static Answer cutShort(String json, int sentBytes) {
            return json(json).sending(sentBytes, Stall.NONE);
        }

        /** No answer at all until the server closes. */
        public static Answer stalling() {
            return status(200).sending(0, Stall.BEFORE_HEADERS);
        }

        /** The headers and {@code sentBytes} of the body, then nothing until the server closes. */
        public static Answer stallAfter(String json, int sentBytes) {
            return json(json).sending(sentBytes, Stall.AFTER_BYTES_SENT);
        }

        public Answer header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body, sentBytes, stall);
        }

        private Answer sending(int bytes, Stall when) {
            return new Answer(status, headers, body, bytes, when);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    private StubDailyPapersApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/daily_papers", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static StubDailyPapersApi start() {
        try {
            return new StubDailyPapersApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, as {@code papers.apiUrl} takes it: {@code http://127.0.0.1:PORT/api}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    /** Queues answers for a day's first page. */
    public StubDailyPapersApi day(String date, Answer... inTurn) {
        return page(date, 0, inTurn);
    }

    /** Queues answers for a day's page {@code p} (0 is the first, asked for without {@code p}). */
    public synchronized StubDailyPapersApi page(String date, int page, Answer... inTurn) {
        answers.computeIfAbsent(date + "#" + page, key -> new ArrayDeque<>()).addAll(List.of(inTurn));
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The query strings received, in order. */
    public List<String> queries() {
        return requests().stream().map(Request::query).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer = answerTo(exchange);
            if (answer.stall() == Answer.Stall.BEFORE_HEADERS) {
                waitForClose();
                return;
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            OutputStream body = exchange.getResponseBody();
            body.write(answer.body(), 0, answer.sentBytes());
            body.flush();
            if (answer.stall() == Answer.Stall.AFTER_BYTES_SENT) {
                waitForClose();
            }
        } catch (IOException e) {
            // A body cut short on purpose, or a client that gave up waiting: both expected here.
        }
    }

    private synchronized Answer answerTo(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(new Request(exchange.getRequestURI().getPath(), query,
                exchange.getRequestHeaders().getFirst("User-Agent")));
        Map<String, String> parameters = new HashMap<>();
        for (String pair : (query == null ? "" : query).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        Deque<Answer> queued = answers.get(parameters.get("date") + "#" + parameters.getOrDefault("p", "0"));
        if (queued == null || queued.isEmpty()) {
            return Answer.json("[]");
        }
        return queued.size() > 1 ? queued.poll() : queued.peek();
    }

    private void waitForClose() {
        try {
            closing.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
