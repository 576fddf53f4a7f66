// Runs the search script's engine (theme/static/mosaik/search.js) on a built index for the Java tests, loading
// the manifest and its chunks from disk through a stand-in for fetch that notes every file it is asked for.
// Arguments: the script, the manifest (search.json), the locale. Reads lines "N<TAB>word", "P<TAB>query",
// "S<TAB>query" (each result's address and excerpt), "Q<TAB>query" on stdin and answers each with one line, fields separated by tabs: the folded word; the query's
// words; the addresses of the pages with all words, "|", those with some, "|", the marked words of the first
// snippet, "|", the files of the index the query loaded (chunks already loaded by an earlier line are not
// loaded again, so each query of a test should start a harness of its own if it looks at them).
"use strict";
const fs = require("fs");
const path = require("path");
const { Engine } = require(process.argv[2]);
const manifest = process.argv[3];
const requested = [];

function fetch(address, options) {
  requested.push(path.basename(address));
  return new Promise((resolve) => {
    fs.readFile(address, "utf8", (error, text) => resolve(error
      ? { ok: false, status: 404, json: () => Promise.reject(error) }
      : { ok: true, status: 200, json: () => Promise.resolve(JSON.parse(text)) }));
  });
}

async function main() {
  const engine = await Engine.open(manifest, process.argv[4], fetch);
  const lines = fs.readFileSync(0, "utf8").split("\n").filter(line => line.length > 0);
  const answers = [];
  for (const line of lines) {
    const kind = line.slice(0, 1);
    const text = line.slice(2);
    if (kind === "N") {
      answers.push(engine.normalise(text));
    } else if (kind === "P") {
      answers.push(engine.parse(text).words.join("\t"));
    } else if (kind === "S") {
      // The excerpt of each result, hits as <mark>…</mark>: "S<TAB>query" answers address<TAB>excerpt<TAB>…
      const found = await engine.search(text);
      const docs = await engine.documents(found.all.concat(found.partial));
      answers.push(docs.map(doc => {
        const piece = engine.excerpt(doc, found, 220);
        return doc.u + "\t" + (piece.before ? "… " : "") + piece.runs.map(r => r.mark ? "<mark>" + r.text + "</mark>" : r.text).join("")
          + (piece.after ? " …" : "");
      }).join("\t"));
    } else {
      requested.length = 0;
      const found = await engine.search(text);
      const results = found.all.concat(found.partial);
      const docs = await engine.documents(results);
      const urls = docs.map(doc => doc.u);
      const marked = docs.length > 0 ? engine.excerpt(docs[0], found, 200).runs.filter(r => r.mark).map(r => r.text) : [];
      answers.push([].concat(urls.slice(0, found.all.length), ["|"], urls.slice(found.all.length), ["|"], marked, ["|"], requested)
        .join("\t"));
    }
  }
  process.stdout.write(answers.join("\n") + "\n");
}

main().catch((error) => {
  console.error(error && error.stack || error);
  process.exit(1);
});
