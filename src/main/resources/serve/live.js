// Injected by `mosaik serve` only: reloads the page after a rebuild and shows build errors over it.
(function () {
  "use strict";
  var source = new EventSource("/__mosaik/events");
  source.addEventListener("reload", function () {
    window.location.reload();
  });
  // The event's lines: the editor's language, the notice's heading, then one problem per line.
  source.addEventListener("problems", function (event) {
    var old = document.getElementById("mosaik-errors");
    if (old) { old.remove(); }
    var lines = event.data.split("\n");
    var language = lines.shift() || "en";
    var heading = lines.shift() || "";
    var box = document.createElement("div");
    box.id = "mosaik-errors";
    box.setAttribute("role", "alert");
    box.setAttribute("dir", "ltr");
    box.setAttribute("lang", language);
    // Opaque: the page under it must not show through and blur the text; wraps long paths on a phone.
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#1b1b1b;color:#fff;" +
      "font:16px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:1rem;box-sizing:border-box;" +
      "overflow-wrap:anywhere;word-break:break-word;text-align:left";
    var title = document.createElement("p");
    title.style.cssText = "font:bold 18px/1.4 system-ui,sans-serif;margin:0 0 1rem;color:#fff";
    title.textContent = heading;
    box.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding:0;list-style:none";
    lines.forEach(function (line) {
      var item = document.createElement("li");
      item.style.cssText = "margin:0 0 .75rem;padding:0 0 .75rem;border-bottom:1px solid #444;color:#ffd2c8";
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
    document.body.appendChild(box);
  });
})();
