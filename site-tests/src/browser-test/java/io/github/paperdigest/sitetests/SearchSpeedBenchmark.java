package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.ContentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * How big the search index is and how fast the search page answers, for the README; a benchmark, not a test, so
 * surefire runs it only when asked:
 * {@code mvn -Pbrowser -pl site-tests verify -Dtest=SearchSpeedBenchmark -Dpapers.benchContent=/tmp/synthetic-10k}
 * (the sample digest when no folder is given). It prints the figures and asserts only that queries find papers.
 */
@ExtendWith(BrowserExtension.class)
class SearchSpeedBenchmark {

    private static final int QUERIES = 200;
    private static final int ROUNDS = 3;

    /** Types each query into the search box and times it until its cards are in the page. */
    private static final String TIME_QUERIES = """
            var box = document.getElementById('site-search-query');
            var times = [];
            var found = 0;
            arguments[0].forEach(function (query) {
              var start = performance.now();
              box.value = query;
              box.dispatchEvent(new Event('input'));
              times.push(performance.now() - start);
              found += document.querySelectorAll('#search-results li').length > 0 ? 1 : 0;
            });
            var searches = performance.getEntriesByName('paper-digest:query').slice(-arguments[0].length)
                .map(function (entry) { return entry.duration; });
            return {typed: times, searched: searches, found: found};""";

    @TempDir
    Path directory;

    @Test
    @SuppressWarnings("unchecked")
    void indexSizeAndQueryTime(Browser browser) throws IOException, ContentException {
        String content = System.getProperty("papers.benchContent", System.getProperty("papers.sampleContent"));
        Path site = directory.resolve("site");
        PagesServer server = ServedDigest.buildAndServe(Path.of(content), site);
        try {
            List<String> queries = queries(site);
            browser.open(server.uri("/repo/search/"));
            SearchResults.await(browser);
            double indexMs = ((Number) browser.script(
                    "return performance.getEntriesByName('paper-digest:index')[0].duration;")).doubleValue();
            double loadedMs = ((Number) browser.script("var index = performance.getEntriesByName('paper-digest:index')[0];"
                    + " return index.startTime + index.duration;")).doubleValue();
            List<Double> typed = new ArrayList<>();
            List<Double> searched = new ArrayList<>();
            long found = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Map<String, Object> times = (Map<String, Object>) browser.script(TIME_QUERIES, queries);
                typed.addAll(numbers(times.get("typed")));
                searched.addAll(numbers(times.get("searched")));
                found += ((Number) times.get("found")).longValue();
            }
            System.out.printf("%nSearch of %s in %s:%n  index: %,d papers, %,d bytes, %,d gzipped, in %d files%n"
                    + "  index fetched, parsed and built %.0f ms after the page's start (building alone %.0f ms)%n"
                    + "  %d queries × %d rounds, %d%% with results:%n"
                    + "  search alone: median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n"
                    + "  search and cards: median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n%n",
                    content, browser.version(), papers(site), bytes(site, false), bytes(site, true),
                    indexFiles(site).size(), loadedMs, indexMs, queries.size(), ROUNDS,
                    100 * found / (queries.size() * ROUNDS), percentile(searched, 50), percentile(searched, 95),
                    percentile(searched, 100), percentile(typed, 50), percentile(typed, 95), percentile(typed, 100));
            assertThat(found).isGreaterThan(queries.size() * ROUNDS / 2);
        } finally {
            server.stop();
        }
    }

    /**
     * Words of titles, authors' last names and topics taken from the index, some cut short as while typing, some
     * with a typo, and some pairs: the same mix for every corpus, from a fixed seed.
     */
    private static List<String> queries(Path site) throws IOException {
        List<JsonNode> papers = new ArrayList<>();
        for (Path shard : indexFiles(site)) {
            if (!shard.endsWith("index.json")) {
                new ObjectMapper().readTree(shard.toFile()).forEach(papers::add);
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            JsonNode paper = papers.get(random.nextInt(papers.size()));
            String[] title = paper.get(1).asText().split("[^\\p{L}\\p{N}]+");
            String word = title[random.nextInt(title.length)];
            JsonNode authors = paper.get(2);
            String author = authors.get(random.nextInt(authors.size())).asText().replaceAll(".* ", "");
            switch (queries.size() % 5) {
                case 0 -> queries.add(word);
                case 1 -> queries.add(author);
                case 2 -> queries.add(word.length() > 4 ? word.substring(0, 4) : word);
                case 3 -> queries.add(word.length() > 4 ? word.charAt(1) + word.substring(0, 1) + word.substring(2)
                        : word);
                default -> queries.add(paper.get(3).isEmpty() ? word + " " + author : paper.get(3).get(0).asText());
            }
        }
        return queries;
    }

    private static List<Path> indexFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("search"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static int papers(Path site) throws IOException {
        return new ObjectMapper().readTree(site.resolve("search/index.json").toFile()).get("papers").asInt();
    }

    private static long bytes(Path site, boolean gzipped) throws IOException {
        long total = 0;
        for (Path file : indexFiles(site)) {
            byte[] content = Files.readAllBytes(file);
            if (gzipped) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(content);
                }
                content = zipped.toByteArray();
            }
            total += content.length;
        }
        return total;
    }

    private static List<Double> numbers(Object list) {
        return ((List<?>) list).stream().map(number -> ((Number) number).doubleValue()).toList();
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
