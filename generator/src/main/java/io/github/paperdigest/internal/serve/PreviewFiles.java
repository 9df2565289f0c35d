package io.github.paperdigest.internal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serves the preview's own script and stylesheet, which are never part of a built site. */
public final class PreviewFiles implements HttpHandler {

    /** Read once: every page the preview serves asks for them. */
    private final Map<String, byte[]> files = Map.of(
            LivePage.SCRIPT, resource("live-reload.js"),
            LivePage.STYLESHEET, resource("live-reload.css"));

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = files.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(path));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the generator's jar lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
