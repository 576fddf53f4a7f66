// The course finder with JavaScript on: the filters apply at once and can be combined, and they are kept in the
// page's address (?level=a1&district=dalheim&day=monday&childcare=true), so that a filtered list can be bookmarked,
// shared and reloaded. Without JavaScript the same filters are plain links to static pages, so nothing here is needed
// to find a course. The subscribe links follow the filters: where the ticked boxes are exactly one of the selections
// that have a calendar (a level, a district, childcare, or a weekday alone, and their combinations without weekday),
// they lead to that calendar, named in the page's language from the page's hidden list; otherwise, and without
// JavaScript, to the calendar of what the page shows itself. The counter's texts ("3 Kurse" with the language's digits and plural forms) come with the page,
// one per possible count, so this script never formats a number itself.
(function () {
  "use strict";
  var form = document.querySelector(".finder-form");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll(".course-item"));
  var count = form.querySelector(".finder-count");
  var texts = Array.prototype.slice.call(form.querySelectorAll(".finder-count-texts li")).map(function (li) { return li.textContent; });
  var none = document.querySelector(".finder-none");
  var NAMES = ["level", "district", "day", "childcare"];
  form.hidden = false;
  function checked(name) {
    return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]:checked")).map(function (i) { return i.value; });
  }
  function anyOf(wanted, have) {
    return wanted.length === 0 || wanted.some(function (w) { return have.indexOf(w) >= 0; });
  }
  // Boxes ticked by the address the page was opened with.
  var params = new URLSearchParams(window.location.search);
  NAMES.forEach(function (name) {
    params.getAll(name).forEach(function (value) {
      Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (input) {
        if (input.value === value) { input.checked = true; }
      });
    });
  });
  function remember() {
    var query = new URLSearchParams();
    NAMES.forEach(function (name) { checked(name).forEach(function (value) { query.append(name, value); }); });
    var search = query.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
  }
  function apply() {
    var levels = checked("level"), districts = checked("district"), days = checked("day"), childcare = checked("childcare").length > 0;
    var shown = 0;
    items.forEach(function (item) {
      var match = anyOf(levels, item.getAttribute("data-levels").split(" "))
        && anyOf(districts, [item.getAttribute("data-district")])
        && anyOf(days, item.getAttribute("data-days").split(" "))
        && (!childcare || item.getAttribute("data-childcare") === "true");
      item.hidden = !match;
      if (match) { shown++; }
    });
    count.textContent = texts[shown] || "";
    if (none) { none.hidden = shown > 0; }
    return shown;
  }
  var feeds = document.querySelector(".finder-feeds");
  var calendar = document.querySelector(".subscribe-calendar");
  function feed(key) {
    var found = null;
    Array.prototype.forEach.call(feeds.querySelectorAll("li"), function (li) {
      if (li.getAttribute("data-key") === key) { found = li; }
    });
    return found;
  }
  // The selection as a calendar's key (level|district|childcare|day), or null when no calendar holds exactly it:
  // two values of one filter, or one that differs from the page's own filter.
  function selection() {
    var own = feeds.getAttribute("data-own").split("|");
    var picked = [checked("level"), checked("district"), checked("childcare"), checked("day")];
    var key = [];
    for (var i = 0; i < 4; i++) {
      var values = picked[i];
      if (own[i] && values.length > 0 && !(values.length === 1 && values[0] === own[i])) { return null; }
      if (values.length > 1) { return null; }
      key.push(own[i] || values[0] || "");
    }
    return key.join("|");
  }
  function subscribe(shown) {
    if (!feeds || !calendar) { return; }
    var key = selection();
    var li = (key !== null && shown > 0 && feed(key)) || feed(feeds.getAttribute("data-own"));
    if (!li) { return; }
    var href = li.getAttribute("data-href");
    calendar.querySelector(".subscribe-label").textContent = li.textContent;
    calendar.querySelector(".subscribe-webcal").href = "webcal:" + href.substring(href.indexOf(":") + 1);
    var https = calendar.querySelector(".subscribe-https");
    https.href = href;
    https.textContent = href;
  }
  form.addEventListener("change", function () { subscribe(apply()); remember(); });
  subscribe(apply());
})();
