// The root language chooser, with JavaScript on: a reader who chose a language before goes straight to it;
// otherwise the browser's preferred languages are offered first. Without JavaScript the page is a plain list.
(function () {
  "use strict";
  var KEY = "mosaik.language";
  var links = Array.prototype.slice.call(document.querySelectorAll(".choices a[data-code]"));
  var remembered = null;
  try { remembered = window.localStorage.getItem(KEY); } catch (e) { /* storage blocked: just choose */ }
  var chosen = links.filter(function (a) { return a.getAttribute("data-code") === remembered; })[0];
  if (chosen && !/[?&]choose/.test(window.location.search)) {
    window.location.replace(chosen.href);
    return;
  }
  links.forEach(function (a) {
    a.addEventListener("click", function () {
      try { window.localStorage.setItem(KEY, a.getAttribute("data-code")); } catch (e) { /* not remembered */ }
    });
  });
  var wanted = (navigator.languages || [navigator.language || ""]).map(function (l) { return l.toLowerCase(); });
  var best = null;
  wanted.some(function (tag) {
    best = links.filter(function (a) {
      var lang = a.getAttribute("hreflang").toLowerCase();
      return lang === tag || lang === tag.split("-")[0];
    })[0];
    return Boolean(best);
  });
  if (best) {
    var item = best.parentNode;
    item.classList.add("suggested");
    item.parentNode.insertBefore(item, item.parentNode.firstChild);
  }
})();
