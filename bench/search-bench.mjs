// Measures the search index of a built site, as a static host serves it.
//
//   node bench/search-bench.mjs PUBLIC_DIR [--runs N]
//
// Loads PUBLIC_DIR/search/search.js and the index through a counting load()
// that gzips each file (node:zlib, level 6, as static hosts send text) and
// prints JSON: total index bytes and files, the gzip bytes a first query
// loads (search.js + entry + facet table + term shards + fragments for 10
// results), the bytes a second related query adds, and query times in Node
// (median and p95 over a fixed list of Finnish and English queries).
import { readFile, readdir, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error("usage: node bench/search-bench.mjs PUBLIC_DIR [--runs N]");
  process.exit(2);
}
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const searchDir = join(dir, "search");

const FIRST = ["muovin kierrätys", { lang: "fi", limit: 10 }];
const SECOND = ["muovipakkausten kierrätys", { lang: "fi", limit: 10 }];

// ~50 queries: inflected, partial (last word typed), English, filtered, browsing.
const QUERIES = [
  ["muovi"], ["muovin"], ["muoveja"], ["muovit"], ["muovien kierrätys"], ["kierrätyksen"], ["kierrätystä"],
  ["rakennusosien"], ["rakennusosat"], ["pankki"], ["rakennusosapankki"], ["kiertotal"], ["kiertotalous"],
  ["kiertotalouden rahoitus"], ["sahko"], ["sähkö ja elektroniikka"], ["elektroniikkaromu"], ["tekstiilit"],
  ["poistotekstiilien keräys"], ["ruokahävikki"], ["ruokahävikin vähentäminen"], ["biojäte"], ["purku"],
  ["purkumateriaalit"], ["betonin uudelleenkäyttö"], ["yritys"], ["yritysten yhteistyö"], ["hankkeet"],
  ["rahoitus"], ["investointi"], ["ki"], ["kie"], ["kier"], ["kierr"], ["kierrä"], ["muovipakk"],
  ["plastic recycling", { lang: "en" }], ["circular economy", { lang: "en" }], ["textile waste", { lang: "en" }],
  ["building components", { lang: "en" }], ["repair services", { lang: "en" }], ["recyc", { lang: "en" }],
  ["muovi", { filters: { type: ["projects"] } }], ["kierrätys", { filters: { focus_areas: ["plastics"] } }],
  ["", { filters: { type: ["actors"], kind: ["company"] } }], ["", { filters: { focus_areas: ["textiles"] } }],
  ["kiertotalous", { filters: { business_models: ["sharing-platforms"] } }],
  ["korjaus", { filters: { type: ["services"], focus_areas: ["electronics"] } }], ["0201256-6"], [""],
].map(([q, o]) => [q, { lang: "fi", limit: 10, ...o }]);

async function walk(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

const gz = (data) => gzipSync(data, { level: 6 }).length;

const files = await walk(searchDir);
let indexBytes = 0, indexGzip = 0, indexFiles = 0;
for (const f of files) {
  if (f.endsWith("search.js")) continue;
  const data = await readFile(f);
  indexBytes += data.length;
  indexGzip += gz(data);
  indexFiles++;
}
const jsData = await readFile(join(searchDir, "search.js"));
const { createSearch } = await import(pathToFileURL(join(searchDir, "search.js")).href);

function countingLoad() {
  const c = { bytes: 0, raw: 0, files: [] };
  c.load = async (path) => {
    const data = await readFile(join(searchDir, path));
    c.bytes += gz(data);
    c.raw += data.length;
    c.files.push(path);
    return data;
  };
  return c;
}

// First query on a fresh client, then a related second query.
const c = countingLoad();
const s = await createSearch({ load: c.load });
const first = await s.search(...FIRST);
const firstBytes = c.bytes + gz(jsData);
const firstFiles = c.files.length + 1;
const before = c.bytes, beforeFiles = c.files.length;
await s.search(...SECOND);
const secondBytes = c.bytes - before;

// Query times: files held in memory, so this is the client's own work.
const mem = new Map();
for (const f of files) mem.set(relative(searchDir, f).split("\\").join("/"), await readFile(f));
const warm = await createSearch({ load: async (p) => mem.get(p) });
const cold = [];
for (const [q, o] of QUERIES) {
  const t0 = performance.now();
  await warm.search(q, o);
  cold.push(performance.now() - t0);
}
const times = [];
for (let r = 0; r < runs; r++) {
  for (const [q, o] of QUERIES) {
    const t0 = performance.now();
    await warm.search(q, o);
    times.push(performance.now() - t0);
  }
}
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 1000) / 1000;
};

// One flat object, so that bench/main.go can print it as table rows.
console.log(JSON.stringify({
  docs: s.docs,
  indexFiles,
  indexBytes,
  indexGzipBytes: indexGzip,
  searchJsBytes: jsData.length,
  searchJsGzipBytes: gz(jsData),
  firstQuery: FIRST[0],
  firstQueryTotal: first.total,
  firstQueryGzipBytes: firstBytes,
  firstQueryFiles: firstFiles,
  secondQuery: SECOND[0],
  secondQueryAddedGzipBytes: secondBytes,
  secondQueryAddedFiles: c.files.length - beforeFiles,
  queries: QUERIES.length,
  runs,
  queryMedianMs: pct(times, 0.5),
  queryP95Ms: pct(times, 0.95),
  queryMaxMs: pct(times, 1),
  firstRunMedianMs: pct(cold, 0.5), // first run of each query: includes parsing the files it loads
  firstRunP95Ms: pct(cold, 0.95),
}, null, 2));
