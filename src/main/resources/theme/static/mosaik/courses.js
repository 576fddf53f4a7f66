// The course finder with JavaScript on: the filters apply at once and can be combined. Without JavaScript
// the same filters are plain links to static pages, so nothing here is needed to find a course.
(function () {
  "use strict";
  var form = document.querySelector(".finder-form");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll(".course-item"));
  var count = form.querySelector(".finder-count");
  form.hidden = false;
  function checked(name) {
    return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]:checked")).map(function (i) { return i.value; });
  }
  function anyOf(wanted, have) {
    return wanted.length === 0 || wanted.some(function (w) { return have.indexOf(w) >= 0; });
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
    count.textContent = shown + " / " + items.length;
  }
  form.addEventListener("change", apply);
  apply();
})();
