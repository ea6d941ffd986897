// Phone width (390 px): no page scrolls sideways, even with the longest
// taxonomy labels; the search page folds its filters into a "Rajaa" box;
// wide tables scroll inside a labelled, focusable region; a new site with
// no entries shows what to do next instead of charts of zeros.
//
// Builds temporary sites of its own; needs Debian's Chromium and Go:
// `cd tests/browser && node --test phone.test.mjs`.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite, cleanup, launch, serve } from "./harness.js";

// The UN's sustainable development goals in Finnish: long, and "2" sorts
// after "17" as text.
const sdgs = [
  "1 Ei köyhyyttä", "2 Ei nälkää", "3 Terveyttä ja hyvinvointia", "4 Hyvä koulutus", "5 Sukupuolten tasa-arvo",
  "6 Puhdas vesi ja sanitaatio", "7 Edullista ja puhdasta energiaa", "8 Ihmisarvoista työtä ja talouskasvua",
  "9 Kestävää teollisuutta, innovaatioita ja infrastruktuureja", "10 Eriarvoisuuden vähentäminen",
  "11 Kestävät kaupungit ja yhteisöt", "12 Vastuullista kuluttamista", "13 Ilmastotekoja", "14 Vedenalainen elämä",
  "15 Maanpäällinen elämä", "16 Rauha, oikeudenmukaisuus ja hyvä hallinto", "17 Yhteistyö ja kumppanuus",
];

async function writeSite(files) {
  const dir = await mkdtemp(path.join(tmpdir(), "kimppa-phone-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const config = `title: {fi: "Pääkaupunkiseudun kiertotalous- ja uusiokäyttöklusterin yhteistyöportaali", en: "Circular Valley"}
base_url: https://example.org/
languages: [fi, en]
accessibility: {contact: saavutettavuus@example.org, assessed: 2026-11-30}
taxonomies:
  sdg:
    label: {fi: "Kestävän kehityksen tavoitteet (Agenda 2030)", en: "Sustainable development goals"}
    path: {fi: kestavan-kehityksen-tavoitteet, en: sustainable-development-goals}
    terms:
${sdgs.map((s, i) => `      sdg-${i + 1}: {fi: "${s}", en: "Goal ${i + 1}"}`).join("\n")}
`;
const allTerms = `[${sdgs.map((_, i) => `sdg-${i + 1}`).join(", ")}]`;
const longName = "Pääkaupunkiseudun Kierrätyskeskus ja Uusiokäyttöosuuskunta Elinkaarenpidennyspalvelut";

const fullSite = {
  "kimppa.yaml": config,
  "content/actors/keskus.md": `---\nname: "${longName}"\nkind: association\nmunicipality: Helsinki\nwebsite: https://www.kierratyskeskus-ja-uusiokayttoosuuskunta.example/toiminta/elinkaarenpidennyspalvelut/\nemail: kierratyskeskuksen.asiakaspalvelu.ja.yhteistyot@kierratyskeskus-esimerkki.fi\nsdg: ${allTerms}\nsummary: "Kiertotalouspalveluiden ja uusiokäyttömateriaalien välityskeskus."\n---\n\nKiertotaloustoimintaa.\n`,
  "content/funding/raha.md": `---\nname: "Euroopan aluekehitysrahaston kestävän kasvun ja työn rakennerahasto-ohjelma"\nlevel: eu\nsdg: ${allTerms}\n---\n`,
  "content/projects/hanke.md": `---\ntitle: "Rakennusosien uudelleenkäytön ja materiaalitehokkuuden kehittämishanke"\nstatus: ongoing\nstart: 2024-01-01\nend: 2026-12-31\ncoordinator: keskus\nbudget: 1234567.89\nfunding:\n  - source: raha\n    amount: 987654.32\n    share_of: keskus\nsdg: ${allTerms}\n---\n`,
  "content/services/palvelu.md": `---\ntitle: "Purkukohteiden materiaalikartoitus ja uudelleenkäyttösuunnitelma"\nproviders: [keskus]\nsdg: ${allTerms}\n---\n`,
  "content/contracts/sopimus.md": `---\ntitle: "Kiertotalouden yhteistyö- ja materiaalinvaihtosopimuksen mallipohja"\ncontract_type: template\nparties: [keskus]\nsdg: ${allTerms}\n---\n`,
};

// Enough hits for "kiertotalous" that the search page has a "more" button.
for (let i = 1; i <= 24; i++) {
  fullSite[`content/actors/toimija-${i}.md`] = `---\nname: "Kiertotalous Oy ${i}"\nkind: company\nsummary: "Kiertotalous ${i}."\nsdg: [sdg-${(i % 17) + 1}]\n---\n`;
}

let full, empty, server, emptyServer, browser;

before(async () => {
  const src = await writeSite(fullSite);
  const emptySrc = await writeSite({ "kimppa.yaml": config });
  [full, empty] = await Promise.all([buildSite(src), buildSite(emptySrc)]);
  await Promise.all([cleanup(src), cleanup(emptySrc)]);
  server = await serve(full);
  emptyServer = await serve(empty);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await emptyServer?.close();
  await cleanup(full);
  await cleanup(empty);
});

async function open(url, width = 390, origin = server.origin) {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  const page = await context.newPage();
  await page.goto(origin + url, { waitUntil: "load" });
  return { page, close: () => context.close() };
}

const pages = [
  "/", "/en/", "/toimijat/", "/palvelut/", "/hankkeet/", "/sopimukset/", "/rahoitus/",
  "/toimijat/keskus/", "/en/actors/keskus/", "/hankkeet/hanke/", "/palvelut/palvelu/", "/sopimukset/sopimus/", "/rahoitus/raha/",
  "/kestavan-kehityksen-tavoitteet/", "/kestavan-kehityksen-tavoitteet/sdg-9/", "/haku/?q=kiertotalous", "/saavutettavuus/",
];

describe("at 390 px", () => {
  for (const url of pages) {
    it(`${url} does not scroll sideways`, async () => {
      const { page, close } = await open(url);
      try {
        if (url.startsWith("/haku/")) await page.waitForSelector("#search-results li");
        const { scroll, width, culprits } = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const culprits = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest(".table-scroll, .visually-hidden"))
            .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return { scroll: document.documentElement.scrollWidth, width, culprits };
        });
        assert.ok(scroll <= width, `scrolls sideways: ${scroll} > ${width}: ${culprits.join(", ")}`);
      } finally {
        await close();
      }
    });
  }

  it("the search page folds its filters into a closed Rajaa box", async () => {
    const { page, close } = await open("/haku/?q=kiertotalous");
    try {
      await page.waitForSelector("#search-facets fieldset", { state: "attached" });
      const box = page.locator("details#search-filters");
      assert.equal(await box.count(), 1, "no <details> box around the filters");
      assert.equal(await box.evaluate((d) => d.open), false, "the filters box starts open on a phone");
      assert.match(await box.locator("summary").textContent(), /Rajaa/);
      assert.equal(await page.locator("#search-facets fieldset").first().isVisible(), false);
      await box.locator("summary").click();
      assert.equal(await page.locator("#search-facets fieldset").first().isVisible(), true);
    } finally {
      await close();
    }
  });

  it("a wide table scrolls inside a labelled, focusable region with a visible sign", async () => {
    const { page, close } = await open("/toimijat/keskus/");
    try {
      const wrappers = page.locator(".table-scroll");
      assert.ok(await wrappers.count() > 0, "no table on the actor page");
      for (const w of await wrappers.all()) {
        // A <section> with a name is a region landmark.
        const role = await w.evaluate((el) => el.getAttribute("role") || (el.tagName === "SECTION" && el.hasAttribute("aria-label") ? "region" : ""));
        assert.equal(role, "region");
        assert.equal(await w.getAttribute("tabindex"), "0");
        assert.ok((await w.getAttribute("aria-label") || "").length > 0, "the region has no name");
        const wide = await w.evaluate((el) => el.scrollWidth > el.clientWidth);
        if (wide) {
          const sign = await w.evaluate((el) => getComputedStyle(el).backgroundImage !== "none" || getComputedStyle(el, "::after").content !== "none");
          assert.ok(sign, "a table wider than the screen has no shadow or hint that it scrolls");
        }
      }
    } finally {
      await close();
    }
  });

  it("a site with no entries shows the coordinator what to do next, not charts of zeros", async () => {
    const { page, close } = await open("/", 390, emptyServer.origin);
    try {
      assert.equal(await page.locator(".empty-state").count(), 1, "no empty state on the home page");
      assert.equal(await page.locator(".figures, .charts").count(), 0, "charts of zeros on an empty site");
      assert.match(await page.locator(".empty-state").textContent(), /kimppa new/);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      assert.ok(scroll, "the empty home page scrolls sideways");
    } finally {
      await close();
    }
  });
});

