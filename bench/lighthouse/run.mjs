// make bench: Lighthouse (npm lighthouse 12.2.3) over the sample site's
// home, search, list and entity pages, Finnish and English, in Debian's
// Chromium, printing the four category scores of each page. The target is
// 95 or more in every category; the run exits 1 when a page falls short.
// Slow (a Chromium per page), so it is not part of make test.
//
//   cd bench/lighthouse && npm ci && node run.mjs
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { serveStatic } from "./static.mjs";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const target = Number(process.env.LIGHTHOUSE_TARGET || 95);

const site = { dir: "" };
const server = await serveStatic(site);
const origin = server.origin;

// Build the sample site for this address, so that canonical links and
// the sitemap point where Lighthouse looks.
const dir = (site.dir = await mkdtemp(path.join(tmpdir(), "kimppa-lighthouse-")));
await run("go", ["run", "./cmd/kimppa", "build", "-q", "--out", dir, "--base-url", origin + "/"], { cwd: repo, maxBuffer: 16 << 20 });
const entities = JSON.parse(await readFile(path.join(dir, "data", "entities.json"), "utf8"));
const en = { actors: "actors", services: "services", projects: "projects", contracts: "contracts", funding: "funding" };
const pages = ["/", "/en/", "/haku/", "/en/search/", "/toimijat/", "/en/actors/"];
for (const type of Object.keys(en)) {
  const e = entities.find((x) => x.type === type);
  if (!e) continue;
  pages.push(e.url, `/en/${en[type]}/${e.slug}/`);
}

const lighthouse = path.join(here, "node_modules", ".bin", "lighthouse");
const categories = ["performance", "accessibility", "best-practices", "seo"];
let short = 0;
console.log(["page".padEnd(44), ...categories.map((c) => c.padStart(15))].join(""));
for (const page of pages) {
  const { stdout } = await run(lighthouse, [origin + page, "--quiet", "--output=json", "--output-path=stdout",
    `--chrome-path=${chromium}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
    `--only-categories=${categories.join(",")}`], { maxBuffer: 64 << 20, env: { ...process.env, CHROME_PATH: chromium } });
  const report = JSON.parse(stdout);
  const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
  const low = categories.filter((c, i) => scores[i] < target);
  short += low.length ? 1 : 0;
  console.log([page.padEnd(44), ...scores.map((s) => String(s).padStart(15))].join("") + (low.length ? `   below ${target}: ${low.join(", ")}` : ""));
  for (const c of low) {
    for (const ref of report.categories[c].auditRefs) {
      const a = report.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`    ${c}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ""}`);
    }
  }
}
await server.close();
await rm(dir, { recursive: true, force: true });
if (short) {
  console.log(`${short} of ${pages.length} pages below ${target} in some category`);
  process.exit(1);
}
console.log(`every page scores ${target} or more in all four categories`);
