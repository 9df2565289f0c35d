package io.github.paperdigest.internal.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * Every URL of the site, decided here and nowhere else. Paths are relative to the site's base path
 * and end in {@code /} (pretty URLs: a folder with an {@code index.html}); templates prefix them
 * with the base path.
 */
public final class UrlScheme {

    public static final String HOME = "";
    public static final String ARCHIVE = "archive/";
    public static final String AUTHORS = "authors/";
    public static final String TOPICS = "topics/";
    public static final String ORGANIZATIONS = "orgs/";
    public static final String NOT_FOUND = "404.html";
    public static final String NO_JEKYLL = ".nojekyll";
    /** What each file of the site was made from, for the next build; see {@code ManifestFile}. */
    public static final String BUILD_MANIFEST = ".paper-digest-manifest.json.gz";
    public static final String ATOM_FEED = "feed.xml";
    public static final String JSON_FEED = "feed.json";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String CNAME = "CNAME";
    public static final String BIBTEX = "cite.bib";
    public static final String SEARCH = "search/";
    /** The search index's manifest, which names its shards and how to link a result. */
    public static final String SEARCH_INDEX = SEARCH + "index.json";

    private UrlScheme() {
    }

    public static String day(LocalDate date) {
        return "days/" + date + "/";
    }

    /** The papers of a day sorted by their arXiv date instead of by upvotes. */
    public static String dayByArxivDate(LocalDate date) {
        return day(date) + "by-arxiv-date/";
    }

    /** The ISO week a day falls in, by its ISO name: {@code weeks/2026-W06/}. */
    public static String week(LocalDate day) {
        return "weeks/" + weekLabel(day) + "/";
    }

    /** ISO 8601's name of the week a day falls in, such as {@code 2026-W06}. */
    public static String weekLabel(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static String month(YearMonth month) {
        return ARCHIVE + month.getYear() + "/" + String.format("%02d", month.getMonthValue()) + "/";
    }

    public static String paper(String arxivId) {
        return "papers/" + arxivId + "/";
    }

    public static String author(String slug) {
        return AUTHORS + slug + "/";
    }

    public static String topic(String slug) {
        return TOPICS + slug + "/";
    }

    public static String organization(String slug) {
        return ORGANIZATIONS + slug + "/";
    }

    /** Page {@code number} (from 1) of a paginated list whose first page is at {@code listPath}. */
    public static String pageOf(String listPath, int number) {
        return number == 1 ? listPath : listPath + "page/" + number + "/";
    }

    /** The Atom feed of a list: {@code feed.xml} beside the list's first page. */
    public static String feedOf(String listPath) {
        return listPath + ATOM_FEED;
    }

    /**
     * The BibTeX of a page's papers: {@code cite.bib} beside it, such as {@code papers/2602.02493/cite.bib}
     * for a paper, or {@code authors/<slug>/cite.bib} for all of an author's papers.
     */
    public static String bibtexOf(String pagePath) {
        return pagePath + BIBTEX;
    }

    /** Part {@code number} (from 1) of a sitemap too long for one file; {@link #SITEMAP} then indexes the parts. */
    public static String sitemapPart(int number) {
        return "sitemap-" + number + ".xml";
    }

    /** Shard {@code number} (from 1) of the search index, beside its manifest. */
    public static String searchShard(int number) {
        return SEARCH + "papers-" + number + ".json";
    }

    /** The file a path is written to: a folder's {@code index.html}, or the file itself. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
