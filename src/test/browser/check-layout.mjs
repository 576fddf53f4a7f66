// Looks at pages of a served site the way a reader's screen shows them, in headless Chromium, at each of the given
// widths (390 px phone, 1280 px desktop): nothing reaches past the left or right edge of the screen (in left-to-right
// and right-to-left pages alike), no text is cut off by an element's overflow, and the language menu, opened, fits the
// screen. Saves a screenshot of every page at every width (and of the opened menu on a phone) in --shots, so that
// people can look at them (CI keeps target/screenshots as an artifact). Prints one tab-separated line per page
// (SHOT) and per problem (PROBLEM), which LayoutChecker reads.
//
//   node check-layout.mjs --base http://127.0.0.1:PORT --shots DIR [--chromium /usr/bin/chromium] [--widths 390,1280] /de/ /ar/ …
//
// One browser, one context per width, one tab reused for every page: a few hundred pages take a minute or two.
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const args = process.argv.slice(2);
let base = null;
let shots = null;
let executable = "/usr/bin/chromium";
let widths = [390, 1280];
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--base") base = args[++i];
  else if (args[i] === "--shots") shots = args[++i];
  else if (args[i] === "--chromium") executable = args[++i];
  else if (args[i] === "--widths") widths = args[++i].split(",").map(Number);
  else paths.push(args[i]);
}
if (!base || !shots || paths.length === 0) {
  console.error("usage: node check-layout.mjs --base URL --shots DIR [--chromium PATH] [--widths 390,1280] PATH…");
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: executable,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const clean = (text) => String(text).replace(/[\t\r\n]+/g, " ");
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const path of paths) {
      for (const line of await checkPage(page, path, width)) console.log(line.map(clean).join("\t"));
    }
    await context.close();
  }
} finally {
  await browser.close();
}

