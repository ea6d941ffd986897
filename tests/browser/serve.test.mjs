// `kimppa serve` in a real browser: an open page reloads by itself after
// a content file is saved, shows an overlay with the diagnostics while
// the file is broken, and drops it once the file is fixed.
//
// Needs Debian's Chromium (/usr/bin/chromium) and Go; run with
// `cd tests/browser && node --test serve.test.mjs`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
// Generous: the waits protect against a hang, they measure nothing.
const wait = { timeout: 120_000 };

let tmp, site, server, url, browser;

// writeTxtar writes the files of a txtar archive into dir.
function writeTxtar(archive, dir) {
  const parts = readFileSync(archive, "utf8").split(/^-- (.+?) --$\n?/m);
  for (let i = 1; i < parts.length; i += 2) {
    const file = join(dir, parts[i]);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, parts[i + 1]);
  }
}

// startServe runs kimppa serve on a free port and resolves to its address.
function startServe(bin, source) {
  const child = spawn(bin, ["serve", "--source", source, "--addr", "127.0.0.1:0"], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  const ready = new Promise((resolve, reject) => {
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const m = log.match(/Serving (http:\/\/\S+) \(Ctrl-C to stop\)/);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`kimppa serve exited with ${code}:\n${log}`)));
  });
  return { child, ready, log: () => log };
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), "kimppa-serve-browser-"));
  const bin = join(tmp, "kimppa");
  execFileSync("go", ["build", "-o", bin, "./cmd/kimppa"], { cwd: repo, stdio: "inherit" });
  site = join(tmp, "site");
  writeTxtar(join(repo, "generator", "serve", "testdata", "site.txtar"), site);
  server = startServe(bin, site);
  url = await server.ready;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
      "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  if (server && server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.on("exit", (code, signal) => resolve({ code, signal })));
    server.child.kill("SIGINT");
    const { code } = await exited;
    assert.equal(code, 0, `kimppa serve exit code after Ctrl-C:\n${server.log()}`);
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const actor = () => join(site, "content", "actors", "alfa.md");

function replaceIn(file, from, to) {
  const text = readFileSync(file, "utf8");
  assert.ok(text.includes(from), `${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
}

test("an open page reloads by itself after a save and shows the new text", async () => {
  const page = await browser.newPage();
  await page.goto(url + "toimijat/alfa/");
  assert.match(await page.textContent("main"), /Alfa lajittelee muovia\./);
  // A mark that only a real reload removes.
  await page.evaluate(() => { window.kimppaTestMark = true; });
  const reloaded = page.waitForEvent("load", wait);

  replaceIn(actor(), "Alfa lajittelee muovia.", "Alfa lajittelee nyt myös tekstiilit.");

  await reloaded;
  await page.waitForFunction(() => document.querySelector("main")?.textContent.includes("Alfa lajittelee nyt myös tekstiilit."), null, wait);
  assert.equal(await page.evaluate(() => window.kimppaTestMark), undefined, "the page was not reloaded");
  await page.close();
});

test("a broken file shows an overlay with the diagnostics over the last valid page, gone once fixed", async () => {
  const page = await browser.newPage();
  await page.goto(url + "toimijat/alfa/");
  const good = await page.textContent("main");

  replaceIn(actor(), "kind: company", "kind: [company");

  const overlay = page.locator("#kimppa-errors");
  await overlay.waitFor({ state: "visible", ...wait });
  assert.equal(await overlay.getAttribute("role"), "alert");
  const text = await overlay.textContent();
  assert.match(text, /content\/actors\/alfa\.md:3:1/);
  // The overlay speaks the site's default language, Finnish; kimppa's own
  // messages stay in English and are marked so.
  assert.equal(await overlay.getAttribute("lang"), "fi");
  assert.match(text, /Sisällössä on (1 virhe|\d+ virhettä):/);
  assert.match(text, /virhe:/);
  assert.match(text, /vihje: /);
  assert.equal(await overlay.locator("li span[lang=en]").first().getAttribute("lang"), "en");
  assert.equal(await overlay.locator("button").textContent(), "Piilota");
  assert.equal(await page.textContent("main"), good, "the last valid page stays under the overlay");

  // A page opened while the file is broken shows the overlay too.
  const other = await browser.newPage();
  await other.goto(url);
  await other.locator("#kimppa-errors").waitFor({ state: "visible", ...wait });
  await other.close();

  replaceIn(actor(), "kind: [company", "kind: company\nmunicipality: Lohja");
  await overlay.waitFor({ state: "detached", ...wait });
  await page.waitForFunction(() => document.querySelector("main")?.textContent.includes("Lohja"), null, wait);
  await page.close();
});
