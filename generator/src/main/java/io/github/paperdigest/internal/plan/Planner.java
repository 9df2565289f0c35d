package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.catalog.Catalog;
import io.github.paperdigest.internal.catalog.Index;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.load.PageRecord;
import io.github.paperdigest.internal.load.StaticFile;
import io.github.paperdigest.internal.memo.Memo;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.model.Term;
import io.github.paperdigest.page.FeedLink;
import io.github.paperdigest.page.FreePage;
import io.github.paperdigest.page.NotFoundPage;
import io.github.paperdigest.page.Page;
import io.github.paperdigest.page.PaperPage;
import io.github.paperdigest.page.Relations;
import io.github.paperdigest.page.SearchPage;
import io.github.paperdigest.page.Taxonomy;
import io.github.paperdigest.page.TaxonomyPage;
import io.github.paperdigest.page.TermCount;
import io.github.paperdigest.page.TermPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides every page of the site from the catalog; nothing is rendered yet. */
public final class Planner {

    /** The folder the theme's stylesheets and images are published in. */
    private static final String THEME_ASSETS = "assets";

    private final Problems problems;
    private final Memo<PaperCitation.Sources, PaperCitation> madeCitations;
    private final Memo<Paper, String> citationKeyBases;
    private final Memo<TermPapers, Relations> countedRelations;

    public Planner(Problems problems) {
        this(problems, Memo.forgetting(), Memo.forgetting(), Memo.forgetting());
    }

    /**
     * @param madeCitations citations made by earlier builds, by their sources
     * @param citationKeyBases papers' BibTeX keys before collisions are settled, by paper
     * @param countedRelations terms' related terms counted by earlier builds, by the term and its papers
     */
    public Planner(Problems problems, Memo<PaperCitation.Sources, PaperCitation> madeCitations,
            Memo<Paper, String> citationKeyBases, Memo<TermPapers, Relations> countedRelations) {
        this.problems = problems;
        this.madeCitations = madeCitations;
        this.citationKeyBases = citationKeyBases;
        this.countedRelations = countedRelations;
    }

    public SitePlan plan(Catalog catalog) {
        List<Page> pages = new ArrayList<>();
        FeedPlanner feeds = new FeedPlanner(catalog.site());
        List<FeedLink> siteFeeds = feeds.planSiteFeed(catalog.days());
        CitationPlanner citations = new CitationPlanner(catalog.site(), catalog.papers(), madeCitations,
                citationKeyBases);
        int perPage = catalog.site().itemsPerPage();
        pages.addAll(new CalendarPlanner(catalog.days(), perPage).plan(catalog.papers().size()));
        catalog.papers().forEach(paper -> pages.add(new PaperPage(paper.path(), paper, citations.citationOf(paper))));
        TermPlanners terms = new TermPlanners(feeds, citations, perPage);
        addTaxonomy(pages, terms, Taxonomy.AUTHORS, UrlScheme.AUTHORS, catalog.authors());
        addTaxonomy(pages, terms, Taxonomy.TOPICS, UrlScheme.TOPICS, catalog.topics());
        addTaxonomy(pages, terms, Taxonomy.ORGANIZATIONS, UrlScheme.ORGANIZATIONS, catalog.organizations());
        catalog.pages().forEach(page -> pages.add(new FreePage(page.path(), page.title(), page.html())));
        pages.add(new SearchPage(UrlScheme.SEARCH, UrlScheme.SEARCH_INDEX));
        pages.add(new NotFoundPage(UrlScheme.NOT_FOUND));

        SearchIndex search = SearchIndex.of(catalog.papers(), catalog.site().searchAbstracts());

        checkForCollisions(pages, catalog.pages(), catalog.staticFiles());
        checkStaticFiles(catalog.staticFiles(), catalog.site(), feeds.feeds(), citations.bibliographies(), search);
        return new SitePlan(pages, navigation(catalog.pages()), catalog.staticFiles(), feeds.feeds(), siteFeeds,
                new SitemapPlanner(catalog).sitemap(pages), citations.bibliographies(), search);
    }

    /** What a term's pages plan beside themselves: its feed and its BibTeX. */
    private record TermPlanners(FeedPlanner feeds, CitationPlanner citations, int perPage) {
    }

