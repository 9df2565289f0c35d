package io.github.paperdigest.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * One page of each kind the theme renders, picked from the built sample digest's files rather than named by id,
 * so that the tests keep working as the sample's papers, authors and topics change.
 */
final class SitePages {

    private static final Pattern PAPER = Pattern.compile("papers/[^/]+/index\\.html");

    private SitePages() {
    }

    static List<SitePage> everyKind() {
        List<SitePage> pages = new ArrayList<>();
        pages.add(SitePage.of("home", ""));
        String day = last("days/\\d{4}-\\d{2}-\\d{2}/by-arxiv-date/index\\.html").replace("by-arxiv-date/", "");
        pages.add(SitePage.of("a day", folder(day)));
        pages.add(SitePage.of("a day by arXiv date", folder(day) + "by-arxiv-date/"));
        pages.add(SitePage.of("a week", folder(first("weeks/[^/]+/index\\.html"))));
        pages.add(SitePage.of("a month", folder(first("archive/\\d{4}/\\d{2}/index\\.html"))));
        pages.add(SitePage.of("the archive", folder(first("archive/index\\.html"))));
        pages.add(paperWithMath());
        pages.add(paperWithoutMath());
        for (String section : List.of("authors", "topics", "orgs")) {
            pages.add(SitePage.of("the " + section + " index", folder(first(section + "/index\\.html"))));
            pages.add(SitePage.of("a page of " + section, folder(first(section + "/[^/]+/index\\.html"))));
        }
        // content/pages/about.md; the sample digest's only free page.
        pages.add(SitePage.of("a free page", folder(first("about/index\\.html"))));
        pages.add(SitePage.of("the search page", folder(first("search/index\\.html"))));
        // Its cards come from the search index, after the page has loaded: see SitePage#openIn.
        pages.add(SitePage.of("the search page with results", "search/?q=diffusion"));
        // Deeper than any real page, so that a relative link on the 404 page would break.
        pages.add(new SitePage("a missing URL, answered with 404.html", "no/such/page/", true));
        return pages;
    }

    /** The first paper page whose title or abstract has math, marked by the generator for KaTeX. */
    static SitePage paperWithMath() {
        return SitePage.of("a paper with math", folder(firstPaper(html -> html.contains("class=\"math")
                && !Jsoup.parse(html).select(".paper-head h1 .math, .abstract .math").isEmpty())));
    }

    static SitePage paperWithoutMath() {
        return SitePage.of("a paper without math", folder(firstPaper(html -> !html.contains("class=\"math"))));
    }

    private static String firstPaper(Predicate<String> html) {
        SampleSite site = SampleSite.get();
        Optional<String> found = site.files().stream()
                .filter(PAPER.asMatchPredicate())
                .filter(file -> html.test(read(site, file)))
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("the sample digest has no such paper page"));
    }

    private static String first(String regex) {
        return matching(regex).get(0);
    }

    private static String last(String regex) {
        List<String> files = matching(regex);
        return files.get(files.size() - 1);
    }

    private static List<String> matching(String regex) {
        List<String> files = SampleSite.get().files().stream().filter(Pattern.compile(regex).asMatchPredicate()).toList();
        if (files.isEmpty()) {
            throw new AssertionError("the built sample digest has no file matching " + regex);
        }
        return files;
    }

    /** {@code days/2026-02-13/index.html} to {@code days/2026-02-13/}, as a pretty URL names it. */
    private static String folder(String indexFile) {
        return indexFile.substring(0, indexFile.length() - "index.html".length());
    }

    private static String read(SampleSite site, String file) {
        try {
            return Files.readString(site.root().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
