// The search page (assets/js/search-ui.js) in headless Chromium, against the
// fixture index. Serves a small site on 127.0.0.1, lets a script in the page
// type, press keys, tick filters and go back, then reads its report from the
// DOM (chromium --dump-dom). It drives a browser, so it runs with the
// browser tests (make browser-test). Skipped when Chromium is not
// installed (Debian: apt-get install chromium).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join, normalize } from "node:path";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = join(root, "generator/searchindex/testdata/fixture");

async function findChromium() {
  for (const p of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (!p) continue;
    try {
      await stat(p);
      return p;
    } catch {}
  }
  return null;
}

const labels = {
  results: "{n} tulosta", results_one: "1 tulos", no_results: "Ei tuloksia haulle {q}.", browse: "{n} kohdetta",
  loading: "Haetaan…", error: "Haku ei toimi.", filters: "Rajaa tuloksia", clear: "Poista rajaukset",
  more: "Näytä lisää", results_list: "Hakutulokset",
};

// The page's own test script: it drives the UI and writes a JSON report.
const driver = String.raw`
const report = { steps: [] };
const $ = (s) => document.querySelector(s);
const status = $("#search-status");
const titles = () => [...document.querySelectorAll("#search-results li a")].map((a) => a.textContent);
const hrefs = () => [...document.querySelectorAll("#search-results li a")].map((a) => a.getAttribute("href"));
const badges = () => [...document.querySelectorAll("#search-results .search-badge")].map((b) => b.textContent);
const wait = (cond, what) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  (function poll() {
    let ok = false;
    try { ok = cond(); } catch {}
    if (ok) resolve();
    else if (performance.now() - t0 > 8000) reject(new Error("timeout: " + what));
    else setTimeout(poll, 25);
  })();
});
const key = (el, k) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
(async () => {
  try {
    // 1. opened as /haku/?q=muovin: results for the query in the URL
    await wait(() => titles().length > 0 && /tulosta/.test(status.textContent), "initial results");
    report.initial = { q: $("#search-q").value, titles: titles(), hrefs: hrefs(), badges: badges(), status: status.textContent,
      role: status.getAttribute("role"), live: status.getAttribute("aria-live"), listLabel: $("#search-results").getAttribute("aria-label") };

    // 2. typing: results follow the text, the URL is replaced (not pushed)
    const before = history.length;
    const input = $("#search-q");
    input.focus();
    input.value = "rakennusosien";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await wait(() => location.search.includes("rakennusosien") && titles().includes("Rakennusosat kiertoon"), "typed results");
    report.typed = { titles: titles(), url: location.search, historyGrew: history.length - before, status: status.textContent };

    // 3. keyboard: down into the results, down, up, up back to the box
    key(input, "ArrowDown");
    const a0 = document.activeElement.textContent;
    key(document.activeElement, "ArrowDown");
    const a1 = document.activeElement.textContent;
    key(document.activeElement, "ArrowUp");
    const a2 = document.activeElement.textContent;
    key(document.activeElement, "ArrowUp");
    report.keys = { first: a0, second: a1, backToFirst: a2, backToInput: document.activeElement === input, titles: titles() };

    // 4. a facet filter: tick "Hanke" (projects); the URL gets type=projects
    await wait(() => document.getElementById("facet-type-projects"), "facet checkbox");
    const countText = document.querySelector("label[for=facet-type-projects]").textContent;
    document.getElementById("facet-type-projects").click();
    await wait(() => location.search.includes("type=projects") && badges().length > 0 && badges().every((b) => b === "Hanke"), "filtered");
    report.filtered = { url: location.search, badges: badges(), titles: titles(), countText,
      legends: [...document.querySelectorAll("#search-facets legend")].map((l) => l.textContent) };

    // 5. back: the filter goes away again
    history.back();
    await wait(() => !location.search.includes("type=") && !document.getElementById("facet-type-projects").checked
      && !badges().every((b) => b === "Hanke"), "back");
    report.back = { url: location.search, badges: badges(), checked: document.getElementById("facet-type-projects").checked };

    // 6. an empty query with a filter lists entities by title
    input.value = "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await wait(() => location.search === "" && /kohdetta/.test(status.textContent), "empty");
    document.getElementById("facet-type-services").click();
    await wait(() => location.search.includes("type=services") && badges().every((b) => b === "Palvelu"), "browse");
    report.browse = { titles: titles(), status: status.textContent };
    document.querySelector(".search-clear").click();
    await wait(() => location.search === "", "cleared");

    // 7. nothing found
    $("#search-form").requestSubmit ? (input.value = "xyzzyq", $("#search-form").requestSubmit()) : null;
    await wait(() => /Ei tuloksia/.test(status.textContent), "no results");
    report.none = { status: status.textContent, items: titles().length, url: location.search };

    // 8. more results
    input.value = "";
    $("#search-form").requestSubmit();
    await wait(() => document.getElementById("search-more"), "more button");
    const n0 = titles().length;
    document.getElementById("search-more").click();
    await wait(() => titles().length > n0, "more");
    report.more = { before: n0, after: titles().length };
  } catch (e) {
    report.error = String(e && e.stack || e);
  }
  document.getElementById("report").textContent = JSON.stringify(report);
})();
`;

