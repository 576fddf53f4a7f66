// Injected by `mosaik serve` only: reloads the page after a rebuild and shows build errors over it.
(function () {
  "use strict";
  var source = new EventSource("/__mosaik/events");
  source.addEventListener("reload", function () {
    window.location.reload();
  });
  source.addEventListener("problems", function (event) {
    var old = document.getElementById("mosaik-errors");
    if (old) { old.remove(); }
    var box = document.createElement("div");
    box.id = "mosaik-errors";
    box.setAttribute("role", "alert");
    box.setAttribute("dir", "ltr");
    box.setAttribute("lang", "en");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);" +
      "color:#fff;font:15px/1.5 ui-monospace,monospace;padding:1.5rem";
    var title = document.createElement("p");
    title.style.cssText = "font:bold 18px/1.4 system-ui,sans-serif;margin:0 0 1rem";
    title.textContent = "The last change could not be built. The page below is the last good version.";
    box.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding:0;list-style:none";
    event.data.split("\n").forEach(function (line) {
      var item = document.createElement("li");
      item.style.cssText = "margin:0 0 .5rem;color:#ffb4a8";
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
    document.body.appendChild(box);
  });
})();
