// Offline reading on the published site. After the page has loaded (never during the first load, which stays
// small), the service worker (sw.js, scope: the site) is asked to save this language: the pages, search index
// chunks, styles, fonts and pictures that the language's manifest (offline.json, made by the build) lists. Once
// it has, the footer says so, with the date in the page's language. Browsers that block service workers (or
// storage) show nothing and lose nothing; without JavaScript the line stays hidden.
(function () {
  "use strict";

  var state = document.querySelector(".offline-state");
  if (!state || !("serviceWorker" in navigator) || !window.isSecureContext) {
    return;
  }
  var manifest = state.getAttribute("data-manifest");
  var locale = state.getAttribute("data-locale") || document.documentElement.lang;

  function show(savedAt) {
    var date = new Date(savedAt);
    if (isNaN(date.getTime())) {
      return;
    }
    var text;
    try {
      text = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date);
    } catch (e) {
      text = date.toISOString().slice(0, 10);
    }
    state.textContent = state.getAttribute("data-saved").replace("{date}", text);
    state.setAttribute("data-state", "saved");
    state.hidden = false;
  }

  navigator.serviceWorker.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "saved" && data.manifest === manifest) {
      show(data.savedAt);
    }
  });

  function save() {
    navigator.serviceWorker.register(state.getAttribute("data-worker"), { scope: state.getAttribute("data-scope") })
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function (registration) {
        registration.active.postMessage({ type: "save", manifest: manifest });
      })
      .catch(function () {
        // Blocked or failed: the site works as before, only not offline.
      });
  }

  if (document.readyState === "complete") {
    save();
  } else {
    window.addEventListener("load", save);
  }
})();
