// Runs the search script's engine (theme/static/mosaik/search.js) on a built index for the Java tests.
// Arguments: the script, the index, the locale. Reads lines "N<TAB>word", "P<TAB>query", "Q<TAB>query" on
// stdin and answers each with one line, fields separated by tabs: the folded word; the query's words; the
// addresses of the pages with all words, "|", those with some, "|", the marked words of the first snippet.
"use strict";
const fs = require("fs");
const { Engine } = require(process.argv[2]);
const index = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const engine = new Engine(index, process.argv[4]);
const answers = fs.readFileSync(0, "utf8").split("\n").filter(line => line.length > 0).map(line => {
  const kind = line.slice(0, 1);
  const text = line.slice(2);
  if (kind === "N") {
    return engine.normalise(text);
  }
  if (kind === "P") {
    return engine.parse(text).words.join("\t");
  }
  const found = engine.search(text);
  const url = result => engine.docs[result.doc].u;
  const first = found.all.concat(found.partial)[0];
  const marked = first ? engine.snippet(engine.docs[first.doc].x, found, 200).runs.filter(r => r.mark).map(r => r.text) : [];
  return [].concat(found.all.map(url), ["|"], found.partial.map(url), ["|"], marked).join("\t");
});
process.stdout.write(answers.join("\n") + "\n");
