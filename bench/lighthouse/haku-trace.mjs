// Where the cold URL's time goes: one Chrome trace of /kimppahaku/?q=…
// loaded as haku.mjs loads it (4× CPU, 150 ms a request, 1.6 Mbps, HTTP/2
// with gzip), summed from navigation to the "kimppahaku-results" mark:
// the main thread's work by kind (parse, compile, script, layout…), the
// functions that took the most CPU (the V8 sampling profiler's self
// time, by function and by file) and each request's start and end.
// A profile to read, not a test.
//
//   node haku-trace.mjs --site DIR [--need TEXT] [--out trace.json] [--top 25] [--no-profile] [--between MARK,MARK]
// (--no-profile: without the sampling profiler, whose cost adds to the times)
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import puppeteer from "puppeteer-core";
import { serveStatic } from "./static.mjs";

const { values: opt } = parseArgs({ options: {
  site: { type: "string" }, between: { type: "string" }, "no-profile": { type: "boolean" }, out: { type: "string" }, top: { type: "string", default: "25" },
  need: { type: "string", default: "Etsimme kumppania, joka ottaisi vastaan purkukohteista irrotettuja betonielementtejä, tiiliä ja ikkunoita uudelleenkäyttöön sekä auttaisi kartoittamaan rakennusosien kunnon ennen purkua pääkaupunkiseudulla." },
} });
const server = await serveStatic({ dir: path.resolve(opt.site) }, { h2: true });
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--ignore-certificate-errors"] });
const context = await browser.createBrowserContext();
const p = await context.newPage();
await p.setViewport({ width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 });
const cdp = await p.createCDPSession();
await cdp.send("Network.enable");
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
await p.tracing.start({ categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink.user_timing",
  "loading", "netlog", ...(opt["no-profile"] ? [] : ["disabled-by-default-v8.cpu_profiler", "disabled-by-default-v8.compile"])] });
await p.goto(`${server.origin}/kimppahaku/?q=${encodeURIComponent(opt.need)}`, { waitUntil: "domcontentloaded" });
await p.waitForFunction(() => performance.getEntriesByName("kimppahaku-results").length > 0, { timeout: 60000, polling: 20 });
const mark = await p.evaluate(() => performance.getEntriesByName("kimppahaku-results")[0].startTime);
const marks = await p.evaluate(() => performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]));
await new Promise((r) => setTimeout(r, 300));
const trace = JSON.parse(new TextDecoder().decode(await p.tracing.stop()));
await browser.close();
await server.close();
if (opt.out) await writeFile(opt.out, JSON.stringify(trace));

const ev = trace.traceEvents;
const nav = ev.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.includes("kimppahaku"))
  || ev.find((e) => e.name === "navigationStart");
const t0 = nav.ts, end = t0 + mark * 1000;
// --between A,B: the CPU profile of the time between two marks only
const [from, to] = (opt.between || "").split(",").map((n) => marks.find(([m]) => m === n)?.[1]);
const p0 = from != null ? t0 + from * 1000 : t0, p1 = to != null ? t0 + to * 1000 : end;
const main = { pid: nav.pid, tid: nav.tid };
const ms = (us) => (us / 1000).toFixed(0).padStart(6);
console.log(`results mark at ${mark.toFixed(0)} ms after navigation`);
for (const [n, t] of marks) console.log(`  mark ${String(Math.round(t)).padStart(6)} ms  ${n}`);
console.log();

// the main thread's work by kind: each complete event's own time (less its children's)
const onMain = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.ts >= t0 && e.ts < end).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const self = new Map(), stack = [];
let busy = 0;
for (const e of onMain) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  if (stack.length) self.set(stack.at(-1).name, (self.get(stack.at(-1).name) || 0) - e.dur);
  else busy += e.dur;
  self.set(e.name, (self.get(e.name) || 0) + e.dur);
  stack.push(e);
}
console.log(`main thread busy ${ms(busy)} ms of ${mark.toFixed(0)}; own time by kind:`);
for (const [n, d] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${ms(d)} ms  ${n}`);
console.log("\nmain-thread tasks over 20 ms (start, length, what):");
for (const e of onMain.filter((e) => e.dur > 20000 && /RunTask|ThreadControllerImpl/.test(e.name))) {
  const kids = onMain.filter((k) => k !== e && k.ts >= e.ts && k.ts + k.dur <= e.ts + e.dur && k.dur > 3000 && !/RunTask/.test(k.name));
  const what = [...new Set(kids.map((k) => `${k.name}${k.args?.data?.url ? ` ${k.args.data.url.split("/").slice(-2).join("/")}` : k.args?.data?.functionName ? ` ${k.args.data.functionName}` : ""}`))].slice(0, 5).join(", ");
  console.log(`  ${ms(e.ts - t0)} +${ms(e.dur).trim()} ms  ${what}`);
}

// the sampling profiler's self time by function, navigation to the mark
const nodes = new Map(), selfBy = new Map(), fileBy = new Map();
let ts = null;
for (const e of ev.filter((e) => e.name === "ProfileChunk" && e.pid === main.pid)) {
  const c = e.args.data.cpuProfile || {};
  for (const n of c.nodes || []) nodes.set(n.id, n);
  const deltas = e.args.data.timeDeltas || [];
  (c.samples || []).forEach((id, i) => {
    ts = (ts ?? ev.find((x) => x.name === "Profile" && x.pid === main.pid && x.id === e.id)?.args.data.startTime ?? e.ts) + deltas[i];
    const next = ts + (deltas[i + 1] ?? 0);
    if (ts < p0 || ts >= p1) return;
    const cf = nodes.get(id)?.callFrame;
    if (!cf || /^\((idle|program|root)\)$/.test(cf.functionName)) return;
    const key = `${cf.functionName || "(anonymous)"} ${cf.url ? cf.url.split("/").slice(-2).join("/") : ""}:${cf.lineNumber + 1}`;
    const d = Math.max(0, next - ts);
    selfBy.set(key, (selfBy.get(key) || 0) + d);
    const f = cf.url ? cf.url.split("/").slice(-2).join("/") : cf.functionName;
    fileBy.set(f, (fileBy.get(f) || 0) + d);
  });
}
console.log("\nCPU self time by file (sampled):");
for (const [n, d] of [...fileBy].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms(d)} ms  ${n}`);
console.log("\nCPU self time by function (sampled):");
for (const [n, d] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top))) console.log(`  ${ms(d)} ms  ${n}`);

// requests: sent, response start, finished
const req = new Map();
for (const e of ev) {
  const d = e.args?.data;
  if (!d?.requestId) continue;
  if (e.name === "ResourceSendRequest") req.set(d.requestId, { url: d.url, sent: e.ts - t0, prio: d.priority });
  const r = req.get(d.requestId);
  if (!r) continue;
  if (e.name === "ResourceReceiveResponse") r.resp = e.ts - t0;
  if (e.name === "ResourceFinish") { r.done = (d.finishTime ? d.finishTime * 1e6 : e.ts) - t0; r.bytes = d.encodedDataLength; }
}
console.log("\nrequests (sent → finished, ms after navigation):");
for (const r of [...req.values()].filter((r) => r.url.startsWith(server.origin)).sort((a, b) => a.sent - b.sent)) {
  console.log(`  ${ms(r.sent)} → ${r.done != null ? ms(r.done) : "     ?"}  ${String(r.bytes ?? "").padStart(7)} B  ${(r.prio || "").padEnd(8)} ${new URL(r.url).pathname}`);
}
