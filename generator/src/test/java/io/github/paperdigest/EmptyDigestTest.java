package io.github.paperdigest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.LinkChecker;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new digest, before its first paper, still builds a whole site. */
class EmptyDigestTest {

    @TempDir
    Path directory;

    @Test
    void buildsEveryIndexWithNothingInIt() {
        BuiltSite site = TestSite.in(directory).file("site.yaml", "title: Our Digest\n").build();

        assertThat(site.page("").select("h1").text()).isEqualTo("Our Digest");
        assertThat(site.page("").select(".lede").text()).startsWith("No papers yet.");
        assertThat(site.files()).contains("archive/index.html", "authors/index.html", "topics/index.html",
                "orgs/index.html", "404.html", ".nojekyll", "assets/style.css");
        assertThat(new LinkChecker(site.root(), "/").brokenLinks()).isEmpty();
    }
}
