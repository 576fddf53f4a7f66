// The reader aids of a served site in headless Chromium (reader.js and the reader sections of site.css): read aloud
// with a stubbed voice list (German and Arabic voices, no Persian one), the text-size and contrast switches across a
// reload, and the print stylesheet. Prints what it saw as lines "key<TAB>JSON value" (nested keys joined by dots),
// which ReaderAidsBrowserTest checks.
//
//   node check-reader.mjs --base http://127.0.0.1:PORT [--chromium /usr/bin/chromium] --ar PATH --fa PATH --de PATH
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const args = process.argv.slice(2);
const opt = { chromium: "/usr/bin/chromium" };
for (let i = 0; i < args.length; i += 2) opt[args[i].replace(/^--/, "")] = args[i + 1];
if (!opt.base || !opt.ar || !opt.fa || !opt.de) {
  console.error("usage: node check-reader.mjs --base URL [--chromium PATH] --ar PATH --fa PATH --de PATH");
  process.exit(2);
}

// A speech synthesis that records what it is asked to do: voices for German and Arabic only, all on the device.
// An utterance starts at once (onstart) and ends when the test calls window.__speechEnd().
function stubSpeech() {
  const voices = [
    { name: "Test Deutsch", lang: "de-DE", localService: true, default: true, voiceURI: "test-de" },
    { name: "Test Arabic", lang: "ar", localService: true, default: false, voiceURI: "test-ar" },
  ];
  const log = { spoken: [], paused: 0, resumed: 0, cancelled: 0 };
  let current = null;
  window.__speech = log;
  // How the highlight scrolls: without animation when the reader asks for less motion.
  window.__scrolls = [];
  const scroll = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (options) { window.__scrolls.push(options && options.behavior); return scroll.call(this, options); };
  window.__speechEnd = () => { const u = current; current = null; if (u && u.onend) u.onend({}); };
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ""; this.voice = null; } };
  Object.defineProperty(window, "speechSynthesis", {
    configurable: true,
    value: {
      getVoices: () => voices.slice(),
      speak(u) { current = u; log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null }); setTimeout(() => u.onstart && u.onstart({}), 0); },
      pause() { log.paused++; },
      resume() { log.resumed++; },
      cancel() { log.cancelled++; current = null; },
      addEventListener() {},
    },
  });
}

// Contrast ratios (WCAG 2) of the page's kinds of text against the background they stand on.
function contrasts() {
  const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const ratio = (el) => {
    const a = luminance(rgb(getComputedStyle(el).color)) + 0.05;
    const b = luminance(background(el)) + 0.05;
    return Math.round(Math.max(a, b) / Math.min(a, b) * 100) / 100;
  };
  const pairs = {
    paperLuminance: Math.round(luminance(background(document.body)) * 1000) / 1000,
  };
  for (const [name, selector] of [["text", "main .prose p"], ["link", "main .prose a, main a"], ["lead", ".lead"], ["notice", ".notice"],
    ["sample", ".badge.sample"], ["menu", ".main-nav a"], ["switch", ".reader-prefs button"], ["readAloud", ".read-aloud-start"],
    ["breadcrumb", ".breadcrumbs a"], ["footer", ".site-footer a"], ["cell", "main th"]]) {
    const el = document.querySelector(selector);
    if (el) pairs[name] = ratio(el);
  }
  return pairs;
}