/** A file name for a page's screenshot: its address with slashes as dashes, percent-decoded, query included. */
function shotName(path, width, suffix) {
  const name = decodeURIComponent(path).replace(/^\/+|\/+$/g, "").replace(/[/?=&#]+/g, "-") || "chooser";
  return join(shots, String(width), name + suffix + ".png");
}

async function checkPage(page, path, width) {
  const where = path + " @" + width;
  const out = [];
  const response = await page.goto(base + path, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  // A search page opened with a query, or the course finder with filters in its address, fills in by script.
  if (new URL(base + path).searchParams.get("q")) {
    await page.waitForSelector(".search-results .search-result", { timeout: 15000 }).catch(() => {});
  }
  // The course finder opened with filters in its address ticks them, and says so when no course is left.
  const finder = await page.evaluate(() => {
    const form = document.querySelector(".finder-form");
    const params = new URLSearchParams(window.location.search);
    if (!form || [...params.keys()].length === 0) return [];
    const out = [];
    for (const [name, value] of params) {
      const box = form.querySelector(`input[name="${name}"][value="${value}"]`);
      if (!box || !box.checked) out.push(["finder-filter-from-address", `input[name=${name}][value=${value}]`, "not ticked by the address"]);
    }
    const shown = [...document.querySelectorAll(".course-item")].filter((li) => !li.hidden).length;
    const none = document.querySelector(".finder-none");
    if (shown === 0 && (!none || none.hidden)) out.push(["finder-no-course-message", ".finder-none", "no course matches, and no message says so"]);
    return out;
  });
  for (const [rule, target, message] of finder) out.push(["PROBLEM", path + " @" + width, rule, target, message]);
  const file = shotName(path, width, "");
  mkdirSync(join(shots, String(width)), { recursive: true });
  await page.screenshot({ path: file });
  out.push(["SHOT", path, width, response ? response.status() : 0, file]);

  const found = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const problems = [];
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + (typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\s+/).join(".") : "")
      + " " + JSON.stringify((el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40));
    // Hidden on purpose: screen-reader-only text (1 × 1 px, clipped) and what is not rendered at all.
    const hidden = (el) => {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) return true;
      const style = getComputedStyle(el);
      return style.visibility === "hidden" || style.clipPath !== "none" && style.clipPath !== "" || style.clip !== "auto" && style.clip !== "";
    };
    // An element inside a scrolling box (a wide table in its scroller) may be wider than the screen: the box
    // scrolls, not the page.
    const inScroller = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === "auto" || o === "scroll") return true;
      }
      return false;
    };
    const inClosedDetails = (el) => !!el.closest("details:not([open]) > :not(summary)");
    const root = document.scrollingElement || document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(["page-scrolls-sideways", "html", `${root.scrollWidth} px wide content on a ${root.clientWidth} px screen`]);
    }
    const outside = new Set();
    for (const el of document.body.querySelectorAll("*")) {
      if (el.getClientRects().length === 0 || inClosedDetails(el) || hidden(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || (box.right <= vw + 1 && box.left >= -1)) continue;
      if (el.classList.contains("skip-link") || inScroller(el)) continue;
      outside.add(el);
      // The outermost element that sticks out says where the mistake is; its children follow it.
      if (el.parentElement && outside.has(el.parentElement)) continue;
      problems.push(["past-the-edge", describe(el), `spans x = ${Math.round(box.left)}…${Math.round(box.right)} on a ${vw} px screen`]);
    }
    // Text cut off: a box that hides its overflow while its content is larger than it.
    for (const el of document.body.querySelectorAll("*")) {
      if (el.getClientRects().length === 0 || inClosedDetails(el) || hidden(el)) continue;
      const style = getComputedStyle(el);
      const clipsX = style.overflowX === "hidden" || style.overflowX === "clip";
      const clipsY = style.overflowY === "hidden" || style.overflowY === "clip";
      if (!clipsX && !clipsY) continue;
      if (!(el.textContent || "").trim()) continue;
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
        problems.push(["text-clipped", describe(el), `content ${el.scrollWidth} × ${el.scrollHeight} px in a ${el.clientWidth} × ${el.clientHeight} px box with overflow ${style.overflowX}/${style.overflowY}`]);
      }
    }
    // A desktop screen half empty: the main content takes less than 60 % of the width and is not centred.
    const main = document.querySelector("main");
    if (vw >= 1200 && main) {
      const boxes = [...main.querySelectorAll(":scope > *, :scope > * > *")].filter((el) => !hidden(el) && el.getClientRects().length > 0)
        .map((el) => el.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
      if (boxes.length > 0) {
        const left = Math.min(...boxes.map((b) => b.left));
        const right = Math.max(...boxes.map((b) => b.right));
        const centred = Math.abs((left + right) / 2 - vw / 2) <= vw * 0.05;
        if (right - left < vw * 0.6 && !centred) {
          problems.push(["half-empty", "main", `content spans x = ${Math.round(left)}…${Math.round(right)} of a ${vw} px screen, neither 60 % of it nor centred`]);
        }
      }
    }
    // Easy-to-read pages (Leichte Sprache): larger type and more space between lines than standard pages, left-aligned.
    if (document.body.classList.contains("easy-read")) {
      // The running text, not the small print around it (breadcrumbs, badges, dates).
      const p = document.querySelector("main .prose p");
      if (p) {
        const style = getComputedStyle(p);
        const size = parseFloat(style.fontSize);
        const line = parseFloat(style.lineHeight);
        if (size < 19 || !(line / size >= 1.7) || !["left", "start"].includes(style.textAlign)) {
          problems.push(["easy-read-type", "main p", `font-size ${style.fontSize}, line-height ${style.lineHeight}, text-align ${style.textAlign} (needs ≥ 19 px, ≥ 1.7, left)`]);
        }
      }
    }
    // The status chart's labels stay readable: at least 12 px as drawn.
    for (const text of document.querySelectorAll("svg.status-chart text")) {
      const height = parseFloat(text.getAttribute("font-size")) * (text.ownerSVGElement.getScreenCTM() || { a: 1 }).a;
      if (height < 12) {
        problems.push(["chart-label-too-small", "svg.status-chart text " + JSON.stringify(text.textContent), `${height.toFixed(1)} px`]);
        break;
      }
    }
    return problems;
  });
  for (const [rule, target, message] of found) out.push(["PROBLEM", where, rule, target, message]);

  // The language menu, opened, lies within the screen with every entry.
  const hasMenu = await page.evaluate(() => !!document.querySelector(".language-switcher details"));
  if (hasMenu) {
    const menu = await page.evaluate(() => {
      const details = document.querySelector(".language-switcher details");
      details.open = true;
      const vw = document.documentElement.clientWidth;
      const problems = [];
      for (const el of [details.querySelector("ul"), ...details.querySelectorAll("ul a")]) {
        if (!el) continue;
        const box = el.getBoundingClientRect();
        if (box.left < -1 || box.right > vw + 1) {
          problems.push(["language-menu-off-screen", el.tagName.toLowerCase() + " " + JSON.stringify(el.textContent.trim().slice(0, 30)),
            `spans x = ${Math.round(box.left)}…${Math.round(box.right)} on a ${vw} px screen`]);
        }
      }
      return problems;
    });
    for (const [rule, target, message] of menu) out.push(["PROBLEM", where, rule, target, message]);
    // The opened menu on a phone, photographed on each language's home page and course finder.
    if (width < 600 && /^\/[^/]+\/(deutsch-lernen\/)?$/.test(path)) {
      const menuShot = shotName(path, width, "-menu");
      await page.screenshot({ path: menuShot });
      out.push(["SHOT", path + " (menu)", width, response ? response.status() : 0, menuShot]);
    }
  }
  return out;
}
