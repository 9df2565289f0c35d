package io.github.paperdigest.internal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.paperdigest.internal.catalog.UrlScheme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Serves the last good build as GitHub Pages would: a folder's {@code index.html} for its address, a
 * redirect from {@code /days/2026-02-03} to {@code /days/2026-02-03/}, and {@code 404.html} with status
 * 404 for an address the site lacks. Pages carry the live reload script.
 */
public final class SiteHandler implements HttpHandler {

    private final Supplier<PreviewState> state;

    public SiteHandler(Supplier<PreviewState> state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            PreviewState current = state.get();
            if (current.site() == null) {
                send(exchange, 500, "index.html", LivePage.notBuilt(current.problems()));
                return;
            }
            serve(exchange, current.site(), exchange.getRequestURI().getPath());
        }
    }

    private void serve(HttpExchange exchange, SiteSnapshot site, String path) throws IOException {
        String base = site.basePath();
        if (!path.startsWith(base)) {
            if (path.equals("/") || (path + "/").equals(base)) {
                redirect(exchange, base);
            } else {
                notFound(exchange, site);
            }
            return;
        }
        String relative = path.substring(base.length());
        String file = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
        if (site.has(file)) {
            send(exchange, 200, file, withScript(file, site.read(file), site));
        } else if (site.has(relative + "/index.html")) {
            String query = exchange.getRequestURI().getRawQuery();
            redirect(exchange, exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
        } else {
            notFound(exchange, site);
        }
    }

    private void notFound(HttpExchange exchange, SiteSnapshot site) throws IOException {
        byte[] page = site.read(UrlScheme.NOT_FOUND);
        if (page == null) {
            send(exchange, 404, "404.txt", "Not found\n".getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 404, UrlScheme.NOT_FOUND, withScript(UrlScheme.NOT_FOUND, page, site));
        }
    }

    private static byte[] withScript(String file, byte[] content, SiteSnapshot site) {
        return ContentTypes.isHtml(file) ? LivePage.withScript(content, site.build()) : content;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String file, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file));
        // A preview changes under the reader: a cached page would hide the change just saved.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
