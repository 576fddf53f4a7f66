// Runs the root language chooser (theme/static/mosaik/chooser.js) for the Java tests against a stand-in for the
// browser: the chooser's links as the built page has them, a localStorage, navigator.languages and
// location. Arguments: the script, a JSON file {links: [{code, hreflang, href}], remembered, languages, search,
// click}. Prints one JSON line: the address the script went to (or null), the order of the list's codes
// afterwards, the code marked as suggested, and what localStorage holds after clicking "click" (if given).
"use strict";
const fs = require("fs");
const vm = require("vm");
const input = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));

const list = {
  children: [],
  get firstChild() { return this.children[0] || null; },
  insertBefore(item, before) {
    this.children.splice(this.children.indexOf(item), 1);
    this.children.splice(before ? this.children.indexOf(before) : this.children.length, 0, item);
  }
};
const anchors = input.links.map((link) => {
  const classes = new Set();
  const item = { parentNode: list, classList: { add: (c) => classes.add(c), contains: (c) => classes.has(c) } };
  const anchor = {
    href: link.href, handlers: [], item,
    getAttribute: (name) => ({ "data-code": link.code, hreflang: link.hreflang })[name],
    addEventListener: (type, handler) => anchor.handlers.push(handler)
  };
  item.anchor = anchor;
  anchor.parentNode = item;
  list.children.push(item);
  return anchor;
});
const storage = new Map(input.remembered ? [["mosaik.language", input.remembered]] : []);
let replaced = null;
const window = {
  localStorage: { getItem: (k) => (storage.has(k) ? storage.get(k) : null), setItem: (k, v) => storage.set(k, v) },
  location: { search: input.search || "", replace: (address) => { replaced = address; } }
};
const context = {
  window, navigator: { languages: input.languages, language: input.languages[0] },
  document: { querySelectorAll: (selector) => (selector === ".choices a[data-code]" ? anchors : []) }
};
vm.runInNewContext(fs.readFileSync(process.argv[2], "utf8"), context);
if (input.click) {
  anchors.filter((a) => a.getAttribute("data-code") === input.click).forEach((a) => a.handlers.forEach((h) => h({})));
}
const suggested = list.children.filter((item) => item.classList.contains("suggested")).map((item) => item.anchor.getAttribute("data-code"));
console.log(JSON.stringify({
  replaced,
  order: list.children.map((item) => item.anchor.getAttribute("data-code")),
  suggested: suggested[0] || null,
  stored: storage.get("mosaik.language") || null
}));