    private <T extends Term> void addTaxonomy(List<Page> pages, TermPlanners planners, Taxonomy taxonomy,
            String path, Index<T> index) {
        List<TermCount> counts = new ArrayList<>();
        // Counting co-occurrences is most of a taxonomy's planning, and each term's are its own: every core.
        List<Relations> related = index.keys().parallelStream()
                .map(term -> countedRelations.get(new TermPapers(term, index.papersOf(term)), TermPapers::relations))
                .toList();
        int position = 0;
        for (T term : index.keys()) {
            List<Paper> papers = index.papersOf(term);
            counts.add(new TermCount(term, papers.size()));
            FeedLink feed = planners.feeds().planTermFeed(taxonomy, term, papers);
            String bibtex = planners.citations().planTermBibliography(term, papers);
            Relations relations = related.get(position++);
            pages.addAll(Pagination.paginate(term.path(), papers, planners.perPage(), (pagePath, share, pager) ->
                    new TermPage(pagePath, taxonomy, term, share, papers.size(), pager, feed, bibtex, relations)));
        }
        pages.add(new TaxonomyPage(path, taxonomy, counts));
    }

    private static List<NavLink> navigation(List<PageRecord> freePages) {
        List<NavLink> links = new ArrayList<>(List.of(
                new NavLink("Latest", UrlScheme.HOME),
                new NavLink("Archive", UrlScheme.ARCHIVE),
                new NavLink("Topics", UrlScheme.TOPICS),
                new NavLink("Authors", UrlScheme.AUTHORS),
                new NavLink("Organizations", UrlScheme.ORGANIZATIONS)));
        freePages.stream()
                .filter(page -> page.path().indexOf('/') == page.path().length() - 1)
                .forEach(page -> links.add(new NavLink(page.title(), page.path())));
        return links;
    }

    /** Two outputs at one file would overwrite each other: an editor's page or static file must not hide a page. */
    private void checkForCollisions(List<Page> pages, List<PageRecord> freePages, List<StaticFile> staticFiles) {
        Map<String, String> sourceOfFreePage = new HashMap<>();
        freePages.forEach(page -> sourceOfFreePage.put(page.path(), page.file()));
        Map<String, Page> pageAtFile = new HashMap<>();
        for (Page page : pages) {
            Page earlier = pageAtFile.putIfAbsent(UrlScheme.file(page.path()), page);
            if (earlier != null) {
                String source = sourceOfFreePage.getOrDefault(page.path(), "site");
                problems.error(source, 0, 0, "two pages would be published at /" + page.path() + " (a "
                        + describe(earlier) + " and a " + describe(page) + "); rename one");
            }
        }
        Set<String> folders = foldersOf(pageAtFile.keySet());
        folders.add(THEME_ASSETS);
        for (StaticFile file : staticFiles) {
            if (pageAtFile.containsKey(file.path()) || file.path().equals(UrlScheme.NO_JEKYLL)) {
                problems.error("static/" + file.path(), 0, 0,
                        "this file would replace a generated page at /" + file.path() + "; rename it");
            } else if (folders.contains(file.path())) {
                problems.error("static/" + file.path(), 0, 0, "this file has the name of a folder of generated "
                        + "pages or assets, /" + file.path() + "/; rename it");
            }
        }
    }

    /**
     * A static file must not replace a feed, a BibTeX file, the search index or the sitemap; {@code robots.txt}
     * it may replace. The custom domain is given once, in {@code site.yaml} or as {@code static/CNAME}.
     */
    private void checkStaticFiles(List<StaticFile> staticFiles, Site site, List<Feed> feeds,
            List<Bibliography> bibliographies, SearchIndex search) {
        Set<String> generated = new HashSet<>();
        bibliographies.forEach(bibliography -> generated.add(bibliography.path()));
        generated.add(UrlScheme.SEARCH_INDEX);
        for (int shard = 1; shard <= search.shards().size(); shard++) {
            generated.add(UrlScheme.searchShard(shard));
        }
        for (Feed feed : feeds) {
            generated.add(feed.path());
            if (feed.jsonPath() != null) {
                generated.add(feed.jsonPath());
            }
        }
        if (site.baseUrl() != null) {
            generated.add(UrlScheme.SITEMAP);
        }
        generated.add(UrlScheme.BUILD_MANIFEST);
        for (StaticFile file : staticFiles) {
            if (file.path().equals(UrlScheme.CNAME) && site.domain() != null) {
                problems.error("static/" + file.path(), 0, 0, "the custom domain is given twice, here and as "
                        + "`domain` in site.yaml; keep one");
            } else if (generated.contains(file.path())) {
                problems.error("static/" + file.path(), 0, 0,
                        "this file would replace the generated /" + file.path() + "; rename it");
            }
        }
    }

    /** Every folder that holds a generated file, such as {@code days} and {@code days/2026-02-03}. */
    private static Set<String> foldersOf(Set<String> files) {
        Set<String> folders = new HashSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        return folders;
    }

    private static String describe(Page page) {
        return page.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " page";
    }
}
