// Smoke tests of the built sample site in a real browser. Run with
//   cd tests/browser && npm ci && npm test
// (needs Go, and Chromium at /usr/bin/chromium: apt-get install chromium).
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildSite, cleanup, launch, screenshotDir, serve, watch } from "./harness.js";

let out, server, browser, entities;

before(async () => {
  out = await buildSite();
  server = await serve(out);
  browser = await launch();
  entities = JSON.parse(await readFile(path.join(out, "data", "entities.json"), "utf8"));
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await cleanup(out);
});

// pick returns the first published entity of a type, preferring one the
// predicate likes.
function pick(type, prefer = () => true) {
  const all = entities.filter((e) => e.type === type);
  return all.find(prefer) || all[0];
}

// open loads a page at a width and returns it with its problem list.
async function open(url, width = 1280, options = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  const response = await page.goto(server.origin + url, { waitUntil: "load" });
  return { page, context, problems, response };
}

async function shoot(page, name, width) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}.png`), fullPage: true });
}

// checkPage asserts what every page must do: the status, one non-empty
// h1, alt text on every image, and nothing broken or external.
async function checkPage(url, name, { status = 200, lang } = {}) {
  for (const width of [390, 1280]) {
    const { page, context, problems, response } = await open(url, width);
    try {
      assert.equal(response.status(), status, `${url}: HTTP status`);
      const h1s = await page.locator("h1").allTextContents();
      assert.equal(h1s.length, 1, `${url}: one h1`);
      assert.ok(h1s[0].trim().length > 0, `${url}: h1 has text`);
      if (lang) assert.equal(await page.getAttribute("html", "lang"), lang, `${url}: html lang`);
      const noAlt = await page.$$eval("img", (imgs) => imgs.filter((i) => !i.hasAttribute("alt")).map((i) => i.src));
      assert.deepEqual(noAlt, [], `${url}: images without alt`);
      const broken = await page.$$eval("img", (imgs) => imgs.filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.src));
      assert.deepEqual(broken, [], `${url}: images that did not load`);
      await shoot(page, name, width);
      // A 404 page logs its own status; a missing asset is still caught
      // as an error response.
      const real = status === 404 ? problems.filter((p) => !p.includes("status of 404")) : problems;
      assert.deepEqual(real, [], `${url} at ${width}px`);
    } finally {
      await context.close();
    }
  }
}

describe("pages", () => {
  it("home", () => checkPage("/", "home", { lang: "fi" }));
  it("list page", () => checkPage("/toimijat/", "list-actors", { lang: "fi" }));
  for (const type of ["actors", "services", "projects", "contracts", "funding", "pages"]) {
    it(`entity page: ${type}`, () => {
      const e = pick(type, (e) => e.attachments || (e.translations && e.translations.en));
      return checkPage(e.url, `entity-${type}`, { lang: "fi" });
    });
  }
  it("taxonomy and term pages", async () => {
    await checkPage("/teemat/", "taxonomy", { lang: "fi" });
    await checkPage("/teemat/construction/", "term", { lang: "fi" });
  });
  it("English home and entity", async () => {
    await checkPage("/en/", "en-home", { lang: "en" });
    const e = pick("actors", (e) => e.translations && e.translations.en);
    await checkPage(e.translations?.en?.url || "/en/", "en-entity", { lang: "en" });
  });
  it("404 page", () => checkPage("/ei-tallaista-sivua/", "404", { status: 404, lang: "fi" }));
});

describe("behaviour", () => {
  it("the skip link is the first stop and moves focus to the main content", async () => {
    const { page, context } = await open("/toimijat/");
    try {
      await page.keyboard.press("Tab");
      const first = await page.evaluate(() => ({ cls: document.activeElement.className, href: document.activeElement.getAttribute("href") }));
      assert.deepEqual(first, { cls: "skip-link", href: "#main" });
      const box = await page.locator(".skip-link").boundingBox();
      assert.ok(box && box.y >= 0 && box.height > 0, "the focused skip link is visible");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => location.hash === "#main");
      assert.equal(await page.evaluate(() => document.activeElement.id), "main");
    } finally {
      await context.close();
    }
  });

  it("the language switch goes to the same entity in the other language", async () => {
    const e = pick("actors", (e) => e.translations && e.translations.en);
    const { page, context } = await open(e.url);
    try {
      const enURL = await page.getAttribute('link[rel="alternate"][hreflang="en"]', "href");
      await Promise.all([page.waitForNavigation(), page.click('.lang-switch a[hreflang="en"]')]);
      assert.equal(new URL(page.url()).pathname, new URL(enURL).pathname);
      assert.equal(await page.getAttribute("html", "lang"), "en");
      const back = await page.getAttribute('.lang-switch a[hreflang="fi"]', "href");
      assert.equal(back, e.url, "the English page switches back to the same entity");
      if (e.translations?.en?.title) {
        assert.equal((await page.locator("h1").textContent()).trim(), e.translations.en.title);
      }
    } finally {
      await context.close();
    }
  });

  it("list filters show fewer cards, and clearing shows them all", async () => {
    const { page, context, problems } = await open("/toimijat/");
    try {
      const cards = page.locator(".list-main .card");
      const visible = () => page.locator(".list-main .card:not([hidden])").count();
      const total = await cards.count();
      assert.ok(total > 1, "the list has cards");
      assert.equal(await visible(), total);
      const filter = page.locator('[data-facet="kind"] button.filter').first();
      const want = Number(await filter.locator(".count").textContent());
      assert.ok(want < total, "the filter selects a subset");
      await filter.click();
      assert.equal(await filter.getAttribute("aria-pressed"), "true");
      assert.equal(await visible(), want);
      assert.match(await page.locator("#list-status").textContent(), new RegExp(`${want}\\D+${total}`));
      assert.ok(new URL(page.url()).search.includes("kind="), "the filter is kept in the address");
      await page.selectOption("#list-sort", "date");
      assert.equal(await visible(), want);
      await page.click("#list-clear");
      assert.equal(await visible(), total);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it("a filtered address opens the list filtered", async () => {
    const { page, context } = await open("/hankkeet/?status=ongoing");
    try {
      const shown = await page.locator(".list-main .card:not([hidden])").count();
      const all = await page.locator(".list-main .card").count();
      assert.ok(shown > 0 && shown < all, `${shown} of ${all} projects shown`);
      const badges = await page.locator(".list-main .card:not([hidden]) .badge-status-ongoing").count();
      assert.equal(badges, shown);
    } finally {
      await context.close();
    }
  });

  it("without JavaScript every card is visible and the menu still opens", async () => {
    const { page, context } = await open("/toimijat/", 390, { javaScriptEnabled: false });
    try {
      const total = await page.locator(".list-main .card").count();
      assert.ok(total > 0);
      assert.equal(await page.locator(".list-main .card:visible").count(), total);
      assert.equal(await page.locator("#list-filters").isVisible(), false, "filters need JavaScript");
      assert.equal(await page.locator("#site-nav").isVisible(), false, "the menu starts closed on a phone");
      await page.click(".nav-toggle");
      assert.equal(await page.locator("#site-nav").isVisible(), true, "the menu opens by its #target");
    } finally {
      await context.close();
    }
  });

  it("the menu button toggles the navigation on a phone", async () => {
    const { page, context } = await open("/", 390);
    try {
      const toggle = page.locator(".nav-toggle");
      assert.equal(await page.locator("#site-nav").isVisible(), false);
      await toggle.click();
      assert.equal(await toggle.getAttribute("aria-expanded"), "true");
      assert.equal(await page.locator("#site-nav").isVisible(), true);
      await page.keyboard.press("Escape");
      assert.equal(await toggle.getAttribute("aria-expanded"), "false");
      assert.equal(await page.locator("#site-nav").isVisible(), false);
    } finally {
      await context.close();
    }
  });

  it("funding calls get their state in the browser", async () => {
    const e = pick("funding", (e) => Array.isArray(e.calls) && e.calls.some((c) => c.opens || c.closes));
    const { page, context } = await open(e.url);
    try {
      const states = await page.locator("td.call-state span").allTextContents();
      assert.ok(states.length > 0, "call states are shown");
      assert.ok(states.every((s) => s.trim().length > 0));
    } finally {
      await context.close();
    }
  });

  it("the header search sends the query to the search page", async () => {
    const { page, context } = await open("/toimijat/");
    try {
      await page.fill("#site-q", "muovi");
      await Promise.all([page.waitForNavigation(), page.press("#site-q", "Enter")]);
      const u = new URL(page.url());
      assert.equal(u.pathname, "/haku/");
      assert.equal(u.searchParams.get("q"), "muovi");
    } finally {
      await context.close();
    }
  });
});
