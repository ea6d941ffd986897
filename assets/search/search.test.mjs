// Tests of search.js against the fixture index that the Go package
// generator/searchindex writes (go test ./generator/searchindex -run
// TestFixtureIndexIsCurrent -update). Run: node --test assets/search/
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createSearch, analyze, fold, gradation, FORMAT_VERSION } from "./search.js";
import { keyFilter } from "./decode.js";
import { detectStats } from "./analysis.js";
import { waveLoader } from "./waves.test.helper.mjs";

// The same fixture, cut two ways: "fixture" as a real site is (one or two
// shards), "fixture-small" into many small shards, long posting lists in
// files of their own and many fragment files.
for (const name of ["fixture", "fixture-small"]) {
  const FIXTURE = new URL(`../../generator/searchindex/testdata/${name}/`, import.meta.url);
  describe(name, () => suite(FIXTURE));
}

async function suite(FIXTURE) {
function counting() {
  const loaded = [];
  const load = async (path) => {
    loaded.push(path);
    return new Uint8Array(await readFile(new URL(path, FIXTURE)));
  };
  return { load, loaded };
}

const { load } = counting();
let s;
test("createSearch loads the entry file", async () => {
  s = await createSearch({ load });
  assert.equal(s.docs, 29);
});
const ids = (r) => r.results.map((x) => `${x.type}/${x.slug}`);
const PLASTICS = ["actors/muoviasema", "actors/vtt", "contracts/muovisitoumus", "projects/muovikierto", "services/muovianalyysi"];

test("inflected forms of muovi find the plastics entities first", async () => {
  for (const q of ["muovi", "muovin", "muoveja", "muovit", "muovien", "MUOVEISTA"]) {
    const r = await s.search(q, { lang: "fi" });
    assert.deepEqual(ids(r).slice(0, 5).sort(), PLASTICS, q);
  }
});

test("kierrätyksen finds entities that say kierrätys", async () => {
  const r = await s.search("kierrätyksen", { lang: "fi" });
  const top = ids(r).slice(0, 3);
  assert.ok(top.includes("projects/elektroniikkaromu"), top.join());
  assert.ok(ids(r).includes("actors/sahkokierratys"));
  assert.ok(r.total >= 8, `total ${r.total}`);
});

test("rakennusosien finds Rakennusosat kiertoon first", async () => {
  const r = await s.search("rakennusosien", { lang: "fi" });
  assert.ok(ids(r).slice(0, 2).includes("projects/rakennusosat-kiertoon"), ids(r).join());
  assert.ok(ids(r).includes("services/rakennusosapankki"));
});

test("consonant gradation: ruoan finds ruoka", async () => {
  const r = await s.search("ruoan", { lang: "fi" });
  assert.ok(ids(r).includes("actors/ruoka-apu"), ids(r).join());
  assert.ok(ids(r).includes("projects/ruokahavikki-pois"), ids(r).join());
});

test("a word inside a compound is found: pankki finds rakennusosapankki", async () => {
  const r = await s.search("pankki", { lang: "fi" });
  assert.equal(ids(r)[0], "services/rakennusosapankki");
  assert.ok(ids(r).includes("actors/purkupiste"));
  const r2 = await s.search("pankin", { lang: "fi" });
  assert.equal(ids(r2)[0], "services/rakennusosapankki");
});

test("the last word is matched as a prefix while typing", async () => {
  const r = await s.search("kiertotal", { lang: "fi" });
  assert.ok(r.results.slice(0, 5).filter((x) => /kiertotal/i.test(x.title)).length >= 3, r.results.map((x) => x.title).join());
  assert.ok(ids(r).includes("projects/kiertotalouslaakso"));
  assert.ok(ids(r).includes("services/kiertotalousneuvonta"));
  const partial = await s.search("rakennusosapa", { lang: "fi" });
  assert.equal(ids(partial)[0], "services/rakennusosapankki");
  const typing = await s.search("muovisit", { lang: "fi" });
  assert.equal(ids(typing)[0], "contracts/muovisitoumus");
  const typing2 = await s.search("kierrätysmuo", { lang: "fi" });
  assert.equal(ids(typing2)[0], "actors/muoviasema");
  // a finished word (followed by a space) is not a prefix any more
  const done = await s.search("kierrätysmuo ", { lang: "fi" });
  assert.equal(done.total, 0);
});

test("a typed form longer than its stem still matches while typing", async () => {
  const r = await s.search("kiertotalo", { lang: "fi" });
  assert.ok(r.total >= 8, `total ${r.total}`);
  const r2 = await s.search("rakennusosi", { lang: "fi" });
  assert.ok(ids(r2).slice(0, 2).includes("projects/rakennusosat-kiertoon"), ids(r2).join());
});

test("the full word kiertotalous and its inflections find the same entities", async () => {
  const a = await s.search("kiertotalous", { lang: "fi" });
  const b = await s.search("kiertotalouden ", { lang: "fi" });
  const c = await s.search("kiertotaloutta ", { lang: "fi" });
  assert.ok(a.total >= 8);
  assert.deepEqual(ids(b).sort(), ids(a).sort());
  assert.deepEqual(ids(c).sort(), ids(a).sort());
});

test("ä and ö typed as a and o still match", async () => {
  const a = await s.search("sahko", { lang: "fi" });
  const b = await s.search("sähkö", { lang: "fi" });
  assert.equal(ids(a)[0], "actors/sahkokierratys");
  assert.deepEqual(ids(a), ids(b));
  const c = await s.search("ruokahavikki", { lang: "fi" });
  assert.ok(ids(c).includes("projects/ruokahavikki-pois"));
});

test("English queries find English text and show English titles", async () => {
  const r = await s.search("plastic recycling", { lang: "en" });
  assert.equal(ids(r)[0], "projects/muovikierto");
  assert.equal(r.results[0].title, "Plastic Loop – boosting plastic recycling");
  assert.equal(r.results[0].url, "/en/projects/muovikierto/");
  for (const x of r.results.slice(0, 4)) assert.ok(x.score >= 2, `${x.slug} ${x.score}`);
});

test("an exact Y-tunnus finds its actor", async () => {
  for (const q of ["0201256-6", "02012566", "Y-tunnus 0201256-6"]) {
    const r = await s.search(q, { lang: "fi" });
    assert.equal(ids(r)[0], "actors/helsingin-kaupunki", q);
  }
});

test("a project is found by its coordinator's name", async () => {
  const r = await s.search("Muoviasema", { lang: "fi" });
  assert.equal(ids(r)[0], "actors/muoviasema");
  assert.ok(ids(r).includes("projects/muovikierto"));
  assert.ok(ids(r).includes("contracts/muovisitoumus"));
});

test("an entity with a translation is shown in English and found by its Finnish text", async () => {
  const r = await s.search("muovikierto", { lang: "en" });
  assert.equal(ids(r)[0], "projects/muovikierto");
  assert.equal(r.results[0].title, "Plastic Loop – boosting plastic recycling");
  const fi = await s.search("muovikierto", { lang: "fi" });
  assert.equal(fi.results[0].title, "Muovikierto – muovien kierrätyksen tehostaminen");
  assert.equal(fi.results[0].url, "/hankkeet/muovikierto/");
  // no English text: shown with the fallback text, at the English URL
  const m = await s.search("muoviasema", { lang: "en" });
  assert.equal(m.results[0].title, "Muoviasema Oy");
  assert.equal(m.results[0].url, "/en/actors/muoviasema/");
});

test("multi-word queries rank entities with all the words first", async () => {
  const r = await s.search("muovi kierrätys", { lang: "fi", limit: 50 });
  const both = r.results.filter((x) => x.score >= 2).map((x) => `${x.type}/${x.slug}`);
  // Muovisitoumus says "kierrätettävyys" (recyclability), not kierrätys
  assert.deepEqual([...both].sort(), PLASTICS.filter((id) => id !== "contracts/muovisitoumus"));
  const firstOne = r.results.findIndex((x) => x.score < 2);
  assert.equal(firstOne, both.length, "every two-word match comes before every one-word match");
  for (let i = 1; i < r.results.length; i++) assert.ok(r.results[i - 1].score >= r.results[i].score);
  assert.ok(r.total > both.length);
});

test("filters by type and taxonomy, with counts for the current query", async () => {
  const r = await s.search("kierrätys", { lang: "fi", filters: { type: ["projects"], focus_areas: ["plastics"] } });
  assert.deepEqual(ids(r), ["projects/muovikierto"]);
  assert.equal(r.total, 1);
  // a facet's own filter is left out of its counts (OR within a facet)
  const all = await s.search("kierrätys", { lang: "fi", filters: { focus_areas: ["plastics"] } });
  assert.equal(r.facets.type.projects, 1);
  assert.equal(r.facets.type.actors, all.facets.type.actors);
  assert.ok(r.facets.type.actors >= 2);
  assert.equal(r.facets.focus_areas.electronics, 1);
  const two = await s.search("kierrätys", { lang: "fi", filters: { focus_areas: ["plastics", "electronics"] } });
  assert.equal(two.total, all.total + r.facets.focus_areas.electronics + all.facets.focus_areas.electronics - 1);
});

test("filter by actor kind", async () => {
  const r = await s.search("", { lang: "fi", filters: { kind: ["company"] } });
  assert.deepEqual(ids(r), ["actors/jakamo", "actors/muoviasema", "actors/purkupiste", "actors/sahkokierratys"]);
  assert.equal(r.facets.kind.association, 2);
  assert.equal(r.facets.type.actors, 4);
  assert.equal(r.facets.type.projects, 0);
});

test("an empty query with filters lists the matching entities by title", async () => {
  const r = await s.search("", { lang: "fi", filters: { type: ["services"] } });
  assert.deepEqual(r.results.map((x) => x.title), [
    "Kiertotalousneuvonta yrityksille", "Muovien tunnistus ja analyysi", "Purku- ja materiaalikartoitus",
    "Rakennusosapankki", "Työkalujen vuokraus"]);
  assert.equal(r.total, 5);
  const en = await s.search("", { lang: "en", filters: { type: ["services"] } });
  assert.equal(en.results[0].title, "Building component bank");
  assert.equal(en.results[0].url, "/en/services/rakennusosapankki/");
});

test("an empty query without filters lists everything, with facet counts", async () => {
  const r = await s.search("", { lang: "fi", limit: 100 });
  assert.equal(r.total, s.docs);
  assert.equal(r.results.length, s.docs);
  const sum = Object.values(r.facets.type).reduce((a, b) => a + b, 0);
  assert.equal(sum, s.docs);
  assert.equal(r.facets.type.actors, 10);
  // Finnish order: å, ä and ö after z
  const titles = r.results.map((x) => x.title);
  assert.ok(titles.indexOf("Työkalujen vuokraus") < titles.indexOf("Uudenmaan liitto"));
});

test("offset and limit page through the same ranking", async () => {
  const all = await s.search("kierrätys", { lang: "fi", limit: 100 });
  const p1 = await s.search("kierrätys", { lang: "fi", limit: 3 });
  const p2 = await s.search("kierrätys", { lang: "fi", limit: 3, offset: 3 });
  assert.deepEqual([...ids(p1), ...ids(p2)], ids(all).slice(0, 6));
  assert.equal(p2.total, all.total);
});

test("an unknown word finds nothing; stop words alone list everything", async () => {
  const r = await s.search("xyzzyq", { lang: "fi" });
  assert.equal(r.total, 0);
  assert.deepEqual(r.results, []);
  const stop = await s.search("ja ", { lang: "fi" });
  assert.equal(stop.total, s.docs);
});

test("an entity appears once even when found in both languages", async () => {
  const r = await s.search("VTT", { lang: "en", limit: 100 });
  const list = ids(r);
  assert.equal(new Set(list).size, list.length);
});

test("concurrent searches do not mix their scores", async () => {
  const [a, b] = await Promise.all([s.search("muovi", { lang: "fi" }), s.search("tekstiili", { lang: "fi" })]);
  const a2 = await s.search("muovi", { lang: "fi" });
  const b2 = await s.search("tekstiili", { lang: "fi" });
  assert.deepEqual(a, a2);
  assert.deepEqual(b, b2);
});

test("a query loads only the pieces it needs", async () => {
  const c = counting();
  const t = await createSearch({ load: c.load });
  const entry = JSON.parse(await readFile(new URL("index.json", FIXTURE), "utf8"));
  await t.search("muovi", { lang: "fi", limit: 1 });
  const frags = c.loaded.filter((p) => p.startsWith("d/"));
  const shards = c.loaded.filter((p) => p.startsWith("t/"));
  assert.equal(frags.length, 1, c.loaded.join());
  assert.ok(shards.length < entry.shards.length || entry.shards.length === 1, c.loaded.join());
  assert.ok(!c.loaded.some((p) => p.startsWith("r/")), "title order is loaded only for browsing");
  const before = c.loaded.length;
  await t.search("muovi", { lang: "fi", limit: 1 });
  assert.equal(c.loaded.length, before, "files are loaded once");
});

test("a need's index pieces load in one round trip, then the titles of its results (none where the index has a match fragments file)", async () => {
  const { waves, load } = waveLoader((path) => readFile(new URL(path, FIXTURE)));
  const t = await createSearch({ load });
  const entry = JSON.parse(await readFile(new URL("index.json", FIXTURE), "utf8"));
  // inflected words, a compound no key finds whole, an English word the glossary bridges
  for (const need of ["Muovipakkausten kierrätys ja rakennusosapankkien purkumateriaalit", "Kiertotalousyritys etsii tekstiilien uudelleenkäyttöä", "plastic recycling"]) {
    waves.length = 0;
    const { results } = await t.match(need, { lang: "fi", limit: 20 });
    const shape = waves.map((w) => [...new Set(w.map((p) => p.split("/")[0]))].sort().join("+"));
    assert.ok(results.length > 0, need);
    // f: facets, t: shards, p: long lists, d: titles; m: match data where there is one
    const most = entry.matchFrags ? 1 : 2;
    assert.ok(waves.length <= most && waves.slice(1).every((w) => w.every((p) => p.startsWith("d/"))), `${need}: ${JSON.stringify(shape)}`);
  }
});

test("match() shows the same results with the match fragments file and the shard bundle as without them", async () => {
  const without = await createSearch({
    load: async (p) => (p === "index.json"
      ? JSON.stringify({ ...JSON.parse(await readFile(new URL(p, FIXTURE), "utf8")), matchFrags: undefined, shardBundle: undefined })
      : readFile(new URL(p, FIXTURE))),
  });
  for (const [need, lang] of [["Muovipakkausten kierrätys ja rakennusosien uudelleenkäyttö", "fi"], ["plastic recycling and repair", "en"]]) {
    const a = await s.match(need, { lang, limit: 20 });
    assert.ok(a.results.length > 0, need);
    assert.deepEqual(a, await without.match(need, { lang, limit: 20 }), need);
  }
});

test("the key filter holds every key of every shard (Go and JS hash alike), and lets few others pass", async () => {
  const entry = JSON.parse(await readFile(new URL("index.json", FIXTURE), "utf8"));
  if (!entry.keyFilter) return; // an index with a shard bundle has none
  const has = keyFilter(JSON.parse(await readFile(new URL(entry.keyFilter, FIXTURE), "utf8")));
  let n = 0;
  for (let i = 0; i < entry.shardFirst.length; i++) {
    for (const k of JSON.parse(await readFile(new URL(`${entry.shards}${i}.json`, FIXTURE), "utf8")).k) {
      n++;
      assert.ok(has(k), `the filter lacks ${k}`);
    }
  }
  assert.ok(n > 100, `${n} keys`);
  let passed = 0;
  for (let i = 0; i < 1000; i++) if (has(`zzmuu${i}`)) passed++;
  assert.ok(passed < 50, `${passed} of 1,000 other keys pass`);
});

test("with the key filter in, a need loads fewer shards and ranks the same", async () => {
  const entry = JSON.parse(await readFile(new URL("index.json", FIXTURE), "utf8"));
  if (!entry.keyFilter) return;
  const need = "Muovipakkausten kierrätys ja rakennusosapankkien purkumateriaalit";
  // how: "" (match alone), "idle" (prepare("") first, as the page does
  // while it is idle), "url" (prepare(need) and at once match(need), as
  // the page does with a need in its URL)
  const shards = async (how) => {
    const loaded = [];
    const t = await createSearch({ load: async (p) => { loaded.push(p); return readFile(new URL(p, FIXTURE)); } });
    if (how === "idle") await t.prepare("", "fi");
    if (how === "url") t.prepare(need, "fi");
    const from = loaded.length;
    const r = await t.match(need, { lang: "fi", limit: 20 });
    return { r, n: loaded.slice(from).filter((p) => p.startsWith("t/")).length };
  };
  const without = await shards("");
  assert.ok(without.r.results.length > 0);
  for (const how of ["idle", "url"]) {
    const filtered = await shards(how);
    assert.deepEqual(filtered.r, without.r, how);
    assert.ok(filtered.n < without.n, `${how}: ${filtered.n} shards with the filter, ${without.n} without`);
  }
});

test("with the key filter in, a need's words found whole fetch no shard of their parts, and each need still comes in one round trip", async () => {
  const entry = JSON.parse(await readFile(new URL("index.json", FIXTURE), "utf8"));
  if (!entry.keyFilter) return;
  const shardsOf = (ks) => new Set(ks.map((k) => {
    let i = 0;
    while (i + 1 < entry.shardFirst.length && entry.shardFirst[i + 1] <= k) i++;
    return `${entry.shards}${i}.json`;
  }));
  for (const need of ["Muovipakkausten kierrätys ja rakennusosapankkien purkumateriaalit", "Kiertotalousyritys etsii tekstiilien uudelleenkäyttöä", "plastic recycling", "kierrätys"]) {
    const { waves, load } = waveLoader((path) => readFile(new URL(path, FIXTURE)));
    const t = await createSearch({ load });
    await t.prepare("", "fi"); // the key filter in, as on the page
    waves.length = 0;
    const { results } = await t.match(need, { lang: "fi", limit: 20 });
    assert.ok(results.length > 0, need);
    assert.ok(waves.length <= 2 && waves.slice(1).every((w) => w.every((p) => p.startsWith("d/"))), `${need}: ${JSON.stringify(waves)}`);
    if (need === "kierrätys") {
      // a word the index has: its keys' shards (and its lemma classes', the
      // next ones), not the shards of "kier", "rätys", …
      const own = shardsOf(analyze("fi", need));
      const fetched = waves[0].filter((p) => p.startsWith("t/"));
      assert.ok(fetched.length <= own.size + 2, `${fetched.join(" ")} for ${[...own].join(" ")}`);
    }
  }
});

test("a need's language is detected once, whether prepared or matched, in any order", async () => {
  const t = await createSearch({ load });
  const need = "Etsimme yritystä, joka ottaisi vastaan purkukohteiden tiiliä ja ikkunoita uudelleenkäyttöön";
  const before = detectStats.runs;
  await Promise.all([t.prepare(need, "fi"), t.match(need, { lang: "fi" })]);
  await t.match(need, { lang: "fi", limit: 3 });
  await t.prepare(need, "fi");
  assert.equal(detectStats.runs - before, 1);
  const other = "We are looking for a partner to reuse bricks and windows from demolition sites";
  const r = await t.match(other, { lang: "fi" });
  assert.equal(r.lang, "en");
  assert.equal(detectStats.runs - before, 2);
});

test("facetInfo gives labels in the asked language", async () => {
  const info = await s.facetInfo("en");
  const type = info.find((f) => f.name === "type");
  assert.equal(type.label, "Type");
  assert.deepEqual(type.terms.map((t) => t.key), ["actors", "services", "projects", "contracts", "funding", "pages"]);
  assert.equal(info.find((f) => f.name === "focus_areas").terms.find((t) => t.key === "plastics").label, "Plastics");
  const fi = await s.facetInfo("fi");
  assert.equal(fi.find((f) => f.name === "kind").label, "Toimijan laji");
});

test("a format mismatch warns but still loads", async () => {
  const warnings = [];
  const orig = console.warn;
  console.warn = (m) => warnings.push(m);
  try {
    const t = await createSearch({
      load: async (p) => (p === "index.json"
        ? JSON.stringify({ ...JSON.parse(await readFile(new URL(p, FIXTURE), "utf8")), format: FORMAT_VERSION + 1 })
        : readFile(new URL(p, FIXTURE))),
    });
    assert.equal(warnings.length, 1);
    assert.ok((await t.search("muovi", { lang: "fi" })).total > 0);
  } finally {
    console.warn = orig;
  }
});

}

