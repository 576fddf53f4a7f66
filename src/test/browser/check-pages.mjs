// Checks pages of a served site in headless Chromium: axe-core (WCAG 2.1 A/AA and best practices) plus what
// axe does not look at — no sideways scrolling at 390 px, exactly one h1, a visible focus indicator on every focusable element, touch targets
// of at least 44 × 44 CSS pixels for navigation links and controls on a 390 px wide phone screen, no request
// to any other host, no cookie, no script error, results on a search page opened with a query, and what a first
// visit downloads (gzip-compressed, as a server would send it; the search index apart) stays under 100 KB. Prints one JSON object on stdout, or with --format lines one
// line per page and per problem (tab-separated), which BrowserAccessibilityTest reads.
//
//   node check-pages.mjs --base http://127.0.0.1:PORT [--chromium /usr/bin/chromium] [--format lines] /de/ /ar/ …
//
// Chromium is Debian's, never a downloaded one; the flags keep it from trying to reach the network, which
// would hang on a closed machine; playwright starts it headless with a fresh temporary profile of its own.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axeSource = require("fs").readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const args = process.argv.slice(2);
let base = null;
let executable = "/usr/bin/chromium";
let format = "json";
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--base") base = args[++i];
  else if (args[i] === "--chromium") executable = args[++i];
  else if (args[i] === "--format") format = args[++i];
  else paths.push(args[i]);
}
if (!base || paths.length === 0) {
  console.error("usage: node check-pages.mjs --base URL [--chromium PATH] PATH…");
  process.exit(2);
}
const origin = new URL(base).origin;

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const MIN_TARGET = 44;
const BUDGET = 100 * 1024;
// Navigation links and controls: what a finger must hit. Links inside running text are exempt (WCAG 2.5.8).
const TARGETS = "nav a[href], summary, button, select, textarea, a.button, label:has(input), .exports a, .tags a, "
  + ".calendar-links a, .issue-links a, .term-list a";

