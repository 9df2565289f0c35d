package io.github.paperdigest.bench;

import io.github.paperdigest.bench.CorpusReader.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Hugo project of a synthetic digest's papers, for a side-by-side measure with Hugo: a
 * {@code content/papers/<id>.md} per paper, whose front matter puts it in the taxonomies authors, topics, orgs,
 * days, weeks and months, and whose body is its abstract then its editor's note; and the configuration and
 * layouts of {@code src/main/resources/io/github/paperdigest/bench/hugo/}, small templates that show what our
 * theme's pages show of a paper. Converting is not part of Hugo's build, and is timed apart.
 */
final class HugoSite {

    /** The project's files besides the content, as resources under {@code hugo/}. */
    static final List<String> FILES = List.of("config.toml", "layouts/_default/baseof.html",
            "layouts/_default/single.html", "layouts/_default/list.html", "layouts/_default/taxonomy.html",
            "layouts/_default/term.html", "layouts/partials/card.html", "layouts/index.html", "layouts/404.html",
            "static/style.css");

    private HugoSite() {
    }

    /** What {@link #write} wrote. */
    record Conversion(Path project, int papers, Duration elapsed) {
    }

    /** Writes the project of {@code content}'s papers into {@code project}, replacing what was there. */
    static Conversion write(Path content, Path project) throws IOException {
        long start = System.nanoTime();
        Folders.delete(project);
        for (String name : FILES) {
            Path file = project.resolve(name);
            Files.createDirectories(file.getParent());
            try (InputStream in = HugoSite.class.getResourceAsStream("hugo/" + name)) {
                if (in == null) {
                    throw new IOException("resource hugo/" + name + " is missing");
                }
                Files.copy(in, file);
            }
        }
        Path papers = Files.createDirectories(project.resolve("content").resolve("papers"));
        List<Paper> all = CorpusReader.read(content);
        for (Paper paper : all) {
            Files.writeString(papers.resolve(paper.id() + ".md"), markdown(paper));
        }
        return new Conversion(project, all.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The content file of a paper, whose body ends with the paper's note when it has one. */
    static Path contentFile(Path project, String paperId) {
        return project.resolve("content").resolve("papers").resolve(paperId + ".md");
    }

    /** A paper's page: YAML front matter, then the abstract and, under a heading, the editor's note. */
    static String markdown(Paper paper) {
        StringBuilder text = new StringBuilder(4096).append("---\n");
        text.append("title: ").append(quoted(paper.title())).append('\n');
        text.append("date: ").append(paper.day()).append('\n');
        text.append("arxiv: ").append(quoted(paper.id())).append('\n');
        text.append("upvotes: ").append(paper.upvotes()).append('\n');
        if (paper.organization() != null) {
            text.append("organization: ").append(quoted(paper.organizationName())).append('\n');
        }
        list(text, "authors", paper.authors());
        list(text, "topics", paper.topics());
        list(text, "orgs", paper.organization() == null ? List.of() : List.of(paper.organization()));
        list(text, "days", List.of(paper.day().toString()));
        list(text, "weeks", List.of(week(paper.day())));
        list(text, "months", List.of(paper.day().toString().substring(0, 7)));
        text.append("---\n\n").append(paper.summary()).append('\n');
        if (paper.note() != null) {
            text.append("\n## Editor's note");
            if (paper.note().title() != null) {
                text.append(": ").append(paper.note().title());
            }
            text.append("\n\n");
            if (paper.note().editor() != null) {
                text.append("By ").append(paper.note().editor()).append("\n\n");
            }
            text.append(paper.note().body()).append('\n');
        }
        return text.toString();
    }

    /** The ISO week, as ours names it: {@code 2026-W01}, which may begin in December. */
    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void list(StringBuilder text, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        text.append(key).append(':');
        for (String value : values) {
            text.append("\n  - ").append(quoted(value));
        }
        text.append('\n');
    }

    /** A YAML double-quoted scalar: titles hold TeX's backslashes, and any text may hold a colon or a quote. */
    static String quoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        text.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