test("gradation proposes strong-grade keys", () => {
  assert.deepEqual(gradation("kad"), ["kat"]);
  assert.deepEqual(gradation("luv"), ["lup"]);
  assert.deepEqual(gradation("ruo"), ["ruok"]);
  assert.deepEqual(gradation("muov"), ["muop"]);
  assert.deepEqual(gradation("kierrat"), []);
});

test("analysis helpers", () => {
  assert.equal(fold("sähkö"), "sahko");
  assert.equal(fold("Å".toLowerCase()), "a");
  assert.deepEqual(analyze("fi", "muovin muoveja muovit"), ["muov", "muov", "muov"]);
  assert.deepEqual(analyze("fi", "kierrätys ja kierrätyksen"), ["kierrat", "kierrat"]);
  assert.deepEqual(analyze("en", "the cluster's plastics"), ["cluster", "plastic"]);
});

test("every form of a Finnish filler lemma is filler, its stem's words of substance are not (Go: TestFillerLemmas)", async () => {
  const { fillerForm } = await import("./analysis.js");
  for (const w of ["ostettais", "saatais", "löytyis", "tällasia", "viikossa", "kuukauden", "tehtäis", "haluais", "kehittämään"]) {
    assert.ok(fillerForm("fi", fold(w)), w);
  }
  for (const w of ["tehdas", "laite", "kivi", "tontti", "kehitys", "säätiö", "sellu", "käytetty", "kaupunkien"]) {
    assert.ok(!fillerForm("fi", fold(w)), w);
  }
  assert.ok(!fillerForm("en", "ost"), "a lemma's stem is filler in a Finnish need only");
});
