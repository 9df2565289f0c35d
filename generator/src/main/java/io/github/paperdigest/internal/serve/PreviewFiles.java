package io.github.paperdigest.internal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Serves the preview's own script and stylesheet, which are never part of a built site. */
public final class PreviewFiles implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name = path.equals(LivePage.SCRIPT) ? "live-reload.js"
                    : path.equals(LivePage.STYLESHEET) ? "live-reload.css" : null;
            byte[] body = null;
            if (name != null) {
                try (InputStream in = PreviewFiles.class.getResourceAsStream(name)) {
                    body = in == null ? null : in.readAllBytes();
                }
            }
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(name));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
