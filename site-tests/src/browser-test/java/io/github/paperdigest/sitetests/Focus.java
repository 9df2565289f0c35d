package io.github.paperdigest.sitetests;

import java.util.Map;

/**
 * The element that has the keyboard focus, as a reader sees it: where it is on screen, and the outline that shows
 * the focus there.
 */
record Focus(String html, boolean insideMain, String outlineStyle, double outlineWidth, boolean onScreen) {

    private static final String READ = """
            var element = document.activeElement;
            var style = getComputedStyle(element);
            var box = element.getBoundingClientRect();
            // The viewport without its scroll bar; a pixel to spare, since scrolling into view rounds.
            var width = document.documentElement.clientWidth + 1;
            var height = document.documentElement.clientHeight + 1;
            return {
              html: element === document.body ? 'body' : element.outerHTML.slice(0, 160),
              insideMain: document.querySelector('main').contains(element),
              outlineStyle: style.outlineStyle,
              outlineWidth: parseFloat(style.outlineWidth) || 0,
              onScreen: box.width > 0 && box.height > 0 && box.left >= -1 && box.top >= -1
                  && box.right <= width && box.bottom <= height
            };
            """;

    static Focus of(Browser browser) {
        Map<?, ?> focus = (Map<?, ?>) browser.script(READ);
        return new Focus((String) focus.get("html"), (Boolean) focus.get("insideMain"),
                (String) focus.get("outlineStyle"), ((Number) focus.get("outlineWidth")).doubleValue(),
                (Boolean) focus.get("onScreen"));
    }

    boolean onBody() {
        return html.equals("body");
    }

    /** An outline a reader can see: a style other than none, at least a pixel wide. */
    boolean outlined() {
        return !outlineStyle.equals("none") && outlineWidth >= 1;
    }
}
