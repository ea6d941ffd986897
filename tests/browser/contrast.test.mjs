// Text contrast measured from the computed styles, in the light and the
// dark colour scheme: every visible text's colour against the background
// it stands on (the nearest backgrounds composited, as the eye sees
// them) reaches WCAG 1.4.3 AA: 4.5:1, or 3:1 for large text (24 px, or
// 18.67 px bold). axe-core leaves texts it cannot decide unreported; the
// dark scheme's key figures were 2.26:1 with no axe violation. Text on a
// gradient or an image is left out (the hero: checked by hand).
//
// Needs Debian's Chromium and Go: `cd tests/browser && node --test contrast.test.mjs`.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { longLabels, useSite } from "./harness.js";

const site = useSite(longLabels);

// measure runs in the page: one entry per visible element with text of
// its own, with its colours and the ratio.
function measure() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  // background walks up from el, compositing translucent backgrounds;
  // null when a gradient or image lies behind the text.
  const background = (el) => {
    const layers = [];
    for (let n = el; n; n = n.parentElement) {
      const cs = getComputedStyle(n);
      if (cs.backgroundImage !== "none") return null;
      const c = parse(cs.backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a === 1) break;
      }
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const c of layers.reverse()) bg = over(c, bg);
    return bg;
  };
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest(".visually-hidden, [hidden], noscript, svg, .skip-link")) continue;
    const rect = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (!rect.width || !rect.height || cs.visibility === "hidden" || Number(cs.opacity) === 0) continue;
    const bg = background(el);
    if (!bg) continue;
    const fg = over(parse(cs.color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
    const cls = typeof el.className === "string" ? el.className : "";
    out.push({ what: `${el.tagName.toLowerCase()}${cls ? "." + cls.split(" ").join(".") : ""} "${el.textContent.trim().slice(0, 30)}"`, color: cs.color, ratio, need: large ? 3 : 4.5 });
  }
  return out;
}

const pages = ["/", "/en/", "/toimijat/", "/haasteet/", "/haasteet/sivuvirrat/", "/toimijat/kierratyskeskus/", "/hankkeet/hanke/", "/rahoitus/rahoitus/",
  "/kestavan-kehityksen-tavoitteet/", "/haut/", "/haku/?q=rakennusosien", "/saavutettavuus/", "/ei-ole/"];

describe("text contrast from computed styles (WCAG 1.4.3 AA)", () => {
  for (const scheme of ["light", "dark"]) {
    it(`every text in the ${scheme} scheme`, async () => {
      const bad = [];
      for (const url of pages) {
        const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
        try {
          const page = await context.newPage();
          await page.goto(site.server.origin + url, { waitUntil: "load" });
          if (url.includes("?q=")) await page.waitForSelector("#search-results li");
          for (const m of await page.evaluate(measure)) {
            if (m.ratio < m.need) bad.push(`${url}: ${m.what} ${m.color} ${m.ratio.toFixed(2)}:1 < ${m.need}:1`);
          }
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(bad, []);
    });
  }

  it("measures the home page's key figures in both schemes", async () => {
    for (const scheme of ["light", "dark"]) {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      try {
        const page = await context.newPage();
        await page.goto(site.server.origin + "/", { waitUntil: "load" });
        const all = await page.evaluate(measure);
        const figures = all.filter((m) => m.what.startsWith("span.figure-value"));
        assert.ok(figures.length >= 4, `${scheme}: only ${figures.length} key figures measured`);
        for (const f of figures) assert.ok(f.ratio >= 4.5, `${scheme}: ${f.what} ${f.color} is ${f.ratio.toFixed(2)}:1`);
      } finally {
        await context.close();
      }
    }
  });
});
