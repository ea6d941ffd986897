// Headings and landmarks that axe-core checks only among its best
// practices: headings in order (kimppahaku's suggestions are h3s under an
// h2), landmarks of one kind told apart by their names (the 404 page has
// two search forms, one per language), one main and one h1 — on every
// kind of page of the long-labels site, with the suggestions shown.
//
// Needs Debian's Chromium and Go: `cd tests/browser && node --test structure.test.mjs`.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { longLabels, useSite } from "./harness.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const rules = ["heading-order", "landmark-unique", "landmark-one-main", "page-has-heading-one", "landmark-no-duplicate-main", "empty-heading"];
const site = useSite(longLabels);

const pages = ["/", "/toimijat/", "/toimijat/kierratyskeskus/", "/haasteet/rakennusosat/", "/kestavan-kehityksen-tavoitteet/",
  "/kestavan-kehityksen-tavoitteet/sdg-15/", "/haut/", "/haku/?q=rakennusosien", "/kimppahaku/?q=betonielementtien%20uudelleenk%C3%A4ytt%C3%B6",
  "/en/partner-search/?q=reuse%20of%20concrete%20elements", "/saavutettavuus/", "/ei-ole/"];

describe("headings and landmarks (axe best practices)", () => {
  it("every kind of page", async () => {
    const found = [];
    for (const url of pages) {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        await page.goto(site.server.origin + url, { waitUntil: "load" });
        if (url.startsWith("/haku/")) await page.waitForSelector("#search-results li");
        if (url.includes("search/?q=") || url.startsWith("/kimppahaku/?q=")) await page.waitForSelector("#kimppahaku-results li");
        await page.addScriptTag({ path: axePath });
        // eslint-disable-next-line no-undef
        const result = await page.evaluate((ids) => axe.run(document, { runOnly: { type: "rule", values: ids } }), rules);
        for (const v of result.violations) found.push(`${url}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(found, []);
  });
});
