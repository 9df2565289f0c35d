package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.paperdigest.bench.CorpusReader.Note;
import io.github.paperdigest.bench.CorpusReader.Paper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Hugo project the harness writes from a synthetic corpus, and, if hugo is installed, Hugo's site of it. */
class HugoSiteTest {

    @TempDir
    static Path directory;

    static Path corpus;
    static HugoSite.Conversion conversion;

    @BeforeAll
    static void write() throws IOException {
        corpus = directory.resolve("corpus");
        new SyntheticCorpus(CorpusParameters.defaults(100)).write(corpus);
        conversion = HugoSite.write(corpus, directory.resolve("hugo"));
    }

    @Test
    void everyPaperHasAPageAndTheProjectItsLayouts() {
        assertThat(conversion.papers()).isEqualTo(100);
        assertThat(directory.resolve("hugo/content/papers")).isDirectoryContaining("glob:**.md");
        for (String file : HugoSite.FILES) {
            assertThat(directory.resolve("hugo").resolve(file)).isRegularFile();
        }
        assertThat(directory.resolve("hugo/config.toml")).content().contains("paginate = 25", "rssLimit = 50",
                "baseURL = \"https://example.org/digest/\"", "author = \"authors\"", "month = \"months\"");
    }

    @Test
    void aPaperWithANoteHasItsTaxonomiesAndTheNoteAfterItsAbstract() throws IOException {
        Paper paper = CorpusReader.read(corpus).stream().filter(p -> p.note() != null).findFirst().orElseThrow();
        Note note = paper.note();
        String page = Files.readString(HugoSite.contentFile(directory.resolve("hugo"), paper.id()));

        assertThat(page).startsWith("---\ntitle: " + HugoSite.quoted(paper.title()) + "\ndate: " + paper.day()
                + "\narxiv: \"" + paper.id() + "\"\nupvotes: " + paper.upvotes() + "\n");
        assertThat(page).contains("authors:\n  - " + HugoSite.quoted(paper.authors().get(0)) + "\n",
                "topics:\n  - " + HugoSite.quoted(paper.topics().get(0)) + "\n",
                "days:\n  - \"" + paper.day() + "\"\n", "weeks:\n  - \"" + HugoSite.week(paper.day()) + "\"\n",
                "months:\n  - \"" + paper.day().toString().substring(0, 7) + "\"\n");
        assertThat(page.indexOf(paper.summary())).isPositive().isLessThan(page.indexOf("## Editor's note"));
        assertThat(page).endsWith(note.body() + "\n");
    }

    @Test
    void aNotesTopicsJoinThePapersOnceCaseAside() throws IOException {
        Note note = CorpusReader.note("""
                ---
                paper: 2512.00001
                title: "A \\"quoted\\" title with a \\\\ backslash"
                editor: "Ada Lovelace"
                topics:
                  - "Reinforcement learning"
                  - "world models"
                ---

                Body **text**.
                """);

        assertThat(note).isEqualTo(new Note("2512.00001", "Ada Lovelace", "A \"quoted\" title with a \\ backslash",
                List.of("Reinforcement learning", "world models"), "Body **text**."));
        Paper paper = CorpusReader.read(corpus).get(0);
        assertThat(paper.topics()).doesNotHaveDuplicates();
    }

    @Test
    void frontMatterStringsAreYamlDoubleQuotedAndWeeksAreIso() {
        assertThat(HugoSite.quoted("$O(n \\log n)$: \"fast\"\n")).isEqualTo("\"$O(n \\\\log n)$: \\\"fast\\\"\\n\"");
        assertThat(HugoSite.week(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
        assertThat(HugoSite.week(LocalDate.of(2025, 11, 6))).isEqualTo("2025-W45");
    }

    @Test
    void hugoBuildsItWithEveryLinkInsideTheSiteFound() throws Exception {
        assumeTrue(hugoIsInstalled(), "hugo is not on the PATH");
        Path site = directory.resolve("hugo-site");
        Process hugo = new ProcessBuilder("hugo", "--quiet", "--source", conversion.project().toString(),
                "--destination", site.toString()).redirectErrorStream(true).start();
        String output = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(hugo.waitFor()).as(output).isZero();
        assertThat(output).doesNotContain("WARN", "ERROR");

        String paper = CorpusReader.read(corpus).get(0).id();
        for (String page : List.of("index.html", "404.html", "sitemap.xml", "index.xml", "papers/" + paper
                + "/index.html", "authors/index.html", "topics/reinforcement-learning/index.html",
                "topics/reinforcement-learning/index.xml", "days/index.html", "weeks/2025-w52/index.html",
                "months/2025-12/index.html", "orgs/index.html")) {
            assertThat(site.resolve(page)).isRegularFile();
        }
        assertThat(site.resolve("index.html")).content().contains("Papers of 2025-12-31");
        assertThat(missingLinks(site)).isEmpty();
        Folders.Size size = Folders.size(site);
        assertThat(size.pages()).isLessThan(size.files()).isGreaterThan(100 + 150 + 1);
    }

    /** Links of the site's pages to the site that lead to no file. */
    private static Set<String> missingLinks(Path site) throws IOException {
        Pattern href = Pattern.compile("href=\"/digest/([^\"#?]*)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                Matcher link = href.matcher(Files.readString(page));
                while (link.find()) {
                    String path = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
                    Path target = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                    if (!Files.isRegularFile(target)) {
                        missing.add(path + " (from " + site.relativize(page) + ")");
                    }
                }
            }
        }
        return missing;
    }

    static boolean hugoIsInstalled() {
        try {
            Process version = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