const browser = await chromium.launch({
  executablePath: opt.chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const result = {};
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
  await context.addInitScript(stubSpeech);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  const controls = () => page.evaluate(() => {
    const shown = (el) => !!el && !el.hidden && el.getClientRects().length > 0;
    const start = document.querySelector(".read-aloud-start");
    const highlight = window.CSS && CSS.highlights && CSS.highlights.get("read-aloud");
    return {
      tools: shown(document.querySelector(".reader-tools")),
      button: shown(start),
      label: start ? start.textContent : null,
      state: start ? start.getAttribute("data-state") : null,
      stop: shown(document.querySelector(".read-aloud-stop")),
      note: shown(document.querySelector(".read-aloud-none")),
      noteText: (document.querySelector(".read-aloud-none") || {}).textContent || null,
      noteLang: document.documentElement.lang,
      highlighted: highlight ? [...highlight].map((r) => r.toString()) : [],
      speech: JSON.parse(JSON.stringify(window.__speech)),
      scrolls: [...new Set(window.__scrolls)],
    };
  });
  const settle = () => page.waitForTimeout(50);

  // Arabic: a voice exists, the button is offered; reading highlights the sentence being read.
  await page.goto(opt.base + opt.ar, { waitUntil: "load" });
  result.arabic = await controls();
  await page.click(".read-aloud-start");
  await settle();
  result.reading = await controls();
  await page.click(".read-aloud-start");
  result.paused = await controls();
  await page.click(".read-aloud-start");
  result.resumed = await controls();
  await page.evaluate(() => window.__speechEnd());
  await settle();
  result.next = await controls();
  // Read on to the end: the German parts of the Arabic page (names, addresses) with the German voice.
  for (let i = 0; i < 500 && (await page.evaluate(() => document.querySelector(".read-aloud-start").getAttribute("data-state"))) !== "idle"; i++) {
    await page.evaluate(() => window.__speechEnd());
    await settle();
  }
  result.finished = await controls();
  // Stop in the middle: reading ends, the highlight goes.
  await page.click(".read-aloud-start");
  await settle();
  await page.click(".read-aloud-stop");
  result.stopped = await controls();

  // Persian: no voice, so no button, and the note says why.
  await page.goto(opt.base + opt.fa, { waitUntil: "load" });
  result.persian = await controls();

  // Preferences: larger text and high contrast survive a reload, in localStorage and nowhere else.
  await page.goto(opt.base + opt.de, { waitUntil: "load" });
  const look = () => page.evaluate(() => ({
    fontSize: parseFloat(getComputedStyle(document.querySelector("main p")).fontSize),
    paper: getComputedStyle(document.body).backgroundColor,
    ink: getComputedStyle(document.body).color,
    large: document.querySelector('[data-pref="large"]').getAttribute("aria-pressed"),
    contrast: document.querySelector('[data-pref="contrast"]').getAttribute("aria-pressed"),
    stored: localStorage.getItem("mosaik.reader"),
    cookie: document.cookie,
  }));
  result.before = await look();
  await page.click('[data-pref="large"]');
  await page.click('[data-pref="contrast"]');
  await page.reload({ waitUntil: "load" });
  result.afterReload = await look();
  result.cookies = await context.cookies();

  // Print: no navigation, links with their address.
  await page.emulateMedia({ media: "print" });
  result.print = await page.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0);
    const after = (a) => getComputedStyle(a, "::after").content;
    const relative = document.querySelector('main a[href^="/"]');
    const external = document.querySelector('main a[href^="http"]');
    return {
      nav: shown(".main-nav"), breadcrumbs: shown(".breadcrumbs"), switcher: shown(".language-switcher"), tools: shown(".reader-tools"),
      footerLinks: shown(".site-footer nav"), address: shown(".print-address"),
      relativeHref: relative && relative.getAttribute("href"), relativeAfter: relative && after(relative),
      externalHref: external && external.getAttribute("href"), externalAfter: external && after(external),
    };
  });
  result.errors = errors;
  await context.close();

  // The system's dark scheme, and its wish for more contrast, without any switch: every text keeps WCAG AA contrast.
  for (const [name, options] of [["dark", { colorScheme: "dark" }], ["more", { colorScheme: "light", contrast: "more" }],
    ["darkMore", { colorScheme: "dark", contrast: "more" }]]) {
    const themed = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
    await themed.addInitScript(stubSpeech);
    const tab = await themed.newPage();
    await tab.goto(opt.base + opt.ar, { waitUntil: "load" });
    result[name] = await tab.evaluate(contrasts);
    await themed.close();
  }

  // Without JavaScript: no controls, and the system's dark scheme still applies.
  const plain = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, colorScheme: "dark" });
  const noScript = await plain.newPage();
  await noScript.goto(opt.base + opt.ar, { waitUntil: "load" });
  result.noScript = await noScript.evaluate(() => ({
    tools: [...document.querySelectorAll(".reader-tools, .reader-tools button, .read-aloud-none")].some((el) => el.getClientRects().length > 0),
    paper: getComputedStyle(document.body).backgroundColor,
  }));
  await plain.close();
} finally {
  await browser.close();
}
const lines = [];
(function flatten(prefix, value) {
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? prefix + "." + key : key, inner);
  } else {
    lines.push(prefix + "\t" + JSON.stringify(value));
  }
})("", result);
console.log(lines.join("\n"));