describe("layout shift on the search and list pages", () => {
  for (const [url, ready] of [["/haku/", "#search-results li"], ["/toimijat/", "#list-filters"], ["/haut/", ".calls-main, .cards, .empty"]])
  for (const width of [412, 1350]) {
    it(`nothing shifts on ${url} while the results and filters arrive at ${width}px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 823 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.kimppaShifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              window.kimppaShifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.nodeName + "." + (s.node?.className || "")) });
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(server.origin + url, { waitUntil: "load" });
        await page.waitForSelector(ready);
        // The observer reports after the frame: wait for two more frames.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const shifts = await page.evaluate(() => window.kimppaShifts);
        const total = shifts.reduce((sum, s) => sum + s.value, 0);
        assert.ok(total < 0.02, `layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
      } finally {
        await context.close();
      }
    });
  }
});

describe("on a wide screen", () => {
  it("the search status line and the more button keep their own height beside the filters", async () => {
    const { page, close } = await open("/haku/?q=kiertotalous", 1280);
    try {
      await page.waitForSelector("#search-facets fieldset");
      assert.equal(await page.locator("details#search-filters").evaluate((d) => d.open), true, "the filters are folded on a wide screen");
      const status = await page.locator("#search-status").boundingBox();
      const lineHeight = await page.locator("#search-status").evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
      assert.ok(status.height < 3 * lineHeight, `the status line is ${status.height}px tall`);
      const more = page.locator("#search-more");
      assert.equal(await more.count(), 1, "no more button: the fixture has too few hits");
      const box = await more.boundingBox();
      assert.ok(box.height < 3 * lineHeight, `the more button is ${box.height}px tall`);
    } finally {
      await close();
    }
  });

  it("the results column is reserved before the filters arrive (no layout shift)", async () => {
    const { page, close } = await open("/haku/", 1280);
    try {
      // Before any query the search field is where it stays once results and filters come.
      const before = await page.locator("#search-q").boundingBox();
      await page.fill("#search-q", "kiertotalous");
      await page.waitForSelector("#search-facets fieldset");
      const after = await page.locator("#search-q").boundingBox();
      assert.deepEqual([after.x, after.y], [before.x, before.y], "the search field moved");
      const results = await page.locator("#search-results").boundingBox();
      const facets = await page.locator("#search-filters").boundingBox();
      assert.ok(results.x > facets.x + facets.width - 1, "the results are not beside the filters");
    } finally {
      await close();
    }
  });
});
