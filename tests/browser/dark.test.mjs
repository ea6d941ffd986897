// Dark colour scheme: with the system set to dark (prefers-color-scheme),
// every kind of page still passes axe-core's WCAG 2.1 A and AA rules,
// contrast above all, at phone and desktop widths, in both languages.
//
// Needs Debian's Chromium and Go: `cd tests/browser && node --test dark.test.mjs`.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { buildSite, cleanup, launch, serve } from "./harness.js";

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

async function darkViolations(url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: "dark" });
  try {
    const page = await context.newPage();
    await page.goto(server.origin + url, { waitUntil: "load" });
    if (url.includes("?q=")) await page.waitForSelector(url.startsWith("/kimppahaku/") ? "#kimppahaku-results li" : "#search-results li");
    const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches && getComputedStyle(document.body).backgroundColor);
    assert.equal(dark, "rgb(14, 26, 23)", `${url}: the page is not in the dark scheme`);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.any[0]?.message || ""}`).join(", ")}`);
  } finally {
    await context.close();
  }
}

function entityURL(type) {
  const e = entities.find((x) => x.type === type);
  assert.ok(e, `no ${type} in the sample`);
  return e.url;
}

describe("dark colour scheme (axe-core, WCAG 2.1 AA)", () => {
  const pages = () => [
    "/", "/en/", "/toimijat/", "/en/projects/", "/rahoitus/", "/teemat/", "/teemat/construction/", "/haku/?q=muovi", "/en/search/?q=plastic",
    "/about/", "/saavutettavuus/", "/en/accessibility/", "/404.html",
    ...["actors", "services", "projects", "contracts", "funding", "challenges"].map(entityURL), "/toimijat/helsingin-kaupunki/",
    "/haut/", "/haasteet/", "/kimppahaku/?q=m%C3%A4ski%20ja%20sivuvirrat", "/toimijat/vtt/",
  ];
  for (const width of [390, 1280]) {
    it(`every kind of page at ${width}px has no violations`, async () => {
      const found = [];
      for (const url of pages()) {
        for (const v of await darkViolations(url, width)) found.push(`${url}: ${v}`);
      }
      assert.equal(found.length, 0, `${found.length} violations:\n${found.slice(0, 8).join("\n")}`);
    });
  }
});
