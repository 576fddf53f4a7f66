// Opens course-finder pages of a served site in headless Chromium and prints, per page, what its subscribe block
// offers once courses.js has run: the calendar's label, its webcal: and https: addresses, and how many courses the
// finder shows. A path may end in "#tick=name=value,…": those filter boxes are then ticked by clicking them, as a
// reader would, after the page has loaded. Prints one JSON line per path, which SubscribeScriptTest reads.
//
//   node check-subscribe.mjs --base http://127.0.0.1:PORT [--chromium /usr/bin/chromium] PATH…
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const args = process.argv.slice(2);
let base = null;
let executable = "/usr/bin/chromium";
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--base") base = args[++i];
  else if (args[i] === "--chromium") executable = args[++i];
  else paths.push(args[i]);
}
if (!base || paths.length === 0) {
  console.error("usage: node check-subscribe.mjs --base URL [--chromium PATH] PATH…");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: executable,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  for (const path of paths) {
    const [address, ticks] = path.split("#tick=");
    await page.goto(base + address, { waitUntil: "load" });
    for (const tick of (ticks || "").split(",").filter(Boolean)) {
      const [name, value] = tick.split("=");
      await page.click(`.finder-form input[name="${name}"][value="${value}"]`);
    }
    const result = await page.evaluate(() => {
      const calendar = document.querySelector(".subscribe-calendar");
      return {
        label: calendar.querySelector(".subscribe-label").textContent,
        webcal: calendar.querySelector(".subscribe-webcal").getAttribute("href"),
        https: calendar.querySelector(".subscribe-https").getAttribute("href"),
        shown: document.querySelectorAll(".course-item:not([hidden])").length,
      };
    });
    console.log(JSON.stringify({ path, ...result }));
  }
} finally {
  await browser.close();
}
