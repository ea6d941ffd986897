// make lighthouse-haku: how soon /kimppahaku/ shows its results on a phone.
// A benchmark that prints figures, not a test: no threshold fails it.
// The targets (issue 20) are results within 1.5 s of opening a URL that
// carries the need (/kimppahaku/?q=…), and within 1.0 s of submitting.
// The page marks both moments (performance.mark "kimppahaku-submit" and
// "kimppahaku-results", assets/js/kimppahaku.js).
//
// Cold URL, three ways:
//   - Lighthouse 12's default mobile run (simulated 4× CPU, 150 ms RTT,
//     1.6 Mbps): its Lantern metrics; the mark in its user-timings audit
//     is the unthrottled load's, since simulation throttles no real load;
//   - Lighthouse with devtools throttling at the same figures (4× CPU,
//     150 ms per request, 1.6 Mbps down, 750 kbps up): the mark is real;
//   - Chromium through CDP at the same figures (Emulation.setCPUThrottlingRate,
//     Network.emulateNetworkConditions), median of --runs.
// After submit, through CDP at the same figures: the page loaded, the
// field focused, the whole need pasted and submitted at once ("pasted",
// the worst case), or typed key by key ("typed", 15 ms a key) and
// submitted; submit → results.
//
//   node haku.mjs [--site DIR | --source DIR] [--need TEXT] [--runs N] [--waterfall] [--no-lighthouse] [--cold-only] [--plain]
//
// The site is served as static hosts serve it, over HTTP/2 with gzip
// (static.mjs); --plain serves it over HTTP/1.1 uncompressed, where
// Chromium fetches six files at a time.
// --site serves an already built site; --source (default: the repository's
// sample site) builds one with $KIMPPA (a kimppa binary) or `go run`.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { serveStatic } from "./static.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--ignore-certificate-errors"];
const { values: opt } = parseArgs({ options: {
  site: { type: "string" }, source: { type: "string", default: repo }, runs: { type: "string", default: "3" },
  need: { type: "string", default: "Etsimme kumppania, joka ottaisi vastaan purkukohteista irrotettuja betonielementtejä, tiiliä ja ikkunoita uudelleenkäyttöön sekä auttaisi kartoittamaan rakennusosien kunnon ennen purkua pääkaupunkiseudulla." },
  path: { type: "string", default: "/kimppahaku/" }, waterfall: { type: "boolean" }, "no-lighthouse": { type: "boolean" }, plain: { type: "boolean" }, "cold-only": { type: "boolean" },
} });
const phone = { cpu: 4, latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 }; // Lighthouse's mobileSlow4G, per request
const runs = Math.max(1, Number(opt.runs));

const site = { dir: opt.site ? path.resolve(opt.site) : "" };
let built = "";
if (!site.dir) {
  built = site.dir = await mkdtemp(path.join(tmpdir(), "kimppa-haku-"));
  const [cmd, args] = process.env.KIMPPA ? [process.env.KIMPPA, []] : ["go", ["run", "./cmd/kimppa"]];
  await promisify(execFile)(cmd, [...args, "build", "-q", "--source", path.resolve(opt.source), "--out", site.dir], { cwd: repo, maxBuffer: 16 << 20 });
}
const server = await serveStatic(site, { h2: !opt.plain });
const page = opt.path;
const coldURL = `${server.origin}${page}?q=${encodeURIComponent(opt.need)}`;
const ms = (v) => (v == null ? "—" : `${Math.round(v)} ms`);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`site ${site.dir}, served ${opt.plain ? "over HTTP/1.1 uncompressed" : "over HTTP/2 with gzip"}\nneed (${opt.need.length} characters): ${opt.need}\n`);

// lighthouseRun runs one Lighthouse navigation and returns its report.
async function lighthouseRun(settings) {
  const chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags });
  try {
    const res = await lighthouse(coldURL, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
      { extends: "lighthouse:default", settings });
    return res.lhr;
  } finally {
    await chrome.kill();
  }
}
const markOf = (lhr, name) => lhr.audits["user-timings"]?.details?.items?.find((i) => i.name === name && i.timingType === "Mark")?.startTime;

