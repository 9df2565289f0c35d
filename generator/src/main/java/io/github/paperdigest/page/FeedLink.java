package io.github.paperdigest.page;

/**
 * A feed a page announces with {@code <link rel="alternate">}.
 *
 * @param title what a feed reader shows for it
 * @param type its media type: {@code application/atom+xml} or {@code application/feed+json}
 * @param url absolute, since feed readers fetch it from outside the site
 */
public record FeedLink(String title, String type, String url) {

    public static final String ATOM = "application/atom+xml";
    public static final String JSON = "application/feed+json";

    /** What a link to it says: "Atom feed" or "JSON Feed". */
    public String format() {
        return type.equals(JSON) ? "JSON Feed" : "Atom feed";
    }
}