const page = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Haku</title></head><body>
<div id="search-app" data-lang="fi" data-base="/" data-labels='${JSON.stringify(labels)}'>
<form role="search" id="search-form" action=""><label for="search-q">Hae</label><input type="search" id="search-q" name="q"></form>
<div id="search-facets"></div>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results"></ol>
<noscript>Haku tarvitsee JavaScriptin.</noscript>
</div>
<pre id="report"></pre>
<script type="module" src="/js/search-ui.js"></script>
<script type="module">${driver}</script>
</body></html>`;

function serve() {
  const types = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = null;
    if (path === "/haku/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page);
      return;
    }
    if (/^\/search\/[a-z]+\.js$/.test(path)) file = join(root, "assets", path); // search.js and its modules
    else if (path === "/js/search-ui.js") file = join(root, "assets/js/search-ui.js");
    else if (path.startsWith("/search/")) file = join(fixture, normalize(path.slice("/search/".length)).replace(/^(\.\.[/\\])+/, ""));
    try {
      const data = await readFile(file);
      res.writeHead(200, { "content-type": types[file.slice(file.lastIndexOf("."))] || "application/octet-stream" });
      res.end(data);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

test("the search page works in headless Chromium", async (t) => {
  const chromium = await findChromium();
  if (!chromium) {
    t.skip("Chromium is not installed");
    return;
  }
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/haku/?q=muovin`;
  let dom;
  try {
    dom = await new Promise((resolve, reject) => {
      execFile(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--virtual-time-budget=30000", "--dump-dom", url], { timeout: 120000, maxBuffer: 1 << 24 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
    });
  } finally {
    server.close();
  }
  const m = dom.match(/<pre id="report">([\s\S]*?)<\/pre>/);
  assert.ok(m && m[1], `no report in the page:\n${dom.slice(0, 2000)}`);
  const report = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
  assert.equal(report.error, undefined, report.error);

  assert.equal(report.initial.q, "muovin");
  assert.ok(report.initial.titles.length >= 4, report.initial.titles.join());
  assert.ok(report.initial.hrefs.every((h) => h.startsWith("/")), report.initial.hrefs.join());
  assert.match(report.initial.status, /^\d+ tulosta$/);
  assert.equal(report.initial.role, "status");
  assert.equal(report.initial.live, "polite");
  assert.equal(report.initial.listLabel, "Hakutulokset");
  assert.ok(report.initial.badges.includes("Toimija") && report.initial.badges.includes("Hanke"), report.initial.badges.join());

  assert.ok(report.typed.url.includes("q=rakennusosien"));
  assert.equal(report.typed.historyGrew, 0, "typing replaces the history entry");

  assert.equal(report.keys.first, report.keys.titles[0]);
  assert.equal(report.keys.second, report.keys.titles[1]);
  assert.equal(report.keys.backToFirst, report.keys.titles[0]);
  assert.equal(report.keys.backToInput, true);

  assert.ok(report.filtered.url.includes("type=projects"));
  assert.ok(report.filtered.badges.every((b) => b === "Hanke"));
  assert.match(report.filtered.countText, /Hanke \(\d+\)/);
  assert.ok(report.filtered.legends.includes("Tyyppi") && report.filtered.legends.includes("Teema-alueet"), report.filtered.legends.join());

  assert.equal(report.back.checked, false);
  assert.ok(!report.back.url.includes("type="));

  assert.deepEqual(report.browse.titles, ["Kiertotalousneuvonta yrityksille", "Muovien tunnistus ja analyysi",
    "Purku- ja materiaalikartoitus", "Rakennusosapankki", "Työkalujen vuokraus"]);
  assert.equal(report.browse.status, "5 kohdetta");

  assert.match(report.none.status, /Ei tuloksia haulle/);
  assert.equal(report.none.items, 0);
  assert.ok(report.none.url.includes("q=xyzzyq"));

  assert.equal(report.more.before, 10);
  assert.equal(report.more.after, 20);
});
