package io.github.paperdigest.internal.serve;

import freemarker.template.utility.StringUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a preview adds to the pages it serves: the live reload script, and a page for a site not yet built. */
public final class LivePage {

    /** Where the preview's own files are served; no digest has a folder of that name. */
    public static final String PREFIX = "/__paper-digest/";

    static final String SCRIPT = PREFIX + "live-reload.js";
    static final String STYLESHEET = PREFIX + "live-reload.css";
    public static final String EVENTS = PREFIX + "events";

    private LivePage() {
    }

    /** The page with the script before its closing body tag (or at its end), knowing which build it is. */
    static byte[] withScript(byte[] html, String build) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        int at = end < 0 ? page.length() : end;
        return (page.substring(0, at) + script(build) + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Shown at every address until the site builds once, listing why it did not. */
    static byte[] notBuilt(List<String> problems) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>The site did not build</title>\n<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n"
                + "</head>\n<body>\n<main class=\"paper-digest-not-built\">\n<h1>The site did not build</h1>\n"
                + "<p>Fix these problems and save: the page reloads when the site builds.</p>\n<pre>");
        problems.forEach(problem -> page.append(escape(problem)).append('\n'));
        page.append("</pre>\n</main>\n").append(script("")).append("</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String script(String build) {
        return "<script src=\"" + SCRIPT + "\" data-build=\"" + escape(build) + "\" data-events=\"" + EVENTS
                + "\" data-stylesheet=\"" + STYLESHEET + "\"></script>\n";
    }

    /** Problems quote the content, titles and notes included, so they are text, never markup. */
    private static String escape(String text) {
        return StringUtil.XHTMLEnc(text);
    }
}
