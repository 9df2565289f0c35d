package io.github.paperdigest.sitetests;

import java.net.URI;
import java.util.Locale;

/**
 * Where a URL lies relative to the site under test: inside its base URL (to be fetched), on its origin but
 * outside the base path (a broken link on a project site: GitHub Pages serves another site there), on
 * another origin (external, not fetched), or not an http(s) URL at all ({@code mailto:} and the like).
 */
final class SiteScope {

    enum Kind {
        INSIDE, OUTSIDE_BASE, EXTERNAL, OTHER_SCHEME, INVALID
    }

    private final URI base;

    /** @param base the site's base URL, such as {@code http://127.0.0.1:41234/repo/} */
    SiteScope(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    Kind of(URI target) {
        if (target == null || !target.isAbsolute()) {
            return Kind.INVALID;
        }
        String scheme = target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Kind.OTHER_SCHEME;
        }
        if (target.getHost() == null) {
            return Kind.INVALID;
        }
        if (!scheme.equals(base.getScheme()) || !target.getHost().equalsIgnoreCase(base.getHost())
                || port(target) != port(base)) {
            return Kind.EXTERNAL;
        }
        String path = target.getPath() == null ? "" : target.getPath();
        // "/repo" is inside too: GitHub Pages redirects it to "/repo/".
        return path.startsWith(base.getPath()) || path.equals(base.getPath().substring(0, base.getPath().length() - 1))
                ? Kind.INSIDE : Kind.OUTSIDE_BASE;
    }

    /** The path of an inside URL relative to the base, percent-decoded, such as {@code papers/2602.02276/}. */
    String relativePath(URI inside) {
        String path = inside.getPath();
        return path.length() < base.getPath().length() ? "" : path.substring(base.getPath().length());
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
