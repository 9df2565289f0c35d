package io.github.paperdigest.sitetests;

import io.github.paperdigest.sitetests.Crawler.Resource;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a crawl fetched, and the verdict on every link it found: a link inside the site must lead, through
 * any redirects, to a resource that answers 200, and its fragment, if any, to an element of that page.
 */
final class Crawl {

    /** Redirect chains longer than this are reported as broken (GitHub Pages never chains two). */
    private static final int MAX_REDIRECTS = 5;

    private final SiteScope scope;
    private final Map<URI, Resource> fetched;
    private final int levels;
    private final Duration elapsed;
    private final GroupedReport broken = new GroupedReport(50, 5);
    private final GroupedReport redirected = new GroupedReport(20, 3);
    private final Map<SiteScope.Kind, Integer> linksByKind = new EnumMap<>(SiteScope.Kind.class);
    private final Set<URI> externalTargets = new HashSet<>();
    private int fragmentsChecked;

    /** @param stopped whether the crawl stopped at {@link Crawler#MAX_FETCHES} with URLs still to fetch */
    Crawl(SiteScope scope, Map<URI, Resource> fetched, int levels, boolean stopped, Duration elapsed) {
        this.scope = scope;
        this.fetched = fetched;
        this.levels = levels;
        this.elapsed = elapsed;
        if (stopped) {
            broken.add("the crawl stopped after " + fetched.size() + " URLs with more to fetch: links that make new"
                    + " URLs without end?", "(the whole site)");
        }
        for (Resource resource : fetched.values()) {
            for (String problem : resource.problems()) {
                broken.add(resource.uri() + ": " + problem, "(the resource itself)");
            }
            // A redirect's Location is crawled, but judged as part of the links that lead to the redirect.
            if (resource.redirect() == null) {
                resource.links().forEach(this::judge);
            }
        }
    }

    private void judge(Link link) {
        SiteScope.Kind kind = scope.of(link.target());
        linksByKind.merge(kind, 1, Integer::sum);
        String place = where(link.from()) + "  (" + link.written() + ")";
        switch (kind) {
            case INVALID -> broken.add("not a valid URL: " + link.written(), place);
            case OUTSIDE_BASE -> broken.add(
                    link.target() + " — outside the site's base path " + scope.base().getPath(), place);
            case EXTERNAL -> externalTargets.add(link.resource());
            case OTHER_SCHEME -> {
            }
            case INSIDE -> judgeInside(link, place);
        }
    }

    private void judgeInside(Link link, String place) {
        if (link.resource().equals(link.from())) {
            // A reference to the same document, such as "#main": the browser scrolls within the page it shows,
            // whatever its status (the 404 page's skip link, on a missing URL), and fetches nothing.
            judgeFragment(link, fetched.get(link.from()), place);
            return;
        }
        Resource resource = fetched.get(link.resource());
        int hops = 0;
        while (resource != null && resource.redirect() != null && hops < MAX_REDIRECTS) {
            hops++;
            if (hops == 1) {
                redirected.add(link.resource() + " → " + resource.status() + " " + resource.redirect(), place);
            }
            resource = fetched.get(Link.withoutFragment(resource.redirect()));
        }
        String target = link.target().toString();
        if (resource == null) {
            broken.add(target + " — redirects out of the site, or was never fetched", place);
        } else if (resource.redirect() != null) {
            broken.add(target + " — more than " + MAX_REDIRECTS + " redirects", place);
        } else if (resource.status() != 200) {
            broken.add(target + " — answers " + (resource.status() < 0 ? "nothing" : resource.status())
                    + (hops > 0 ? " after " + hops + " redirect(s)" : ""), place);
        } else {
            judgeFragment(link, resource, place);
        }
    }

    private void judgeFragment(Link link, Resource page, String place) {
        if (link.fragment() == null || !page.isHtml()) {
            return;
        }
        fragmentsChecked++;
        // HTML's fragment rules: "top" scrolls to the top of any page; any other must be an element's id.
        if (!page.ids().contains(link.fragment()) && !link.fragment().equalsIgnoreCase("top")) {
            broken.add(link.target() + " — no element with id \"" + link.fragment() + "\" on the page", place);
        }
    }

    private String where(URI page) {
        return scope.base().getPath() + scope.relativePath(page);
    }

    /** Every broken link, grouped by its target and what is wrong with it, with the pages that hold it. */
    GroupedReport broken() {
        return broken;
    }

    /** Links that work only through a redirect, such as a folder without its trailing slash. */
    GroupedReport redirected() {
        return redirected;
    }

    /** Every fetched resource, by URL, in the order fetched. */
    Map<URI, Resource> fetched() {
        return fetched;
    }

    /** The files under the site's folder that the crawl fetched with a 200, such as {@code papers/x/index.html}. */
    Set<String> reachedFiles() {
        Set<String> files = new TreeSet<>();
        for (Resource resource : fetched.values()) {
            if (resource.status() == 200) {
                String path = scope.relativePath(resource.uri());
                files.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            }
        }
        return files;
    }

    int links(SiteScope.Kind kind) {
        return linksByKind.getOrDefault(kind, 0);
    }

    int externalTargets() {
        return externalTargets.size();
    }

    int fragmentsChecked() {
        return fragmentsChecked;
    }

    int levels() {
        return levels;
    }

    Duration elapsed() {
        return elapsed;
    }
}
