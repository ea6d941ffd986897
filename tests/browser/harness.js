// Test harness: build the sample site with kimppa, serve it on 127.0.0.1
// and open it in Debian's Chromium through playwright-core. No browser is
// ever downloaded; set CHROMIUM to use another binary.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
};

// buildDay is the day every test build judges dates by
// (SOURCE_DATE_EPOCH): which calls and challenges are open must not
// change with the day the tests run, or a test of a call's last days
// starts failing once the call has really closed. It is the Go tests' day.
export const buildDay = "2026-12-01";

// buildSite runs `kimppa build` on a site (by default the repository's
// sample site) into a new temporary folder and returns the folder.
export async function buildSite(source = ".") {
  const out = await mkdtemp(path.join(tmpdir(), "kimppa-browser-"));
  await promisify(execFile)("go", ["run", "./cmd/kimppa", "build", "-q", "--source", source, "--out", out], {
    cwd: repoRoot,
    maxBuffer: 16 << 20,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse(buildDay + "T00:00:00Z") / 1000) },
  });
  return out;
}

// generateSite writes a synthetic site of n entities (internal/gencorpus)
// into a new temporary folder and returns the folder.
export async function generateSite(n) {
  const dir = await mkdtemp(path.join(tmpdir(), "kimppa-corpus-"));
  await promisify(execFile)("go", ["run", "./internal/gencorpus", dir, String(n)], { cwd: repoRoot, maxBuffer: 16 << 20 });
  return dir;
}

// serve serves dir like a static host: folders by their index.html,
// anything missing with 404.html and status 404.
export async function serve(dir) {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith("/")) rel += "index.html";
      const file = path.join(dir, path.normalize(rel));
      if (!file.startsWith(dir + path.sep)) throw new Error("outside");
      const st = await stat(file);
      if (!st.isFile()) throw new Error("not a file");
      res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
      res.end(await readFile(file));
    } catch {
      let body = "not found";
      try {
        body = await readFile(path.join(dir, "404.html"));
      } catch {}
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

// watch records what goes wrong on a page: console errors, uncaught
// exceptions, failed requests, error responses and requests that leave
// the test server.
export function watch(page, origin) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on("request", (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("about:")) problems.push(`external request: ${u}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400 && res.request().resourceType() !== "document") {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
  return problems;
}

export async function cleanup(dir) {
  if (dir) await rm(dir, { recursive: true, force: true });
}

// longLabels is the site of the longest labels and titles we could find;
// useSite builds a site before a test file's tests, serves it and opens
// Chromium, and closes all three after them. Read its fields in tests.
export const longLabels = path.join(repoRoot, "tests/browser/testdata/long-labels");

export function useSite(source) {
  const site = {};
  before(async () => {
    site.dir = await buildSite(source);
    site.server = await serve(site.dir);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    await cleanup(site.dir);
  });
  return site;
}
