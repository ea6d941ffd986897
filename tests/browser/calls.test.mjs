// The calls page (/haut/, /en/calls/) and the front page's open calls in
// Chromium: no axe-core violations (WCAG 2.1 A and AA) and no sideways
// scrolling at phone and desktop widths, filters that keep the page's
// order, every call listed without JavaScript, days left counted on the
// visitor's date, and calls.ics served.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { buildSite, cleanup, launch, serve, watch } from "./harness.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let dir, server, browser;

before(async () => {
  dir = await buildSite();
  server = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await cleanup(dir);
});

// open loads url at width; options go to the browser context, clock
// (a date) fixes the page's clock before it loads.
async function open(url, width, { clock, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  if (clock) await context.clock.setFixedTime(new Date(clock));
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  const response = await page.goto(server.origin + url, { waitUntil: "load" });
  return { page, context, problems, response };
}

// visibleCalls lists the calls shown, in page order, as "section: title".
function visibleCalls(page) {
  return page.$$eval(".calls-group:not([hidden]) .call:not([hidden])", (els) =>
    els.map((el) => el.closest(".calls-group").id + ": " + el.querySelector(".call-title").textContent.trim()));
}

describe("calls page", () => {
  for (const width of [390, 1280]) {
    it(`has no axe violations and no sideways scroll at ${width}px`, async () => {
      const found = [];
      for (const url of ["/haut/", "/en/calls/", "/", "/en/", "/rahoitus/"]) {
        const { page, context, problems, response } = await open(url, width);
        try {
          assert.equal(response.status(), 200, url);
          await page.addScriptTag({ path: axePath });
          const result = await page.evaluate(() =>
            // eslint-disable-next-line no-undef
            axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
          for (const v of result.violations) {
            found.push(`${url}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
          }
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          if (scroll > client) found.push(`${url}: scrolls sideways (${scroll} > ${client})`);
          found.push(...problems.map((p) => `${url}: ${p}`));
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(found, []);
    });
  }

  it("lists every call without JavaScript, and hides the filters", async () => {
    const withJS = await open("/haut/", 1280);
    const all = await visibleCalls(withJS.page);
    await withJS.context.close();
    const { page, context } = await open("/haut/", 390, { javaScriptEnabled: false });
    try {
      assert.ok(all.length > 3, "the sample has calls");
      assert.deepEqual(await visibleCalls(page), all);
      assert.equal(await page.isVisible("#list-filters"), false);
      assert.ok(await page.isVisible("a[href$='calls.ics']"), "calendar link");
    } finally {
      await context.close();
    }
  });

  it("filters by eligible kind and theme without reordering, in the address too", async () => {
    const { page, context } = await open("/haut/", 1280);
    try {
      const before = await visibleCalls(page);
      await page.click("#list-filters [data-facet='eligible'] button[data-value='company']");
      const byKind = await visibleCalls(page);
      assert.ok(byKind.length > 0 && byKind.length < before.length, `company: ${byKind.length} of ${before.length}`);
      assert.deepEqual(byKind, before.filter((c) => byKind.includes(c)), "order kept");
      const facets = await page.$$eval(".call:not([hidden])", (els) => els.map((el) => el.dataset.facets));
      assert.ok(facets.every((f) => f.split(" ").includes("eligible=company")));
      assert.match(page.url(), /eligible=company/);
      assert.equal(await page.textContent("#list-status"), `Näytetään ${byKind.length} / ${before.length}`);
      // A section the filters empty hides; the counts follow.
      for (const g of await page.$$eval(".calls-group[data-filter-section]", (els) =>
        els.map((el) => ({ hidden: el.hidden, n: el.querySelectorAll(".call:not([hidden])").length, count: el.querySelector("h2 .count").textContent })))) {
        assert.equal(g.hidden, g.n === 0);
        assert.equal(g.count, String(g.n));
      }
      await page.click("#list-filters [data-facet='focus_areas'] button[data-value='textiles']");
      const both = await visibleCalls(page);
      assert.ok(both.length <= byKind.length);
      await page.click("#list-clear");
      assert.deepEqual(await visibleCalls(page), before);
    } finally {
      await context.close();
    }
  });

  it("counts the days left on the visitor's date", async () => {
    // The sample's EAKR pilot call is open 1.12.2026–26.2.2027.
    const title = "Uudenmaan EAKR-pilottiraha";
    const status = async (page) => page.locator(".call", { hasText: title }).first().locator(".call-status").textContent();
    for (const [clock, fi, en, cls] of [
      ["2027-02-20T10:00:00", "6 päivää jäljellä", "6 days left", "call-open"],
      ["2027-02-25T23:30:00", "1 päivä jäljellä", "1 day left", "call-open"],
      ["2027-02-26T08:00:00", "Viimeinen päivä tänään", "Closes today", "call-open"],
      ["2027-02-27T08:00:00", "Päättynyt", "Closed", "call-past"],
      ["2026-11-15T08:00:00", "Avautuu 1.12.2026", "Opens 1 Dec 2026", "call-upcoming"],
    ]) {
      for (const [url, want] of [["/haut/", fi], ["/en/calls/", en]]) {
        const { page, context } = await open(url, 390, { clock });
        try {
          assert.equal((await status(page)).trim(), want, `${url} on ${clock}`);
          assert.ok(await page.locator(".call", { hasText: title }).first().evaluate((el, c) => el.classList.contains(c), cls), `${url} on ${clock}: ${cls}`);
        } finally {
          await context.close();
        }
      }
    }
  });

  it("serves calls.ics as an iCalendar feed", async () => {
    const res = await fetch(server.origin + "/calls.ics");
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "text/calendar; charset=utf-8");
    const text = await res.text();
    assert.ok(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert.ok(text.endsWith("END:VCALENDAR\r\n"));
    assert.ok(text.includes("BEGIN:VEVENT\r\n"));
    assert.ok(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75));
  });
});
