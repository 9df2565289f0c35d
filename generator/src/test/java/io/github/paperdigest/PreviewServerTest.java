package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paperdigest.internal.BuildMemory;
import io.github.paperdigest.internal.serve.MemorySite;
import io.github.paperdigest.internal.serve.SiteSnapshot;
import io.github.paperdigest.testing.LiveEvents;
import io.github.paperdigest.testing.TestData;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papers:serve}: a site served from memory, rebuilt and reloaded as its content changes. */
class PreviewServerTest {

    private static final String NOTE = """
            ---
            paper: 2602.00001
            editor: Ada
            ---
            First thoughts.
            """;

    @TempDir
    Path content;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<BuildResult> results = new CopyOnWriteArrayList<>();
    private PreviewServer preview;

    @AfterEach
    void stop() throws IOException {
        if (preview != null) {
            preview.close();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void digest() throws IOException {
        write("site.yaml", "title: Preview\nbaseUrl: https://example.org/digest/\n");
        write("papers/2026-02-03.json", day(entry("2602.00001", "Swarms of agents", 7, "2026-02-03", "Ada"),
                entry("2602.00002", "Tokens as images", 3, "2026-02-03", "Alan")));
        write("notes/2602.00001.md", NOTE);
    }

    private PreviewServer start() throws IOException {
        preview = PreviewServer.builder(Generator.builder().contentDirectory(content).build()).port(0)
                .listener(new PreviewServer.Listener() {
                    @Override
                    public void built(BuildResult result, List<String> changes) {
                        results.add(result);
                    }

                    @Override
                    public void failed(List<Problem> problems, List<String> changes) {
                        failures.add(PreviewServer.Listener.describe(changes) + ": " + problems);
                    }
                }).build();
        preview.start();
        return preview;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private LiveEvents events() throws IOException, InterruptedException {
        return LiveEvents.open(preview.address().resolve("/__paper-digest/events"));
    }

    @Test
    void servesTheSiteUnderItsBasePathAsGitHubPagesWould() throws Exception {
        digest();
        start();
        assertThat(preview.address()).hasScheme("http").hasHost("127.0.0.1").hasPath("/digest/");

        HttpResponse<String> home = get("/digest/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("Swarms of agents").contains("/__paper-digest/live-reload.js");
        assertThat(get("/digest/papers/2602.00001/").body()).contains("First thoughts.");
        assertThat(get("/digest/assets/style.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        // Absolute links lead back to the preview, not to the published site.
        assertThat(get("/digest/feed.xml").body()).contains("<id>" + preview.address() + "</id>");

        HttpResponse<String> redirect = get("/digest/days/2026-02-03");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/digest/days/2026-02-03/");
        assertThat(get("/").headers().firstValue("Location")).hasValue("/digest/");
        assertThat(get("/__paper-digest/live-reload.js").body()).contains("EventSource");
    }

    @Test
    void servesTheSearchIndexToTheSearchPage() throws Exception {
        digest();
        start();

        String manifest = get("/digest/search/index.json").body();
        String shard = manifest.replaceAll("(?s).*\"shards\":\\[\"([^\"]+)\".*", "$1");
        assertThat(shard).startsWith("papers-1.json?v=");
        HttpResponse<String> papers = get("/digest/search/" + shard);
        assertThat(papers.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(papers.body()).contains("Swarms of agents");
        assertThat(get("/digest/search?q=swarms").headers().firstValue("Location")).hasValue("/digest/search/?q=swarms");
    }

    @Test
    void aMissingPageGetsTheSitesNotFoundPageWithStatus404() throws Exception {
        digest();
        start();
        String notFoundPage = new String(preview.state().site().read("404.html"), StandardCharsets.UTF_8);

        HttpResponse<String> missing = get("/digest/papers/2602.99999/");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith(notFoundPage.substring(0, notFoundPage.lastIndexOf("</body>")));
        assertThat(get("/elsewhere/").statusCode()).isEqualTo(404);
    }

    @Test
    void aChangedNoteIsServedOnceTheRebuildIsAnnounced() throws Exception {
        digest();
        start();
        try (LiveEvents events = events()) {
            String first = events.next().build();

            write("notes/2602.00001.md", NOTE.replace("First thoughts.", "Second thoughts."));
            events.nextBuildAfter(first);

            assertThat(get("/digest/papers/2602.00001/").body()).contains("Second thoughts.")
                    .doesNotContain("First thoughts.");
        }
    }

    @Test
    void aBrokenNoteKeepsTheLastGoodSiteServedAndReportsWhy() throws Exception {
        digest();
        start();
        try (LiveEvents events = events()) {
            String good = events.next().build();

            write("notes/2602.00001.md", NOTE.replace("paper: 2602.00001", "paper: <b>soon</b>"));
            LiveEvents.State failed = events.nextFailure();

            assertThat(failed.build()).isEqualTo(good);
            assertThat(failed.problems()).singleElement().asString()
                    .startsWith("notes/2602.00001.md:2:").contains("is not an arXiv id");
            assertThat(failures).singleElement().asString().startsWith("notes/2602.00001.md changed: ");
            HttpResponse<String> page = get("/digest/papers/2602.00001/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("First thoughts.").contains("data-build=\"" + good + "\"");

            write("notes/2602.00001.md", NOTE.replace("First thoughts.", "Fixed."));
            events.nextBuildAfter(good);
            assertThat(get("/digest/papers/2602.00001/").body()).contains("Fixed.");
        }
    }

    @Test
    void aSiteThatNeverBuiltShowsItsProblemsAsTextUntilItBuilds() throws Exception {
        digest();
        write("notes/2602.00001.md", NOTE.replace("paper: 2602.00001", "paper: <img src=x onerror=alert(1)>"));
        start();

        HttpResponse<String> page = get("/anything/");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");

        try (LiveEvents events = events()) {
            assertThat(events.next().build()).isEmpty();
            write("notes/2602.00001.md", NOTE);
            events.nextBuildAfter("");
        }
        assertThat(get("/digest/").statusCode()).isEqualTo(200);
    }

    @Test
    void filesInFoldersCreatedWhileServingAreWatched() throws Exception {
        digest();
        start();
        try (LiveEvents events = events()) {
            String first = events.next().build();

            write("pages/guides/how-to-read.md", "---\ntitle: How to read\n---\nSlowly.\n");
            String second = events.nextBuildAfter(first).build();
            assertThat(get("/digest/guides/how-to-read/").body()).contains("Slowly.");

            write("pages/guides/how-to-read.md", "---\ntitle: How to read\n---\nQuickly.\n");
            events.nextBuildAfter(second);
            assertThat(get("/digest/guides/how-to-read/").body()).contains("Quickly.");
        }
    }

    /** Rebuilds reuse unchanged pages; whatever changed, the result must be what a fresh build makes. */
    @Test
    void everyRebuildEqualsAFreshBuildOfTheSameContent() throws Exception {
        digest();
        start();
        try (LiveEvents events = events()) {
            String build = events.next().build();
            build = change(events, build, "notes/2602.00001.md", NOTE.replace("First", "Later"));
            build = change(events, build, "papers/2026-02-04.json",
                    day(entry("2602.00003", "A third paper", 12, "2026-02-04", "Ada", "Grace")));
            build = change(events, build, "site.yaml", "title: Renamed\nbaseUrl: https://example.org/digest/\n");
            build = change(events, build, "templates/paper.ftlh",
                    TestData.themeTemplate("paper.ftlh").replace("</article>", "<p>Overridden.</p></article>"));
            assertThat(get("/digest/papers/2602.00001/").body()).contains("Overridden.");
            Files.delete(content.resolve("papers/2026-02-04.json"));
            events.nextBuildAfter(build);
            assertEqualsFreshBuild();
        }
    }

    /**
     * After a note's body changed, and nothing else, the preview makes again only the pages and feeds that
     * show it, from its last build. Files written an hour ago, so that none is read again for having
     * changed as the first build began.
     */
    @Test
    void aNoteEditedIsMadeAgainFromTheLastBuildAsAFreshBuildMakesIt() throws Exception {
        digest();
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
        start();
        try (LiveEvents events = events()) {
            String build = events.next().build();
            build = change(events, build, "notes/2602.00001.md",
                    NOTE.replace("First thoughts.", "Second *thoughts*."));
            assertThat(lastStages()).containsExactly("notes");
            assertThat(get("/digest/papers/2602.00001/").body()).contains("Second <em>thoughts</em>.");
            build = change(events, build, "notes/2602.00001.md", NOTE.replace("First thoughts.", "Third."));
            assertThat(lastStages()).containsExactly("notes");
            build = change(events, build, "notes/2602.00001.md", NOTE);
            assertThat(lastStages()).containsExactly("notes");
            change(events, build, "notes/2602.00001.md", NOTE.replace("paper:", "topics: [Swarms]\npaper:"));
            assertThat(lastStages()).contains("load", "catalog", "plan");
        }
    }

    private List<String> lastStages() {
        return results.get(results.size() - 1).stages().stream().map(StageTime::stage).toList();
    }

    private String change(LiveEvents events, String build, String path, String text) throws Exception {
        write(path, text);
        String next = events.nextBuildAfter(build).build();
        assertEqualsFreshBuild();
        return next;
    }

    private void assertEqualsFreshBuild() throws Exception {
        SiteSnapshot served = preview.state().site();
        MemorySite fresh = new MemorySite(null);
        String origin = "http://127.0.0.1:" + preview.address().getPort();
        Generator.builder().contentDirectory(content).build().siteBuild(origin, null, BuildMemory.forOneBuild())
                .writeTo(fresh);
        SiteSnapshot expected = fresh.snapshot("fresh", served.basePath());
        assertThat(served.copies()).isEqualTo(expected.copies());
        assertThat(served.files().keySet()).isEqualTo(expected.files().keySet());
        for (Map.Entry<String, byte[]> file : expected.files().entrySet()) {
            assertThat(served.files().get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void closingReleasesThePortAndEndsTheWait() throws Exception {
        digest();
        start();
        int port = preview.address().getPort();

        preview.close();
        preview.awaitStop();

        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aPortInUseIsReportedBeforeAnyWork() throws Exception {
        digest();
        try (ServerSocket taken = new ServerSocket(0)) {
            PreviewServer busy = PreviewServer.builder(Generator.builder().contentDirectory(content).build())
                    .port(taken.getLocalPort()).build();
            assertThatThrownBy(busy::start).hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("in use");
        }
    }
}
