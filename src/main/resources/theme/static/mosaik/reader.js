// Reader aids, with JavaScript on: larger text and high contrast, kept in localStorage only (never a cookie), and
// reading the article aloud with the browser's own speech synthesis, the sentence being read highlighted. Without
// JavaScript the controls stay hidden and the system's settings apply through the stylesheet (text size,
// prefers-contrast, prefers-color-scheme, prefers-reduced-motion).
(function () {
  "use strict";
  var KEY = "mosaik.reader";
  var root = document.documentElement;
  var prefs = load();
  apply();
  // On paper, site-relative links are printed with the site's address before them (site.css, @media print).
  var canonical = document.querySelector('link[rel="canonical"]');
  if (canonical) {
    try { root.style.setProperty("--site-origin", JSON.stringify(new URL(canonical.href).origin)); } catch (e) { /* the path alone */ }
  }

  var tools = document.querySelector(".reader-tools");
  if (!tools) return;
  tools.hidden = false;
  Array.prototype.forEach.call(tools.querySelectorAll("button[data-pref]"), function (button) {
    var name = button.getAttribute("data-pref");
    button.setAttribute("aria-pressed", String(prefs[name]));
    button.addEventListener("click", function () {
      prefs[name] = !prefs[name];
      button.setAttribute("aria-pressed", String(prefs[name]));
      apply();
      try { window.localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* storage blocked: for this page only */ }
    });
  });
  readAloud(tools.querySelector(".read-aloud"));

  function load() {
    var stored = {};
    try { stored = JSON.parse(window.localStorage.getItem(KEY) || "{}") || {}; } catch (e) { /* blocked or garbled */ }
    return { large: stored.large === true, contrast: stored.contrast === true };
  }

  function apply() {
    if (prefs.large) root.setAttribute("data-text", "large"); else root.removeAttribute("data-text");
    if (prefs.contrast) root.setAttribute("data-contrast", "more"); else root.removeAttribute("data-contrast");
  }

  function readAloud(box) {
    if (!box) return;
    var start = box.querySelector(".read-aloud-start");
    var stop = box.querySelector(".read-aloud-stop");
    var none = box.querySelector(".read-aloud-none");
    var article = document.querySelector("main article") || document.querySelector("main");
    var synth = window.speechSynthesis;
    var mainLang = langOf(article);
    var voices = [];
    var decided = false;
    var state = "idle";
    var queue = [];
    var at = 0;
    var run = 0; // counts readings, so that the end of a cancelled utterance does not start the next sentence

    if (!synth || !window.SpeechSynthesisUtterance) { show(false); return; }
    // The look of the highlighted sentence, here rather than in site.css: the Nu checker cannot parse ::highlight() yet.
    if (window.CSS && CSS.highlights && window.CSSStyleSheet && document.adoptedStyleSheets) {
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync("::highlight(read-aloud) { background-color: var(--tint-mark); color: var(--ink); }");
        document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
      } catch (e) { /* unstyled: the block outline is not drawn either, reading goes on */ }
    }
    refresh();
    if (!decided) {
      synth.addEventListener("voiceschanged", refresh);
      // Browsers without any voice never announce one: after a while the note is shown (a later list still counts).
      window.setTimeout(function () { if (!decided) show(false); }, 3000);
    }
    start.addEventListener("click", function () {
      if (state === "idle") begin();
      else if (state === "reading") { synth.pause(); set("paused"); }
      else { synth.resume(); set("reading"); }
    });
    stop.addEventListener("click", end);
    window.addEventListener("pagehide", function () { synth.cancel(); });

    function refresh() {
      voices = synth.getVoices().filter(function (v) { return v.localService !== false; });
      if (synth.getVoices().length > 0) { decided = true; show(Boolean(voiceFor(mainLang))); }
    }

    function show(available) {
      decided = decided || !available;
      start.hidden = !available;
      none.hidden = available;
      if (!available) { stop.hidden = true; if (state !== "idle") end(); }
    }

    function set(next) {
      state = next;
      start.setAttribute("data-state", next);
      start.textContent = start.getAttribute(next === "reading" ? "data-pause" : next === "paused" ? "data-resume" : "data-read");
      stop.hidden = next === "idle";
    }

    function begin() {
      queue = sentences(article);
      at = 0;
      run++;
      synth.cancel();
      set("reading");
      speak(run);
    }

    function end() {
      run++;
      synth.cancel();
      highlight(null);
      set("idle");
    }

    function speak(reading) {
      while (at < queue.length && !voiceFor(queue[at].lang)) at++; // parts in a language without a voice are left out
      if (at >= queue.length) { end(); return; }
      var sentence = queue[at];
      var utterance = new window.SpeechSynthesisUtterance(sentence.text);
      utterance.voice = voiceFor(sentence.lang);
      utterance.lang = utterance.voice.lang;
      utterance.onstart = function () { if (reading === run) highlight(sentence); };
      utterance.onend = function () { if (reading === run) { at++; speak(reading); } };
      utterance.onerror = utterance.onend;
      synth.speak(utterance);
    }

    function voiceFor(lang) {
      var primary = lang.split("-")[0];
      return voices.filter(function (v) { return v.lang.toLowerCase().replace("_", "-") === lang; })[0]
        || voices.filter(function (v) { return v.lang.toLowerCase().split(/[-_]/)[0] === primary; })[0];
    }
  }

  // The page's language decides the voice; Leichte Sprache is read with a German one.
  function langOf(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    var holder = element && element.closest("[lang]");
    var lang = (holder ? holder.getAttribute("lang") : root.lang || "").toLowerCase();
    return lang === "ls" || lang.indexOf("de-x-ls") === 0 ? "de" : lang;
  }

  // The article's text as sentences, each with its language and its place in the page: runs of text in one block
  // (paragraph, heading, list item, cell) and one language, split by the browser's sentence rules.
  function sentences(article) {
    var BLOCK = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,blockquote,summary,pre";
    // Text nodes, and line breaks (<br>: one sentence a line in Leichte Sprache, lines of an address), which end a sentence.
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: function (node) {
        if (node.nodeType === 1) {
          if (node.matches("script,style,template,svg,[hidden],[aria-hidden=true]")) return NodeFilter.FILTER_REJECT;
          return node.tagName === "BR" ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        }
        return node.parentElement.getClientRects().length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      }
    });
    var runs = [];
    var current = null;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var element = node.nodeType === 1 ? node : node.parentElement;
      var block = element.closest(BLOCK) || article;
      if (node.nodeType === 1) {
        if (current && current.block === block) current.text += "\n";
        continue;
      }
      var lang = langOf(node);
      if (!current || current.block !== block || current.lang !== lang) {
        current = { block: block, lang: lang, nodes: [], text: "" };
        runs.push(current);
      }
      current.nodes.push({ node: node, from: current.text.length });
      current.text += node.data;
    }
    var out = [];
    runs.forEach(function (r) {
      split(r.text, r.lang).forEach(function (part) {
        var range = document.createRange();
        var from = position(r.nodes, part.from);
        var to = position(r.nodes, part.to);
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        out.push({ text: part.text, lang: r.lang, range: range, block: r.block });
      });
    });
    return out;
  }

  function split(text, lang) {
    var parts = [];
    var pieces;
    if (window.Intl && Intl.Segmenter) {
      pieces = Array.from(new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text), function (s) {
        return { index: s.index, text: s.segment };
      });
    } else {
      pieces = [];
      var re = /[^.!?؟。]+[.!?؟。]*\s*/g;
      for (var m = re.exec(text); m; m = re.exec(text)) pieces.push({ index: m.index, text: m[0] });
    }
    pieces.forEach(function (p) {
      var lead = p.text.length - p.text.replace(/^\s+/, "").length;
      var body = p.text.trim();
      if (body) parts.push({ text: body, from: p.index + lead, to: p.index + lead + body.length });
    });
    return parts;
  }

  function position(nodes, offset) {
    for (var i = nodes.length - 1; i >= 0; i--) {
      if (nodes[i].from <= offset) return { node: nodes[i].node, offset: Math.min(offset - nodes[i].from, nodes[i].node.data.length) };
    }
    return { node: nodes[0].node, offset: 0 };
  }

  // The sentence being read: marked with the CSS Custom Highlight API where the browser has it (the page's markup
  // stays as it is), else its block; scrolled into view, without animation for readers who ask for less motion.
  function highlight(sentence) {
    var marked = document.querySelector(".read-aloud-current");
    if (marked) marked.classList.remove("read-aloud-current");
    var api = window.CSS && CSS.highlights && window.Highlight;
    if (api) CSS.highlights.delete("read-aloud");
    if (!sentence) return;
    if (api) CSS.highlights.set("read-aloud", new Highlight(sentence.range));
    else sentence.block.classList.add("read-aloud-current");
    var box = sentence.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      sentence.block.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    }
  }
})();