const browser = await chromium.launch({
  executablePath: executable,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

const results = [];
try {
  for (const path of paths) {
    results.push(await checkPage(path));
  }
} finally {
  await browser.close();
}
if (format === "lines") {
  const clean = (text) => String(text).replace(/[\t\r\n]+/g, " ");
  for (const r of results) {
    console.log(["PAGE", r.path, r.status, r.weight, r.files.join(" ")].map(clean).join("\t"));
    for (const p of r.problems) console.log(["PROBLEM", r.path, p.rule, p.target, p.message].map(clean).join("\t"));
  }
} else {
  process.stdout.write(JSON.stringify({ axe: require("axe-core/package.json").version, pages: results }, null, 1) + "\n");
}

async function checkPage(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "no-preference" });
  const foreign = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== origin) foreign.push(request.url());
  });
  const page = await context.newPage();
  // What a first visit downloads, each file gzip-compressed as a server would send text (fonts are already
  // compressed; gzip leaves them as they are, give or take a few bytes).
  const downloads = [];
  page.on("response", (r) => downloads.push(r.body().then((body) => ({ url: r.url(), size: gzipSync(body, { level: 9 }).length }), () => null)));
  const consoleErrors = [];
  // Failed loads are reported with their address by the response handler below; the console only says "Failed".
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("response", (r) => { if (r.status() >= 400 && r.url() !== base + path) consoleErrors.push(r.status() + " " + r.url()); });
  const problems = [];
  const response = await page.goto(base + path, { waitUntil: "load" });
  const status = response ? response.status() : 0;
  await page.evaluate(() => document.fonts.ready);
  // A search page opened with a query (?q=) searches at once: its script loads the index's manifest, the chunks
  // of the query's words and those of the pages it shows, and lists them. The results must appear.
  if (new URL(base + path).searchParams.get("q")) {
    try {
      await page.waitForSelector(".search-results .search-result", { timeout: 15000 });
    } catch (e) {
      const status = await page.evaluate(() => (document.querySelector(".search-status") || {}).textContent);
      problems.push({ rule: "search-results", target: path, message: "no results shown; the status says: " + status });
    }
  }
  const files = (await Promise.all(downloads)).filter(Boolean);
  // The search index is the site's text, fetched by the search page in chunks when a query is made: it grows
  // with the site, not with the page, so it is reported on its own (README, Search) and not counted against the
  // budget.
  const INDEX = /\/search(-(terms|docs)-[^/]+)?\.json$/;
  const weight = files.filter((f) => !INDEX.test(new URL(f.url).pathname)).reduce((sum, f) => sum + f.size, 0);

  // axe-core on the wide layout.
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  const axe = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 200), summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  for (const v of axe) {
    for (const n of v.nodes) problems.push({ rule: "axe:" + v.id, target: n.target, message: v.help + " — " + n.summary, html: n.html });
  }

  // Exactly one h1, and the skip link's target exists.
  const structure = await page.evaluate(() => {
    const out = [];
    const h1 = document.querySelectorAll("h1");
    if (h1.length !== 1) out.push({ rule: "one-h1", target: "h1", message: `${h1.length} h1 elements` });
    const skip = document.querySelector("a.skip-link[href^='#']");
    // A skip link is needed where links (a header, navigation) come before the main content.
    const main = document.querySelector("main");
    const before = main && [...document.querySelectorAll("body a[href]:not(.skip-link), body summary, body button")].some((el) => !main.contains(el)
      && (el.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING));
    if (before && (!skip || !document.getElementById(skip.getAttribute("href").slice(1)))) {
      out.push({ rule: "skip-link", target: "a.skip-link", message: "links before the main content, but no skip link to an existing target" });
    }
    return out;
  });
  problems.push(...structure);

  // Visible focus: after one real key press Chromium treats later programmatic focus as keyboard focus, so
  // :focus-visible applies as it would when tabbing.
  await page.keyboard.press("Tab");
  const focus = await page.evaluate(() => {
    const out = [];
    const focusable = document.querySelectorAll("a[href], button, summary, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])");
    for (const el of focusable) {
      if (el.closest("[hidden], details:not([open]) > :not(summary)") || el.getClientRects().length === 0) continue;
      el.focus();
      if (document.activeElement !== el) continue;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle === "auto" || (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2);
      const shadow = style.boxShadow !== "none";
      if (!el.matches(":focus-visible") || !(outline || shadow)) {
        out.push({ rule: "focus-visible", target: describe(el), message: "no visible focus indicator", html: el.outerHTML.slice(0, 200) });
      }
    }
    document.activeElement && document.activeElement.blur();
    return out;
    function describe(el) {
      return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
    }
  });
  problems.push(...focus);

  // On a phone nothing may make the page scroll sideways (WCAG 1.4.10 Reflow), left to right or right to left.
  await page.setViewportSize({ width: 390, height: 844 });
  const reflow = await page.evaluate(() => {
    const root = document.scrollingElement || document.documentElement;
    return root.scrollWidth > root.clientWidth + 1 ? `${root.scrollWidth} px wide content on a ${root.clientWidth} px screen` : null;
  });
  if (reflow) problems.push({ rule: "reflow-390", target: path, message: reflow });

  // Touch targets on a phone, with every disclosure (language switcher) open.
  const targets = await page.evaluate(([selector, min]) => {
    document.querySelectorAll("details").forEach((d) => { d.open = true; });
    const out = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest("[hidden]")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        out.push({ rule: "target-size-44", target: el.tagName.toLowerCase() + " " + JSON.stringify(el.textContent.trim().slice(0, 40)),
          message: `${Math.round(box.width)} × ${Math.round(box.height)} px`, html: el.outerHTML.slice(0, 200) });
      }
    }
    return out;
  }, [TARGETS, MIN_TARGET]);
  problems.push(...targets);

  // Privacy: nothing from other hosts, no cookies.
  for (const url of foreign) problems.push({ rule: "foreign-request", target: url, message: "request to another host" });
  const cookies = (await context.cookies()).map((c) => c.name);
  const documentCookie = await page.evaluate(() => document.cookie);
  if (cookies.length > 0 || documentCookie !== "") {
    problems.push({ rule: "cookie", target: "document", message: "cookies set: " + cookies.concat(documentCookie).join(", ") });
  }

  // A script error or a resource the Content-Security-Policy blocked means a broken page.
  for (const text of consoleErrors) problems.push({ rule: "console-error", target: "console", message: text });

  if (weight > BUDGET) {
    problems.push({ rule: "page-weight", target: path, message: `first visit downloads ${weight} bytes gzip-compressed, more than ${BUDGET}: `
      + files.map((f) => new URL(f.url).pathname + " " + f.size).join(", ") });
  }

  await context.close();
  return { path, status, weight, files: files.map((f) => new URL(f.url).pathname + "=" + f.size), problems };
}
