package io.github.paperdigest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds internal links of a built site that lead nowhere: every {@code href} and {@code src} of every
 * HTML file, resolved against the page's own URL under the site's base path, must name a file (a
 * folder with an {@code index.html} for pretty URLs), and a {@code #fragment} an element of it.
 */
public final class LinkChecker {

    /** @param broken every broken link as {@code page -> link (why)}, sorted; @param internalLinks all checked */
    public record Report(List<String> broken, int internalLinks) {
    }

    private final Path root;
    private final String basePath;
    private final Map<Path, Set<String>> idsByFile = new ConcurrentHashMap<>();

    /** @param basePath the path the site is served under, such as {@code /} or {@code /repo/} */
    public LinkChecker(Path root, String basePath) {
        this.root = root;
        this.basePath = basePath;
    }

    public Report check() {
        TreeSet<String> broken = new TreeSet<>();
        int internal = 0;
        for (Path file : htmlFiles()) {
            String pagePath = root.relativize(file).toString().replace('\\', '/');
            URI pageUri = URI.create("http://site.test" + basePath + pagePath);
            Document document = parse(file);
            idsByFile.putIfAbsent(file, ids(document));
            for (Element element : document.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                URI target = resolve(pageUri, link);
                if (target != null && !"site.test".equals(target.getHost())) {
                    continue;
                }
                internal++;
                String problem = target == null ? "not a URI" : problem(target);
                if (problem != null) {
                    broken.add("/" + pagePath + " -> " + link + " (" + problem + ")");
                }
            }
        }
        return new Report(new ArrayList<>(broken), internal);
    }

    /** Every broken link, sorted; empty when the site is whole. */
    public List<String> brokenLinks() {
        return check().broken();
    }

    private static URI resolve(URI page, String link) {
        try {
            return page.resolve(link.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String problem(URI target) {
        String path = URLDecoder.decode(target.getRawPath(), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) {
            return "outside the base path " + basePath;
        }
        String relative = path.substring(basePath.length());
        Path file = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")
                && !idsByFile.computeIfAbsent(file, f -> ids(parse(f))).contains(fragment)) {
            return "no element #" + fragment;
        }
        return null;
    }

    private static Set<String> ids(Document document) {
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(element -> ids.add(element.id()));
        return ids;
    }

    private List<Path> htmlFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
