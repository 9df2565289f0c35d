package io.github.paperdigest.sitetests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Crawls a site over HTTP, breadth first, from a few seeds: fetches every URL under the site's base URL
 * that a fetched resource links to, each once, and nothing outside it. One level of the crawl is fetched in
 * parallel by a small pool of threads; redirects are not followed by the client but recorded, and their
 * targets crawled like any other link.
 */
final class Crawler {

    /**
     * One fetched URL.
     *
     * @param status the HTTP status, or -1 when the request itself failed
     * @param redirect where a 3xx answer sends the client, resolved; null otherwise
     * @param ids the ids of an HTML page's elements, which fragments may name
     * @param problems what kept the resource from being read, such as a feed that is not well-formed
     */
    record Resource(URI uri, int status, String contentType, URI redirect, Set<String> ids, List<Link> links,
            List<String> problems) {

        boolean isHtml() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
        }
    }

    /** A bound on the crawl, whatever the site: a generator bug could make URLs without end. */
    static final int MAX_FETCHES = 200_000;

    private final SiteScope scope;
    private final int threads;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Crawler(SiteScope scope, int threads) {
        this.scope = scope;
        this.threads = threads;
    }

    Crawl crawl(List<URI> seeds) throws InterruptedException {
        long start = System.nanoTime();
        Map<URI, Resource> fetched = new LinkedHashMap<>();
        Set<URI> queued = new HashSet<>();
        List<URI> frontier = new ArrayList<>(new LinkedHashSet<>(seeds));
        queued.addAll(frontier);
        int levels = 0;
        boolean stopped = false;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            while (!frontier.isEmpty() && !stopped) {
                levels++;
                int allowed = MAX_FETCHES - fetched.size();
                stopped = frontier.size() > allowed;
                List<Future<Resource>> level = new ArrayList<>();
                for (URI uri : frontier.subList(0, Math.min(frontier.size(), allowed))) {
                    boolean seed = levels == 1;
                    level.add(pool.submit(() -> fetch(uri, seed)));
                }
                List<URI> next = new ArrayList<>();
                for (Future<Resource> future : level) {
                    Resource resource = future.get();
                    fetched.put(resource.uri(), resource);
                    for (Link link : resource.links()) {
                        if (scope.of(link.target()) == SiteScope.Kind.INSIDE && queued.add(link.resource())) {
                            next.add(link.resource());
                        }
                    }
                }
                frontier = next;
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a crawler thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Crawl(scope, fetched, levels, stopped, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * @param seed whether the URL is a seed, whose links are followed whatever its status: a missing URL's 404
     *        page is crawled from a seed, but a broken link's 404 page is not, or a relative link on it would
     *        lead the crawl down {@code gone/gone/gone/...} without end
     */
    private Resource fetch(URI uri, boolean seed) throws InterruptedException {
        // Timeouts only keep a hung server from hanging the build; nothing asserts on time.
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toASCIIString()))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Resource(uri, -1, null, null, Set.of(), List.of(), List.of("the request failed: " + e));
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 == 3 && location != null) {
            Link redirect = Link.resolve(uri, uri, location);
            return new Resource(uri, response.statusCode(), contentType, redirect.target(), Set.of(), List.of(redirect),
                    List.of());
        }
        if (response.statusCode() != 200 && !seed) {
            return new Resource(uri, response.statusCode(), contentType, null, Set.of(), List.of(), List.of());
        }
        // The site is UTF-8 throughout; the crawl reads every text the same way.
        LinkExtractor.Extracted extracted = LinkExtractor.extract(uri, contentType,
                new String(response.body(), StandardCharsets.UTF_8));
        return new Resource(uri, response.statusCode(), contentType, null, extracted.ids(), extracted.links(),
                extracted.problems());
    }
}
