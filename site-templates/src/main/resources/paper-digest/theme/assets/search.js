/*
 * The search page. It loads the search index (search/index.json, which names its shards), looks up every
 * word of the query in the papers' titles, authors and topics (and abstracts, when the site's index has
 * them), and shows the papers that match all the words as cards, best match first and, among equal
 * matches, most upvoted first. A query word matches a paper's word exactly, as its beginning (so results
 * come while typing), or, from four letters on, with one typo: a letter added, missing, wrong, or two
 * swapped. The query lives in the URL (?q=), so a search can be linked. Text goes into the page as text,
 * never as HTML.
 */
(function () {
  "use strict";
  var input = document.getElementById("site-search-query");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  var template = document.getElementById("search-result");
  if (!input || !list || !status || !more || !template) {
    return;
  }

  var INDEX_FORMAT = 1;
  var PAGE_SIZE = 25;
  var CARD_AUTHORS = 3;
  var CARD_TOPICS = 4;
  var TYPO_FROM_LENGTH = 4;
  var KIND_WEIGHT = { exact: 3, prefix: 2, typo: 1 };
  // By field number: title, authors, topics, abstract.
  var FIELD_WEIGHT = [3, 3, 2, 1];
  var base = list.getAttribute("data-base");
  var pageTitle = document.title;
  var hint = status.textContent;
  var dates = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  var index = null;
  var shown = [];

  /* Lower case, accents dropped (so "muller" finds "Müller"), split at anything but letters and digits. */
  function words(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /* Whether two different words are one edit apart: a letter added, missing, wrong, or two swapped. */
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1) {
      return false;
    }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
      i++;
    }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function Index(manifest, shards) {
    var at = {};
    manifest.fields.forEach(function (name, position) { at[name] = position; });
    var papers = [];
    var postings = new Map();
    function add(doc, field, text) {
      var code = doc * 4 + field;
      words(text).forEach(function (word) {
        var docs = postings.get(word);
        if (!docs) {
          postings.set(word, docs = []);
        }
        if (docs[docs.length - 1] !== code) {
          docs.push(code);
        }
      });
    }
    shards.forEach(function (rows) {
      rows.forEach(function (row) {
        var paper = {
          id: row[at.id], title: row[at.title], authors: row[at.authors], topics: row[at.topics],
          day: row[at.day], upvotes: row[at.upvotes], abstract: at.abstract === undefined ? null : row[at.abstract]
        };
        var doc = papers.push(paper) - 1;
        add(doc, 0, paper.title);
        paper.authors.forEach(function (author) { add(doc, 1, author); });
        paper.topics.forEach(function (topic) { add(doc, 2, topic); });
        if (paper.abstract) {
          add(doc, 3, paper.abstract);
        }
      });
    });
    this.papers = papers;
    this.postings = postings;
    this.vocabulary = Array.from(postings.keys()).sort();
    this.paperPath = manifest.paperPath;
  }

  /* The index's words a query word matches, each with how: exact, prefix or typo. */
  Index.prototype.matches = function (word) {
    var vocabulary = this.vocabulary;
    var found = [];
    var low = 0;
    var high = vocabulary.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (vocabulary[middle] < word) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (var i = low; i < vocabulary.length && vocabulary[i].lastIndexOf(word, 0) === 0; i++) {
      found.push({ word: vocabulary[i], kind: vocabulary[i] === word ? "exact" : "prefix" });
    }
    if (word.length >= TYPO_FROM_LENGTH) {
      vocabulary.forEach(function (candidate) {
        if (candidate.lastIndexOf(word, 0) !== 0 && oneEditApart(word, candidate)) {
          found.push({ word: candidate, kind: "typo" });
        }
      });
    }
    return found;
  };

  /* The papers that match every word of the query, best first. */
  Index.prototype.search = function (query) {
    var self = this;
    var scores = null;
    var queryWords = Array.from(new Set(words(query)));
    for (var w = 0; w < queryWords.length && (scores === null || scores.size > 0); w++) {
      var best = new Map();
      self.matches(queryWords[w]).forEach(function (match) {
        self.postings.get(match.word).forEach(function (code) {
          var score = KIND_WEIGHT[match.kind] * FIELD_WEIGHT[code & 3];
          var doc = code >> 2;
          if ((best.get(doc) || 0) < score) {
            best.set(doc, score);
          }
        });
      });
      if (scores === null) {
        scores = best;
      } else {
        var both = new Map();
        scores.forEach(function (score, doc) {
          if (best.has(doc)) {
            both.set(doc, score + best.get(doc));
          }
        });
        scores = both;
      }
    }
    return Array.from(scores || [], function (entry) {
      return { paper: self.papers[entry[0]], score: entry[1] };
    }).sort(function (a, b) {
      return b.score - a.score || b.paper.upvotes - a.paper.upvotes
        || b.paper.day.localeCompare(a.paper.day) || a.paper.id.localeCompare(b.paper.id);
    }).map(function (result) { return result.paper; });
  };

  function slot(card, name) {
    return card.querySelector('[data-slot="' + name + '"]');
  }

  function card(paper) {
    var item = template.content.querySelector("li").cloneNode(true);
    slot(item, "upvotes").textContent = String(paper.upvotes);
    var link = slot(item, "title");
    link.textContent = paper.title;
    link.href = base + index.paperPath.replace("{id}", paper.id);
    var authors = paper.authors.slice(0, CARD_AUTHORS).join(", ");
    slot(item, "authors").textContent = paper.authors.length > CARD_AUTHORS
      ? authors + " · " + paper.authors.length + " authors" : authors;
    var day = slot(item, "day");
    day.dateTime = paper.day;
    day.textContent = dates.format(new Date(paper.day + "T00:00:00Z"));
    var abstract = slot(item, "abstract");
    if (paper.abstract) {
      abstract.textContent = paper.abstract.length > 300 ? paper.abstract.slice(0, 300) + "…" : paper.abstract;
    } else {
      abstract.remove();
    }
    var topics = slot(item, "topics");
    paper.topics.slice(0, CARD_TOPICS).forEach(function (topic) {
      var chip = document.createElement("li");
      chip.className = "chip";
      chip.textContent = topic;
      topics.appendChild(chip);
    });
    if (paper.topics.length > CARD_TOPICS) {
      var rest = document.createElement("li");
      rest.className = "chip-more";
      rest.textContent = "+" + (paper.topics.length - CARD_TOPICS);
      topics.appendChild(rest);
    }
    if (!paper.topics.length) {
      topics.remove();
    }
    return item;
  }

  /* Shows the next page of results; returns the first new card's link, for the keyboard's focus. */
  function showMore() {
    var first = null;
    shown.splice(0, PAGE_SIZE).forEach(function (paper) {
      var item = card(paper);
      first = first || slot(item, "title");
      list.appendChild(item);
    });
    more.hidden = shown.length === 0;
    return first;
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    window.history.replaceState(null, "", url);
    document.title = query ? query + " · " + pageTitle : pageTitle;
  }

  function run() {
    var query = input.value.trim();
    remember(query);
    if (!index) {
      return;
    }
    list.replaceChildren();
    if (!words(query).length) {
      shown = [];
      more.hidden = true;
      status.textContent = hint;
      return;
    }
    var start = performance.now();
    var found = index.search(query);
    performance.measure("paper-digest:query", { start: start, end: performance.now(), detail: query });
    shown = found.slice();
    showMore();
    status.textContent = found.length === 0 ? "No paper matches “" + query + "”. Check the spelling, or try fewer words."
      : found.length + (found.length === 1 ? " paper matches “" : " papers match “") + query + "”.";
  }

  function fetchJson(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) {
        throw new Error(url + " answered " + response.status);
      }
      return response.json();
    });
  }

  function load() {
    var manifestUrl = new URL(list.getAttribute("data-index"), window.location.href);
    // The manifest is asked again every time; the shards' names change with their content.
    return fetchJson(manifestUrl, { cache: "no-cache" }).then(function (manifest) {
      // A page cached from an older build may meet an index it cannot read.
      if (manifest.format !== INDEX_FORMAT) {
        throw new Error("the index has format " + manifest.format + ", this page reads " + INDEX_FORMAT);
      }
      return Promise.all(manifest.shards.map(function (shard) {
        return fetchJson(new URL(shard, manifestUrl));
      })).then(function (shards) {
        var start = performance.now();
        var built = new Index(manifest, shards);
        performance.measure("paper-digest:index", { start: start, end: performance.now() });
        return built;
      });
    });
  }

  input.value = new URLSearchParams(window.location.search).get("q") || "";
  input.addEventListener("input", run);
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  more.addEventListener("click", function () {
    var first = showMore();
    if (first) {
      first.focus();
    }
  });
  if (!input.value) {
    input.focus();
  } else {
    status.textContent = "Loading the search index…";
  }
  load().then(function (loaded) {
    index = loaded;
    run();
  }, function (error) {
    status.textContent = "The search index could not be loaded (" + error.message + "). Reload the page to try again.";
  });
})();
