// The search page with JavaScript on. The build wrote this language's index next to the page, in chunks as
// Pagefind does: search.json, the manifest, says how to fold a query and which chunk holds which terms and which
// pages; a query loads the chunks of its words, then those of the pages it shows, and keeps them for the next.
// A query is split into words as the build split the text (ICU word segmentation: Intl.Segmenter) and folded by
// the same steps and the same table, which the manifest carries (fold.txt in the source), so that "فیتسلار"
// finds "فيتسلار" and "strasse" finds "Straße". The last word also matches as a prefix. Pages with all words come
// first, by score; then pages with some of them. Without JavaScript the page says so and leads to the A–Z index.
// No dependencies, nothing from other hosts.
(function () {
  "use strict";

  var MARKS = /[\p{Mn}\p{Cf}]/gu;
  var APOSTROPHES = /['\u2019\u02BC\u200C]/;
  var LETTER = /[\p{L}\p{N}]/u;
  /**
   * Chunks of terms one prefix may load. On a large site the terms that begin with "s" fill a tenth of the
   * index: a prefix of one or two letters then matches the terms of its first chunks only, until more is typed.
   */
  var MAX_PREFIX_CHUNKS = 3;

  /**
   * The search over one language's index (its manifest); also run by node in the tests. {@code get(file)}
   * loads a file of the index's folder and gives a promise of its JSON.
   */
  function Engine(index, locale, get) {
    if (index.version !== 2) {
      throw new Error("search index version " + index.version);
    }
    this.count = index.count;
    this.termChunks = index.terms;
    this.docChunks = index.docs;
    this.fold = index.fold;
    this.languages = index.languages || {};
    this.get = get;
    this.loaded = {};
    this.segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter(locale || index.language, { granularity: "word" }) : null;
    this.sentenceSegmenter = typeof Intl !== "undefined" && Intl.Segmenter
      ? new Intl.Segmenter(locale || index.language, { granularity: "sentence" }) : null;
  }

  /** Opens the index whose manifest is at {@code address}, loading it and its chunks with {@code fetch}. */
  Engine.open = function (address, locale, fetch) {
    var folder = address.slice(0, address.lastIndexOf("/") + 1);
    function get(file, fresh) {
      // The manifest is checked with the server every time: a cached one could name chunks a new build has
      // deleted. A chunk's name changes with its content, so a cached chunk is always the right one.
      return fetch(folder + file, fresh ? { cache: "no-cache" } : {}).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + " " + file);
        }
        return response.json();
      });
    }
    return get(address.slice(folder.length), true).then(function (index) {
      return new Engine(index, locale, get);
    });
  };

  /**
   * Opens the index from disk (the offline pack, opened from file://), where a script may not request files: the pack
   * carries each file of the index a second time as a script, {@code <file>.js}, that hands it to
   * window.mosaikSearchFile.
   */
  Engine.openScripts = function (address, locale) {
    var folder = address.slice(0, address.lastIndexOf("/") + 1);
    var waiting = {};
    window.mosaikSearchFile = function (file, data) {
      if (waiting[file]) {
        waiting[file](data);
        delete waiting[file];
      }
    };
    function get(file) {
      return new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        waiting[file] = resolve;
        script.onerror = function () {
          delete waiting[file];
          reject(new Error("cannot load " + file));
        };
        script.src = folder + file + ".js";
        document.head.appendChild(script);
      });
    }
    return get(address.slice(folder.length)).then(function (index) {
      return new Engine(index, locale, get);
    });
  };

  /** A chunk of the index, loaded once; one that failed to load is tried again by the next query. */
  Engine.prototype.chunk = function (file) {
    var loaded = this.loaded;
    if (!loaded[file]) {
      loaded[file] = this.get(file).catch(function (error) {
        delete loaded[file];
        throw error;
      });
    }
    return loaded[file];
  };

  /** The number of the chunk of {@code chunks} (sorted by first key) whose range holds {@code key}; -1 when there are none. */
  function chunkOf(chunks, key) {
    var low = 0;
    var high = chunks.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (chunks[middle][0] <= key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return chunks.length === 0 ? -1 : Math.max(0, low - 1);
  }

  /**
   * The chunks of terms that can hold {@code word} or, as a prefix, a term it begins: those whose range meets
   * [word, word + U+FFFF] (terms are in JavaScript's string order, which is Java's), at most MAX_PREFIX_CHUNKS.
   */
  Engine.prototype.termFiles = function (word, prefix) {
    var chunks = this.termChunks;
    var from = chunkOf(chunks, word);
    var to = prefix ? Math.min(chunkOf(chunks, word + "\uffff"), from + MAX_PREFIX_CHUNKS - 1) : from;
    var files = [];
    for (var i = Math.max(from, 0); i <= to; i++) {
      files.push(chunks[i][1]);
    }
    return files;
  };

  /** Steps 1–4 of fold.txt: NFKD, drop nonspacing marks and format characters, lower case, the table. */
  Engine.prototype.normalise = function (word) {
    var lower = word.normalize("NFKD").replace(MARKS, "").toLowerCase();
    var out = "";
    for (var ch of lower) {
      out += Object.prototype.hasOwnProperty.call(this.fold, ch) ? this.fold[ch] : ch;
    }
    return out;
  };

  /** The words of a text with their offsets, as ICU splits them (a plain letter run where Intl.Segmenter is missing). */
  Engine.prototype.words = function (text) {
    var words = [];
    if (this.segmenter) {
      for (var segment of this.segmenter.segment(text)) {
        if (segment.isWordLike) {
          words.push({ text: segment.segment, start: segment.index });
        }
      }
      return words;
    }
    var pattern = /[\p{L}\p{N}\p{M}\p{Cf}'\u2019\u02BC]+/gu;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      words.push({ text: match[0], start: match.index });
    }
    return words;
  };

  /** The query's folded words, each once; the last one is a prefix unless the query ends with a space. */
  Engine.prototype.parse = function (query) {
    var self = this;
    var words = [];
    this.words(query).forEach(function (w) {
      var term = self.normalise(w.text).replace(/'/g, "");
      if (LETTER.test(term) && words.indexOf(term) < 0) {
        words.push(term);
      }
    });
    return { words: words, prefix: words.length > 0 && !/\s$/.test(query) };
  };

  /**
   * Index entries of {@code word} in {@code chunks} (the loaded chunks of its range, in order): the exact term,
   * and with {@code prefix} every term it begins, weighed by how much of it was typed.
   */
  Engine.prototype.lookup = function (word, prefix, chunks) {
    var found = [];
    chunks.forEach(function (terms) {
      var low = 0;
      var high = terms.length;
      while (low < high) {
        var middle = (low + high) >>> 1;
        if (terms[middle][0] < word) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      for (var i = low; i < terms.length && terms[i][0].lastIndexOf(word, 0) === 0; i++) {
        var term = terms[i][0];
        if (term === word) {
          found.push({ entry: terms[i], factor: 1 });
        } else if (prefix) {
          found.push({ entry: terms[i], factor: 0.5 + 0.5 * word.length / term.length });
        } else {
          break;
        }
      }
    });
    return found;
  };

  /**
   * A promise of the pages for a query: {@code all} contain every word, {@code partial} only some; each by score
   * (the build's weighted term frequency, a little lower for untranslated pages, times the term's rarity). Loads
   * the chunks of terms the query's words need.
   */
  Engine.prototype.search = function (query) {
    var self = this;
    var parsed = this.parse(query);
    var last = parsed.words.length - 1;
    return Promise.all(parsed.words.map(function (word, n) {
      return Promise.all(self.termFiles(word, parsed.prefix && n === last).map(function (file) {
        return self.chunk(file);
      }));
    })).then(function (chunksOfWords) {
      return self.rank(parsed, chunksOfWords);
    });
  };

  /** The search, once the chunks of every word ({@code chunksOfWords}, in the order of the words) are loaded. */
  Engine.prototype.rank = function (parsed, chunksOfWords) {
    var self = this;
    var byDoc = {};
    var count = this.count;
    parsed.words.forEach(function (word, n) {
      var best = {};
      self.lookup(word, parsed.prefix && n === parsed.words.length - 1, chunksOfWords[n]).forEach(function (match) {
        var entry = match.entry;
        var rarity = Math.log(1 + count / ((entry.length - 1) / 2));
        for (var k = 1; k < entry.length; k += 2) {
          var score = entry[k + 1] * rarity * match.factor;
          if (!(best[entry[k]] >= score)) {
            best[entry[k]] = score;
          }
        }
      });
      Object.keys(best).forEach(function (doc) {
        var result = byDoc[doc] || (byDoc[doc] = { doc: Number(doc), score: 0, matched: 0 });
        result.score += best[doc];
        result.matched++;
      });
    });
    var results = Object.keys(byDoc).map(function (doc) {
      return byDoc[doc];
    });
    results.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.doc - b.doc; });
    var wanted = parsed.words.length;
    return {
      words: parsed.words,
      prefix: parsed.prefix,
      all: results.filter(function (r) { return r.matched === wanted; }),
      partial: results.filter(function (r) { return r.matched < wanted; })
    };
  };

  /**
   * A promise of the pages of {@code results}, in their order (address {@code u}, title {@code t}, section
   * {@code s}, language {@code l} if untranslated, text {@code x} one block a line, key facts {@code f} one a
   * line), loading the chunks that hold them.
   */
  Engine.prototype.documents = function (results) {
    var self = this;
    var chunks = this.docChunks;
    var numbers = [];
    results.forEach(function (result) {
      var n = chunkOf(chunks, result.doc);
      if (numbers.indexOf(n) < 0) {
        numbers.push(n);
      }
    });
    return Promise.all(numbers.map(function (n) {
      return self.chunk(chunks[n][1]);
    })).then(function (loaded) {
      return results.map(function (result) {
        var n = chunkOf(chunks, result.doc);
        return loaded[numbers.indexOf(n)][result.doc - chunks[n][0]];
      });
    });
  };

  /** Whether a word of the text is one the reader asked for (or, for the last query word, begins with it). */
  Engine.prototype.hits = function (word, parsed) {
    var self = this;
    var pieces = [word];
    var parts = word.split(APOSTROPHES);
    if (parts.length > 1) {
      pieces = pieces.concat(parts);
    }
    var forms = [];
    pieces.forEach(function (piece) {
      forms.push(self.normalise(piece).replace(/'/g, ""));
      var lower = piece.normalize("NFC").toLowerCase();
      if (/[äöü]/.test(lower)) {
        // The index also holds German umlauts spelt out (Büro as buero): mark the word for that query too.
        forms.push(self.normalise(lower.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue")).replace(/'/g, ""));
      }
    });
    var last = parsed.words.length - 1;
    return forms.some(function (form) {
      return parsed.words.some(function (w, n) {
        return form === w || (parsed.prefix && n === last && form.lastIndexOf(w, 0) === 0);
      });
    });
  };

  /**
   * A piece of {@code text} of about {@code length} characters around the most hits, as runs of plain and marked
   * text; the start of the text when nothing in it matches (the hit was in a tag or a fact).
   */
  Engine.prototype.snippet = function (text, parsed, length) {
    var self = this;
    var hits = this.words(text).filter(function (w) { return self.hits(w.text, parsed); })
      .map(function (w) { return { start: w.start, end: w.start + w.text.length }; });
    var start = 0;
    if (text.length > length && hits.length > 0) {
      var bestCount = -1;
      var bestHit = null;
      hits.forEach(function (hit) {
        var from = Math.max(0, hit.start - Math.floor(length / 5));
        var inside = hits.filter(function (h) { return h.start >= from && h.end <= from + length; }).length;
        if (inside > bestCount) {
          bestCount = inside;
          bestHit = hit;
          start = from;
        }
      });
      var space = text.indexOf(" ", start);
      if (start > 0 && space >= 0 && space < bestHit.start) {
        start = space + 1; // begin with a whole word
      }
    }
    var end = Math.min(text.length, start + length);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      end = cut > start ? cut : end;
    }
    var runs = [];
    var at = start;
    hits.forEach(function (hit) {
      if (hit.start >= at && hit.end <= end) {
        if (hit.start > at) {
          runs.push({ text: text.slice(at, hit.start), mark: false });
        }
        runs.push({ text: text.slice(hit.start, hit.end), mark: true });
        at = hit.end;
      }
    });
    if (at < end) {
      runs.push({ text: text.slice(at, end), mark: false });
    }
    return { runs: runs, before: start > 0, after: end < text.length };
  };

  /** The sentences of a text (one block a line, as the build wrote it), each with its offset. */
  Engine.prototype.sentences = function (text) {
    var out = [];
    var at = 0;
    var sentenceSegmenter = this.sentenceSegmenter;
    text.split("\n").forEach(function (line) {
      if (sentenceSegmenter) {
        for (var segment of sentenceSegmenter.segment(line)) {
          out.push({ text: segment.segment.trim(), start: at + segment.index });
        }
      } else {
        var pattern = /[^.!?\u061F\u06D4]+(?:[.!?\u061F\u06D4]+|$)\s*/g;
        var match;
        while ((match = pattern.exec(line)) !== null && match[0].length > 0) {
          out.push({ text: match[0].trim(), start: at + match.index });
        }
      }
      at += line.length + 1;
    });
    return out.filter(function (sentence) { return sentence.text.length > 0; });
  };

  /**
   * What a result shows under its title, as runs of plain and marked text: the sentence of the page's text with
   * the most hits (cut to about {@code length} characters around them if it is longer); where only key facts
   * matched (an address, a provider), those facts, each whole; where nothing in either matched (the hit was in
   * the title or a tag), the page's first sentence. {@code before} and {@code after} say whether text was cut.
   */
  Engine.prototype.excerpt = function (doc, parsed, length) {
    var self = this;
    var count = function (text) {
      return self.words(text).filter(function (w) { return self.hits(w.text, parsed); }).length;
    };
    var best = null;
    var bestHits = 0;
    this.sentences(doc.x || "").forEach(function (sentence) {
      var hits = count(sentence.text);
      if (hits > bestHits) {
        best = sentence;
        bestHits = hits;
      }
    });
    if (!best && doc.f) {
      var facts = doc.f.split("\n").filter(function (fact) { return count(fact) > 0; }).slice(0, 2);
      if (facts.length > 0) {
        var runs = [];
        facts.forEach(function (fact, n) {
          if (n > 0) {
            runs.push({ text: " · ", mark: false });
          }
          runs = runs.concat(self.snippet(fact, parsed, fact.length).runs);
        });
        return { runs: runs, before: false, after: false };
      }
    }
    if (!best) {
      var first = this.sentences(doc.x || "")[0];
      if (!first) {
        return { runs: [], before: false, after: false };
      }
      var start = this.snippet(first.text, parsed, length);
      return { runs: start.runs, before: false, after: start.after };
    }
    return this.snippet(best.text, parsed, length);
  };

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { Engine: Engine };
  }
  if (typeof document === "undefined") {
    return;
  }

  // The page.
  var form = document.querySelector(".search-form");
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var output = document.querySelector(".search-results");
  var noScript = document.querySelector(".search-nojs");
  var locale = form.getAttribute("data-locale");
  var countForms = JSON.parse(form.getAttribute("data-count"));
  var limit = Number(form.getAttribute("data-limit"));
  // In the offline pack: the pages' addresses, relative to this page's folder (the index names them from the site's root).
  var packRoot = form.getAttribute("data-pack-root");
  var packBase = form.getAttribute("data-pack-base");

  function pageHref(address) {
    if (packRoot === null || address.indexOf(packBase) !== 0) {
      return address;
    }
    var path = address.slice(packBase.length);
    var cut = path.search(/[?#]/);
    var rest = cut < 0 ? "" : path.slice(cut);
    path = cut < 0 ? path : path.slice(0, cut);
    if (path === "" || path.slice(-1) === "/") {
      path += "index.html";
    }
    return packRoot + path + rest;
  }
  var plural = new Intl.PluralRules(locale);
  var number = new Intl.NumberFormat(locale);
  var engine = null;
  var timer = null;
  var slow = null;
  var runs = 0;
  form.hidden = false;
  if (noScript) {
    noScript.hidden = true;
  }

  function countText(n, query) {
    var text = countForms["=" + n] || countForms[plural.select(n)] || countForms.other;
    return text.replace(/\{#\}/g, number.format(n)).replace(/\{query\}/g, query);
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function appendRuns(parent, runs) {
    runs.forEach(function (run) {
      parent.appendChild(run.mark ? element("mark", null, run.text) : document.createTextNode(run.text));
    });
  }

  function item(doc, parsed) {
    var li = element("li", "search-result");
    var language = doc.l ? engine.languages[doc.l] : null;
    var heading = element("h2");
    var link = element("a");
    link.href = pageHref(doc.u);
    appendRuns(link, engine.snippet(doc.t, parsed, doc.t.length).runs);
    heading.appendChild(link);
    var meta = element("p", "search-meta");
    if (doc.s) {
      meta.appendChild(element("span", "search-section", doc.s));
    }
    if (language) {
      // Written in another language (an untranslated page): the text says so, the badge is in the reader's.
      li.lang = language.lang;
      li.dir = language.dir;
      heading.lang = language.lang;
      var badge = element("span", "badge untranslated", language.name);
      badge.lang = document.documentElement.lang;
      badge.dir = document.documentElement.dir;
      meta.appendChild(badge);
      meta.lang = document.documentElement.lang;
      meta.dir = document.documentElement.dir;
    }
    li.appendChild(heading);
    if (meta.childNodes.length > 0) {
      li.appendChild(meta);
    }
    var piece = engine.excerpt(doc, parsed, 220);
    var snippet = element("p", "search-snippet");
    if (piece.before) {
      snippet.appendChild(document.createTextNode("… "));
    }
    appendRuns(snippet, piece.runs);
    if (piece.after) {
      snippet.appendChild(document.createTextNode(" …"));
    }
    li.appendChild(snippet);
    return li;
  }

  /** Shows the results of {@code query}: the count, the pages with every word, then those with some. */
  function show(found, query, docs) {
    output.textContent = "";
    // The count is of pages with every word; pages with some of them follow under their own heading.
    var total = found.all.length + found.partial.length;
    status.textContent = countText(found.all.length, query) + (total > limit ? " " + form.getAttribute("data-limited") : "");
    var shown = 0;
    [found.all, found.partial].forEach(function (results, group) {
      if (results.length === 0 || shown >= limit) {
        return;
      }
      if (group === 1) {
        output.appendChild(element("p", "search-partial", form.getAttribute("data-partial")));
      }
      var list = element("ol", "search-list");
      results.slice(0, limit - shown).forEach(function (result, n) {
        list.appendChild(item(docs[shown + n], found));
      });
      shown += list.childNodes.length;
      output.appendChild(list);
    });
  }

  /**
   * Searches for what the field holds. The chunks a query needs may take a moment to load: the newest query
   * wins, and a slow load says so after a while (at once would only flicker on a fast connection).
   */
  function run() {
    if (!engine) {
      return;
    }
    var query = input.value.trim();
    var current = ++runs;
    window.clearTimeout(slow);
    if (!query) {
      output.textContent = "";
      status.textContent = "";
      return;
    }
    slow = window.setTimeout(function () {
      status.textContent = form.getAttribute("data-loading");
    }, 400);
    engine.search(input.value).then(function (found) {
      return engine.documents(found.all.concat(found.partial).slice(0, limit)).then(function (docs) {
        if (current === runs) {
          window.clearTimeout(slow);
          show(found, query, docs);
        }
      });
    }).catch(function () {
      if (current === runs) {
        window.clearTimeout(slow);
        output.textContent = "";
        status.textContent = form.getAttribute("data-failed");
      }
    });
  }

  function remember() {
    var query = input.value.trim();
    var url = window.location.pathname + (query ? "?q=" + encodeURIComponent(query) : "");
    try {
      window.history.replaceState(null, "", url);
    } catch (e) { /* a reload then shows the old query */ }
  }

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
  }
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { remember(); run(); }, 250);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    remember();
    run();
  });
  status.textContent = form.getAttribute("data-loading");
  (location.protocol === "file:" ? Engine.openScripts(form.getAttribute("data-index"), locale)
    : Engine.open(form.getAttribute("data-index"), locale, window.fetch.bind(window))).then(function (opened) {
    engine = opened;
    status.textContent = "";
    run();
  }).catch(function () {
    status.textContent = form.getAttribute("data-failed");
  });
})();
