/*
 * Typesets the math of a page with KaTeX (assets/katex/, loaded before this script, both deferred).
 * The generator wraps each math span in <span class="math"> (display math: class "math math-display"),
 * delimiters included, so that the TeX stays readable without JavaScript. Each span holds exactly one
 * formula, so it is rendered directly rather than searched for delimiters again.
 */
(function () {
  "use strict";
  if (typeof katex === "undefined") {
    return;
  }
  var delimiters = [["$$", "$$"], ["\\[", "\\]"], ["\\(", "\\)"], ["$", "$"]];
  document.querySelectorAll("span.math").forEach(function (span) {
    var source = span.textContent;
    for (var i = 0; i < delimiters.length; i++) {
      var open = delimiters[i][0];
      var close = delimiters[i][1];
      if (source.length >= open.length + close.length && source.indexOf(open) === 0
          && source.lastIndexOf(close) === source.length - close.length) {
        var tex = source.slice(open.length, source.length - close.length);
        katex.render(tex, span, {
          displayMode: span.classList.contains("math-display"),
          throwOnError: false
        });
        return;
      }
    }
  });
})();
