// Kimppahaku in Chromium: /kimppahaku/ (and /en/partner-search/) ranks
// what could meet a need written in words, with reasons and a prefilled
// e-mail; a deep link ?q= runs it; without JavaScript the form is a
// search. Challenge pages show their solvers and actor pages their
// potential partners and open calls. No axe-core violations and no
// sideways scrolling at phone and desktop widths.
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

async function open(url, width, options = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  const response = await page.goto(server.origin + url, { waitUntil: "load" });
  return { page, context, problems, response };
}

async function audit(page, url) {
  const found = [];
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
  return found;
}

const NEED_FI = "Panimomme mäski ja muut elintarviketeollisuuden sivuvirrat tarvitsevat jatkojalostajan";

describe("kimppahaku", () => {
  for (const width of [390, 1280]) {
    it(`ranks a need with reasons, without axe violations or sideways scroll at ${width}px`, async () => {
      const found = [];
      for (const url of [`/kimppahaku/?q=${encodeURIComponent(NEED_FI)}`, "/en/partner-search/?q=recycling%20of%20plastic%20waste",
        "/kimppahaku/", "/haasteet/panimon-maskin-jatkojalostus/", "/en/challenges/panimon-maskin-jatkojalostus/",
        "/toimijat/vtt/", "/en/actors/vtt/"]) {
        const { page, context, problems, response } = await open(url, width);
        try {
          assert.equal(response.status(), 200, url);
          if (url.includes("?q=")) await page.waitForSelector("#kimppahaku-results li.match");
          found.push(...(await audit(page, url)), ...problems.map((p) => `${url}: ${p}`));
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(found, []);
    });
  }

  it("runs a need typed into the form, keeps it in the address and offers a prefilled e-mail", async () => {
    const { page, context, problems } = await open("/kimppahaku/", 1280);
    try {
      await page.fill("#kimppahaku-q", NEED_FI);
      await page.click("#kimppahaku-form button[type=submit]");
      await page.waitForSelector("#kimppahaku-results li.match");
      const items = await page.$$eval("#kimppahaku-results li.match", (els) => els.map((el) => ({
        title: el.querySelector(".match-title").textContent.trim(),
        reasons: [...el.querySelectorAll(".match-reasons li")].map((li) => li.textContent),
        mail: el.querySelector(".match-contact")?.getAttribute("href") || "",
      })));
      assert.ok(items.length >= 3, `${items.length} results`);
      assert.ok(items.every((i) => i.reasons.length > 0), "every suggestion says why");
      assert.ok(items.some((i) => i.reasons.some((r) => r.includes("sivuvirrat"))), JSON.stringify(items.slice(0, 3)));
      // every suggestion has a way to get in touch: an address, a website or its page's contacts
      assert.ok(items.every((i) => /^(mailto:|https?:\/\/|\/)/.test(i.mail)), JSON.stringify(items.map((i) => i.mail)));
      const mail = items.find((i) => i.mail.startsWith("mailto:"))?.mail;
      if (mail) {
        assert.match(mail, /^mailto:[^?]+@[^?]+\?subject=Yhteisty%C3%B6%3A%20.+&body=.+/);
        assert.match(decodeURIComponent(mail), /mäski/);
      }
      assert.equal(new URL(page.url()).searchParams.get("q"), NEED_FI);
      assert.match(await page.textContent("#kimppahaku-status"), /ehdotus/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it("shows each suggestion's strength, and a ticked theme filters", async () => {
    const { page, context } = await open(`/kimppahaku/?q=${encodeURIComponent("muovijätteen kierrätys ja lajittelu")}&focus_areas=plastics`, 1280);
    try {
      await page.waitForSelector("#kimppahaku-results li.match");
      const items = await page.$$eval("#kimppahaku-results li.match", (els) => els.map((el) => ({
        strength: el.querySelector(".match-strength")?.textContent || "",
        reasons: [...el.querySelectorAll(".match-reasons li")].map((li) => li.textContent).join(" "),
      })));
      assert.ok(items.length > 0);
      for (const i of items) {
        assert.match(i.strength, /(Vahva osuma|Mahdollinen) · kattaa \d+ % tarpeesta/);
        assert.match(i.reasons, /Muovit/, "a result without the ticked theme");
      }
    } finally {
      await context.close();
    }
  });

  // A need in the URL waits for no index file that only a script or the
  // entry names: the page head preloads the search client and every file
  // all needs read (the sample's shards come in its bundle), and each is
  // fetched once, the preload used by the script's own fetch.
  it("fetches from a cold URL only what the page preloads, each file once", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const requested = [];
    page.on("request", (req) => { if (new URL(req.url()).pathname.includes("/search/")) requested.push(new URL(req.url()).pathname); });
    try {
      await page.goto(`${server.origin}/kimppahaku/?q=${encodeURIComponent(NEED_FI)}`, { waitUntil: "load" });
      await page.waitForSelector("#kimppahaku-results li.match");
      const head = await page.$$eval('link[rel="preload"], link[rel="modulepreload"]', (ls) => ls.map((l) => new URL(l.href).pathname));
      for (const f of ["/search/index.json", "/search/search.js"]) assert.ok(head.includes(f), `the head preloads ${f}: ${head.join(" ")}`);
      assert.ok(head.filter((f) => /^\/search\/[tmf]\//.test(f)).length >= 3, `the head preloads the bundle, titles, match data and facets: ${head.join(" ")}`);
      const late = requested.filter((f) => !head.includes(f));
      assert.deepEqual(late, [], "index files the head did not name");
      const twice = requested.filter((f, i) => requested.indexOf(f) !== i);
      assert.deepEqual(twice, [], "index files fetched twice");
    } finally {
      await context.close();
    }
  });

  it("says so when nothing fits", async () => {
    const { page, context } = await open("/kimppahaku/?q=xyzzyplugh%20qwertyuiop", 390);
    try {
      await page.waitForFunction(() => document.getElementById("kimppahaku-status").textContent.length > 10);
      assert.match(await page.textContent("#kimppahaku-status"), /ei löytänyt/);
      assert.equal(await page.locator("#kimppahaku-results li.match").count(), 0);
      // nobody meets it: the need can be posted as a challenge, the form filled in
      const post = await page.getAttribute("#kimppahaku-results .match-post-challenge a", "href");
      assert.match(post, /\/issues\/new\?template=challenges\.yml&body=xyzzyplugh%20qwertyuiop$/);
    } finally {
      await context.close();
    }
  });

  it("leads to the search without JavaScript", async () => {
    const { page, context } = await open("/kimppahaku/", 1280, { javaScriptEnabled: false });
    try {
      await page.fill("#kimppahaku-q", "muovin kierrätys");
      await Promise.all([page.waitForNavigation(), page.click("#kimppahaku-form button[type=submit]")]);
      const u = new URL(page.url());
      assert.equal(u.pathname, "/haku/");
      assert.equal(u.searchParams.get("q"), "muovin kierrätys");
    } finally {
      await context.close();
    }
  });

  it("shows a challenge's solvers and an actor's partners and open calls", async () => {
    const { page, context } = await open("/haasteet/ylijaamamaiden-hyotykaytto/", 1280);
    try {
      const solvers = await page.locator("#solvers li.match").count();
      assert.ok(solvers > 0, "no solvers");
      assert.equal(await page.locator("#solvers li.match .match-contact").count(), solvers, "a solver without a way to contact it");
      const mail = await page.getAttribute("#solvers a.match-contact[href^='mailto:']", "href");
      assert.match(mail, /^mailto:.+\?subject=Haaste%3A%20/);
      assert.match(decodeURIComponent(mail), /Ylijäämämaille hyötykäyttö/);
      await page.goto(server.origin + "/toimijat/vtt/");
      assert.ok(await page.locator("#partners li.match").count() > 0, "no partners");
      assert.ok(await page.locator("#partners li.match").count() <= 5, "more than five partners");
      assert.equal(await page.locator("#open-calls h2").count(), 1);
    } finally {
      await context.close();
    }
  });
});
