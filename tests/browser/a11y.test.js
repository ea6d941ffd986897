// Accessibility: every kind of page passes axe-core's WCAG 2.1 A and AA
// rules (contrast, landmarks, names, lang, headings…) in Chromium, in
// Finnish and English, at phone and desktop widths.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { buildSite, cleanup, generateSite, launch, serve } from "./harness.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let dir, server, browser, entities;

before(async () => {
  dir = await buildSite();
  server = await serve(dir);
  browser = await launch();
  entities = JSON.parse(await readFile(path.join(dir, "data", "entities.json"), "utf8"));
});

after(async () => {
  await browser?.close();
  await server?.close();
  await cleanup(dir);
});

// violations runs axe on url at width and returns its WCAG 2.1 AA
// violations as readable lines.
async function violations(url, width, origin = server.origin) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(origin + url, { waitUntil: "load" });
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  } finally {
    await context.close();
  }
}

function entityURL(type) {
  const e = entities.find((x) => x.type === type);
  assert.ok(e, `no ${type} in the sample`);
  return e.url;
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  const pages = () => [
    "/", "/en/", "/toimijat/", "/en/projects/", "/teemat/", "/teemat/construction/", "/haku/?q=muovi", "/en/search/?q=plastic",
    "/about/", "/saavutettavuus/", "/en/accessibility/", ...["actors", "services", "projects", "contracts", "funding"].map(entityURL),
  ];
  for (const width of [390, 1280]) {
    it(`every kind of page at ${width}px`, async () => {
      const found = [];
      for (const url of pages()) {
        for (const v of await violations(url, width)) found.push(`${url}: ${v}`);
      }
      assert.deepEqual(found, []);
    });
  }
});

// The sample site has no term long enough to need a second page, so a
// synthetic site (internal/gencorpus) supplies the paginated term pages.
describe("accessibility of paginated term pages (generated site)", () => {
  let source, out, genServer, term;
  before(async () => {
    source = await generateSite(1000);
    out = await buildSite(source);
    genServer = await serve(out);
    for (const t of (await readdir(path.join(out, "teemat"))).sort()) {
      if (await stat(path.join(out, "teemat", t, "sivu", "3")).catch(() => null)) {
        term = t;
        break;
      }
    }
  });
  after(async () => {
    await genServer?.close();
    await cleanup(out);
    await cleanup(source);
  });
  for (const width of [390, 1280]) {
    it(`first, middle and English pages at ${width}px`, async () => {
      assert.ok(term, "the generated site has no term with three pages");
      const found = [];
      for (const url of [`/teemat/${term}/`, `/teemat/${term}/sivu/2/`, `/en/themes/${term}/page/3/`]) {
        for (const v of await violations(url, width, genServer.origin)) found.push(`${url}: ${v}`);
      }
      assert.deepEqual(found, []);
    });
  }
});
