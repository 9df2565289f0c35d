package io.github.paperdigest.internal.serve;

import java.util.Locale;
import java.util.Map;

/** The media types a preview sends, by file extension, as GitHub Pages sends them. */
final class ContentTypes {

    private static final String UTF_8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF_8),
            Map.entry("css", "text/css" + UTF_8),
            Map.entry("js", "text/javascript" + UTF_8),
            Map.entry("json", "application/json" + UTF_8),
            Map.entry("xml", "application/xml" + UTF_8),
            Map.entry("txt", "text/plain" + UTF_8),
            Map.entry("md", "text/markdown" + UTF_8),
            Map.entry("bib", "text/x-bibtex" + UTF_8),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"));

    private ContentTypes() {
    }

    static String of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }

    static boolean isHtml(String path) {
        return of(path).startsWith("text/html");
    }
}
