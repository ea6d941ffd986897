// Unused CSS per page, measured with Chromium's CSS coverage: on every
// kind of page, light and dark, at phone and desktop widths, the bytes
// of the stylesheets the page loads that no rule of the page uses stay
// small. The theme splits its CSS by page kind and block (site.css for
// every page, one file per kind or block, layouts/base.html "page-css").
// Measured at 390 px light (dark-scheme, wide-screen and :hover rules
// count as unused there): 5.7–8.7 KiB unused on the long-labels site
// (was 25–31 KiB with one site.css, 10.5–11 KiB before the search box,
// prose, the calls page's own rules, contacts and timeline got sheets of
// their own). The goal, 10 KiB, is the limit.
//
// Needs Debian's Chromium and Go: `cd tests/browser && node --test css-coverage.test.mjs`.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { longLabels, useSite } from "./harness.js";

const limit = 10 * 1024;
const site = useSite(longLabels);

const pages = ["/", "/toimijat/", "/haasteet/", "/toimijat/kierratyskeskus/", "/hankkeet/hanke/", "/haasteet/rakennusosat/", "/rahoitus/rahoitus/",
  "/tietoa/", "/kestavan-kehityksen-tavoitteet/", "/kestavan-kehityksen-tavoitteet/sdg-15/", "/haku/?q=rakennusosien", "/haut/",
  "/kimppahaku/?q=betonielementtien%20uudelleenk%C3%A4ytt%C3%B6", "/saavutettavuus/", "/ei-ole/"];

// unused measures one page: the bytes of its stylesheets and of the
// ranges that were used, once the page (and its script's results) is there.
async function unused(url, width, scheme) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  try {
    const page = await context.newPage();
    await page.coverage.startCSSCoverage();
    await page.goto(site.server.origin + url, { waitUntil: "load" });
    if (url.startsWith("/haku/?q=")) await page.waitForSelector("#search-results li");
    if (url.startsWith("/kimppahaku/?q=")) await page.waitForSelector("#kimppahaku-results li");
    const cov = await page.coverage.stopCSSCoverage();
    let total = 0, used = 0;
    for (const sheet of cov) {
      total += sheet.text.length;
      for (const r of sheet.ranges) used += r.end - r.start;
    }
    return { total, used, unused: total - used };
  } finally {
    await context.close();
  }
}

describe("unused CSS per page (Chromium coverage)", () => {
  it(`every kind of page uses all but ${limit / 1024} KiB of its CSS`, async () => {
    const over = [], report = [];
    for (const url of pages) {
      let worst = { unused: 0 };
      for (const [width, scheme] of [[390, "light"], [1280, "dark"]]) {
        const m = await unused(url, width, scheme);
        if (m.unused > worst.unused) worst = { ...m, width, scheme };
      }
      report.push(`${url}: ${(worst.unused / 1024).toFixed(1)} KiB unused of ${(worst.total / 1024).toFixed(1)} KiB (${worst.width}px ${worst.scheme})`);
      if (worst.unused >= limit) over.push(report.at(-1));
    }
    console.log(report.join("\n"));
    assert.deepEqual(over, []);
  });
});
