// Reading offline in headless Chromium. On the served site: visits a page, waits until the service worker has
// saved the language (the footer says so), switches the network off, then loads another page of the language and
// searches for a word. From the unzipped offline pack (file://): opens a page and searches for a word there.
// Also loads a page where service workers are blocked. Prints one tab-separated line per step (SAVED, OFFLINE_PAGE,
// OFFLINE_SEARCH, BLOCKED, PACK_PAGE, PACK_SEARCH) and
// PROBLEM lines, which BrowserOfflineTest reads.
//
//   node check-offline.mjs --base http://127.0.0.1:PORT --first /ar/ --other /ar/kontakt/ --search /ar/بحث/
//        --pack DIR --pack-page ar/kontakt/index.html --pack-search ar/بحث/index.html --word WORD [--chromium PATH]
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const options = { chromium: "/usr/bin/chromium" };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  options[args[i].replace(/^--/, "")] = args[i + 1];
}
for (const name of ["base", "first", "other", "search", "pack", "pack-page", "pack-search", "word"]) {
  if (!options[name]) {
    console.error("missing --" + name);
    process.exit(2);
  }
}
const clean = (text) => String(text).replace(/[\t\r\n]+/g, " ");
const print = (...fields) => console.log(fields.map(clean).join("\t"));

const browser = await chromium.launch({
  executablePath: options.chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--allow-file-access-from-files"],
});

async function search(page, word) {
  await page.waitForSelector("form.search-form:not([hidden])", { timeout: 30000 });
  await page.fill("input[name=q]", word);
  await page.press("input[name=q]", "Enter");
  await page.waitForSelector(".search-results .search-result a", { timeout: 30000 });
  return page.$$eval(".search-results .search-result a", (links) => links.map((a) => a.href));
}

try {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const page = await context.newPage();
  page.on("pageerror", (error) => print("PROBLEM", "script error: " + error.message));
  await page.goto(options.base + encodeURI(options.first), { waitUntil: "load" });
  await page.waitForSelector(".offline-state[data-state=saved]", { state: "visible", timeout: 120000 });
  print("SAVED", await page.textContent(".offline-state"));

  await context.setOffline(true);
  const response = await page.goto(options.base + encodeURI(options.other), { waitUntil: "load" });
  print("OFFLINE_PAGE", response ? response.status() : 0, await page.title(),
    await page.evaluate(() => getComputedStyle(document.body).fontFamily));
  await page.goto(options.base + encodeURI(options.search), { waitUntil: "load" });
  const found = await search(page, options.word);
  print("OFFLINE_SEARCH", found.length, found[0]);
  await context.close();

  // A browser that blocks service workers: the page works, no script fails, the offline line stays hidden.
  const blocked = await browser.newContext({ serviceWorkers: "block" });
  const plain = await blocked.newPage();
  const errors = [];
  plain.on("pageerror", (error) => errors.push(error.message));
  await plain.goto(options.base + encodeURI(options.other), { waitUntil: "load" });
  await plain.waitForTimeout(500);
  print("BLOCKED", errors.length, await plain.isVisible(".offline-state"), await plain.title());
  await blocked.close();

  const disk = await browser.newContext();
  const packPage = await disk.newPage();
  packPage.on("pageerror", (error) => print("PROBLEM", "script error in the pack: " + error.message));
  packPage.on("console", (message) => {
    if (message.type() === "error") print("PROBLEM", "console in the pack: " + message.text());
  });
  await packPage.goto(pathToFileURL(join(options.pack, options["pack-page"])).href, { waitUntil: "load" });
  print("PACK_PAGE", await packPage.title(), await packPage.evaluate(() => getComputedStyle(document.body).fontFamily));
  await packPage.goto(pathToFileURL(join(options.pack, options["pack-search"])).href, { waitUntil: "load" });
  const inPack = await search(packPage, options.word);
  await packPage.goto(inPack[0], { waitUntil: "load" });
  print("PACK_SEARCH", inPack.length, inPack[0], await packPage.title());
  await disk.close();
} catch (error) {
  print("PROBLEM", error.stack || error.message);
} finally {
  await browser.close();
}
