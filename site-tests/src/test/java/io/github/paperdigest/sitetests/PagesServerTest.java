package io.github.paperdigest.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test server answers as GitHub Pages answers for a project site, so that the crawl sees what users see. */
class PagesServerTest {

    @TempDir
    Path temp;

    private Path site;

    private PagesServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void serve() throws IOException {
        site = temp.resolve("site");
        write("index.html", "home");
        write("about/index.html", "about");
        write("assets/style.css", "body {}");
        write("404.html", "not found");
        Files.writeString(temp.resolve("secret.txt"), "outside the site");
        server = PagesServer.bind();
        server.serve("/repo/", site);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aFolderServesItsIndex() throws Exception {
        HttpResponse<String> home = get("/repo/");
        HttpResponse<String> about = get("/repo/about/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).isEqualTo("home");
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(about.body()).isEqualTo("about");
    }

    @Test
    void aFolderWithoutItsSlashRedirects() throws Exception {
        assertThat(get("/repo/about").statusCode()).isEqualTo(301);
        assertThat(get("/repo/about").headers().firstValue("Location")).hasValue("/repo/about/");
        assertThat(get("/repo").headers().firstValue("Location")).hasValue("/repo/");
    }

    @Test
    void aFileHasTheContentTypeOfItsExtension() throws Exception {
        HttpResponse<String> css = get("/repo/assets/style.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void anythingElseIsTheNotFoundPage() throws Exception {
        for (String path : new String[] {"/repo/missing/", "/repo/missing", "/repo/assets/style.css/",
                "/repo/index.html/", "/", "/other/", "/repo/../secret.txt", "/repo/%2e%2e/secret.txt"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEqualTo("not found");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(server.uri("/") + path.substring(1));
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
