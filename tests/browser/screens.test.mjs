// Screenshots of every kind of page at phone (390 px) and desktop (1280 px)
// widths, light and dark, on a portal with the longest labels and titles
// we could find (testdata/long-labels: the 17 UN SDGs by their full
// official names, 230-character challenge titles), saved to screenshots/
// (gitignored) for a person to look at; and the rules of a calm page that
// a test can measure on them.
//
// Needs Debian's Chromium and Go: `cd tests/browser && node --test screens.test.mjs`.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { buildSite, cleanup, launch, repoRoot, screenshotDir, serve } from "./harness.js";

const source = path.join(repoRoot, "tests/browser/testdata/long-labels");
let dir, server, browser;

before(async () => {
  dir = await buildSite(source);
  server = await serve(dir);
  browser = await launch();
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await cleanup(dir);
});

// One page of every kind, by a name for its screenshot.
export const pageKinds = {
  home: "/",
  "home-en": "/en/",
  actors: "/toimijat/",
  challenges: "/haasteet/",
  projects: "/hankkeet/",
  actor: "/toimijat/kierratyskeskus/",
  challenge: "/haasteet/rakennusosat/",
  "challenge-overdue": "/haasteet/sivuvirrat/",
  "challenge-en": "/en/challenges/rakennusosat/",
  "project-en": "/en/projects/hanke/",
  project: "/hankkeet/hanke/",
  service: "/palvelut/palvelu/",
  contract: "/sopimukset/sopimus/",
  funding: "/rahoitus/rahoitus/",
  page: "/tietoa/",
  taxonomy: "/kestavan-kehityksen-tavoitteet/",
  term: "/kestavan-kehityksen-tavoitteet/sdg-15/",
  search: "/haku/?q=rakennusosien",
  calls: "/haut/",
  kimppahaku: "/kimppahaku/?q=betonielementtien%20uudelleenk%C3%A4ytt%C3%B6%20purkukohteissa",
  accessibility: "/saavutettavuus/",
  404: "/ei-ole/",
};

async function open(url, width, scheme) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(server.origin + url, { waitUntil: "load" });
  if (url.startsWith("/haku/?q=")) await page.waitForSelector("#search-results li");
  if (url.startsWith("/kimppahaku/?q=")) await page.waitForSelector("#kimppahaku-results li");
  return { page, close: () => context.close() };
}

// SCREENS=actor,home limits the pages (while working on them).
const only = process.env.SCREENS ? process.env.SCREENS.split(",") : null;

describe("screenshots of every page kind (screenshots/)", () => {
  for (const width of [390, 1280]) {
    for (const scheme of ["light", "dark"]) {
      it(`at ${width}px, ${scheme}`, async () => {
        for (const [name, url] of Object.entries(pageKinds)) {
          if (only && !only.includes(name)) continue;
          const { page, close } = await open(url, width, scheme);
          try {
            await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}-${scheme}.png`), fullPage: true });
            const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(scroll <= 0, `${url} scrolls sideways by ${scroll}px at ${width}px`);
          } finally {
            await close();
          }
        }
      });
    }
  }
});
