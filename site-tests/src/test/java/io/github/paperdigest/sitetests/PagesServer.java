package io.github.paperdigest.sitetests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server on the loopback interface that answers the way GitHub Pages answers for a project
 * site: the site's folder is served under a sub-path such as {@code /repo/}; {@code /repo/x/} serves
 * {@code x/index.html}; {@code /repo/x} where {@code x} is a folder redirects (301) to {@code /repo/x/};
 * files get a content type from their extension; anything else, outside the sub-path too, answers 404 with
 * the site's own {@code 404.html} as the body.
 */
final class PagesServer {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "application/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("atom", "application/atom+xml"),
            Map.entry("rss", "application/rss+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("bib", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private static final String NOT_FOUND_PAGE = "404.html";

    private final HttpServer server;
    private final ExecutorService workers;
    private String basePath;
    private Path root;

    private PagesServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Binds a free port on 127.0.0.1, so that its URL is known before there is anything to serve. */
    static PagesServer bind() throws IOException {
        // HttpServer writes a response's headers and body apart; with Nagle's algorithm on, each response then
        // waits out the client's delayed ACK (40 ms on Linux), which made a crawl of the sample take minutes.
        // Read once, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        // A few threads, so that a parallel crawl is not served one request at a time.
        ExecutorService workers = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "pages-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        return new PagesServer(server, workers);
    }

    /** The server's URL for a path, such as {@code http://127.0.0.1:41234/repo/}. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Starts serving {@code root} under {@code basePath}, which starts and ends with {@code /}. */
    void serve(String basePath, Path root) {
        this.basePath = basePath;
        this.root = root.toAbsolutePath().normalize();
        server.createContext("/", this::handle);
        server.start();
    }

    void stop() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            // getPath() is percent-decoded, as the file names on disk are.
            String path = exchange.getRequestURI().getPath();
            if (path.equals(basePath.substring(0, basePath.length() - 1))) {
                redirect(exchange, basePath);
                return;
            }
            Path file = path.startsWith(basePath) ? fileFor(path.substring(basePath.length())) : null;
            if (file == null) {
                notFound(exchange);
            } else if (Files.isDirectory(file)) {
                if (path.endsWith("/")) {
                    serveFile(exchange, file.resolve("index.html"));
                } else {
                    redirect(exchange, path + "/");
                }
            } else if (path.endsWith("/")) {
                notFound(exchange);
            } else {
                serveFile(exchange, file);
            }
        }
    }

    /** The file or folder a path under the base names, or null when it would leave the site's folder. */
    private Path fileFor(String relative) {
        if (relative.contains("\0") || relative.contains("\\")) {
            return null;
        }
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) ? file : null;
    }

    private void serveFile(HttpExchange exchange, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            notFound(exchange);
            return;
        }
        send(exchange, 200, contentType(file), Files.readAllBytes(file));
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 301, "text/html; charset=utf-8", new byte[0]);
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve(NOT_FOUND_PAGE);
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : "Not found".getBytes();
        send(exchange, 404, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // -1 tells HttpServer that no body follows; 0 would mean a chunked body of unknown length.
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
