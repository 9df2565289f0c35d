package io.github.paperdigest.sitetests;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A reference from one fetched resource to another: as written in it, and resolved against the address it
 * was fetched from (or its {@code <base>}).
 *
 * @param from the resource that holds the reference
 * @param written the reference as written, such as {@code ../authors/ada/#top}
 * @param target the absolute URL it resolves to, fragment included; null when it is no valid URL
 */
record Link(URI from, String written, URI target) {

    /** Resolves {@code written} as a browser would, against {@code base}. */
    static Link resolve(URI from, URI base, String written) {
        String reference = written.strip();
        try {
            // java.net.URI resolves an empty reference to the base's folder; RFC 3986 (and a browser) to the base.
            URI target = reference.isEmpty() ? base : base.resolve(new URI(reference));
            return new Link(from, written, target);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Link(from, written, null);
        }
    }

    /** The target without its fragment: the resource to fetch. */
    URI resource() {
        return withoutFragment(target);
    }

    /** The fragment, percent-decoded, or null when the target has none (or an empty one). */
    String fragment() {
        String fragment = target.getFragment();
        return fragment == null || fragment.isEmpty() ? null : fragment;
    }

    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }
}