if (!opt["no-lighthouse"]) {
  const sim = await lighthouseRun({});
  const a = (id) => sim.audits[id]?.numericValue;
  console.log("cold URL, Lighthouse default mobile (simulated 4× CPU, 150 ms RTT, 1.6 Mbps):");
  console.log(`  performance ${Math.round(sim.categories.performance.score * 100)}, FCP ${ms(a("first-contentful-paint"))}, LCP ${ms(a("largest-contentful-paint"))}, ` +
    `TTI ${ms(a("interactive"))}, TBT ${ms(a("total-blocking-time"))}; results mark ${ms(markOf(sim, "kimppahaku-results"))} (unthrottled load)`);
  const dt = await lighthouseRun({ throttlingMethod: "devtools",
    throttling: { cpuSlowdownMultiplier: phone.cpu, requestLatencyMs: phone.latency, downloadThroughputKbps: 1600, uploadThroughputKbps: 750 } });
  const b = (id) => dt.audits[id]?.numericValue;
  console.log("cold URL, Lighthouse devtools throttling (4× CPU, 150 ms a request, 1.6 Mbps):");
  console.log(`  FCP ${ms(b("first-contentful-paint"))}, LCP ${ms(b("largest-contentful-paint"))}; results mark ${ms(markOf(dt, "kimppahaku-results"))}\n`);
}

const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: chromeFlags.filter((f) => !f.startsWith("--headless")) });

// throttled opens a fresh page (empty cache) throttled like a phone.
async function throttled() {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  await p.setViewport({ width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 });
  const cdp = await p.createCDPSession();
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: phone.cpu });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: phone.latency, downloadThroughput: phone.down, uploadThroughput: phone.up });
  return { p, close: () => context.close() };
}

const waitMark = (p, name, n = 1) => p.waitForFunction((nm, k) => performance.getEntriesByName(nm).length >= k, { timeout: 60000, polling: 20 }, name, n);

// pieces: the search index files the page fetched after time t, with
// their start and end and size, for --waterfall.
async function pieces(p, t) {
  return p.evaluate((since) => performance.getEntriesByType("resource")
    .filter((r) => r.startTime >= since - 1 && (r.name.includes("/search/") || r.name.includes("/assets/js/")))
    .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime - since, end: r.responseEnd - since, bytes: r.encodedBodySize })), t);
}
function printWaterfall(list) {
  for (const r of list.sort((a, b) => a.start - b.start)) console.log(`      ${String(Math.round(r.start)).padStart(5)} → ${String(Math.round(r.end)).padStart(5)} ms  ${String(r.bytes).padStart(7)} B  ${r.name}`);
}

async function cold() {
  const { p, close } = await throttled();
  try {
    await p.goto(coldURL, { waitUntil: "domcontentloaded" });
    await waitMark(p, "kimppahaku-results");
    const t = await p.evaluate(() => performance.getEntriesByName("kimppahaku-results")[0].startTime);
    const fetched = await pieces(p, 0);
    return { t, fetched };
  } finally {
    await close();
  }
}

async function submit(how) {
  const { p, close } = await throttled();
  try {
    await p.goto(`${server.origin}${page}`, { waitUntil: "networkidle0" });
    await p.focus("#kimppahaku-q");
    if (how === "paste") {
      await p.$eval("#kimppahaku-q", (el, v) => { el.value = v; el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" })); }, opt.need);
    } else {
      await p.keyboard.type(opt.need, { delay: 15 });
    }
    await p.click("#kimppahaku-form button[type=submit]");
    await waitMark(p, "kimppahaku-results");
    const [s, r] = await p.evaluate(() => ["kimppahaku-submit", "kimppahaku-results"].map((n) => performance.getEntriesByName(n).at(-1).startTime));
    return { t: r - s, fetched: await pieces(p, s) };
  } finally {
    await close();
  }
}

const modes = [["cold URL", cold], ["after submit, pasted", () => submit("paste")], ["after submit, typed", () => submit("type")]];
for (const [label, fn] of opt["cold-only"] ? modes.slice(0, 1) : modes) {
  const got = [];
  for (let i = 0; i < runs; i++) got.push(await fn());
  const m = median(got.map((g) => g.t));
  const one = got.find((g) => g.t === m);
  const search = one.fetched.filter((r) => r.name.includes("/search/"));
  console.log(`${label}, CDP 4× CPU, 150 ms a request, 1.6 Mbps: results at ${ms(m)} (median of ${runs}: ${got.map((g) => Math.round(g.t)).join(", ")}); ` +
    `${search.length} index files, ${(search.reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(1)} KiB`);
  if (opt.waterfall) printWaterfall(one.fetched);
}

await browser.close();
await server.close();
if (built) await rm(built, { recursive: true, force: true });
