// search.js's match() must rank a need as Go's generator/match does: the
// graded needs of generator/match/testdata/needs.txt, matched on the
// built sample portal, give exactly the results Go wrote to
// generator/match/testdata/golden/needs.json (refs, scores, reasons).
// It needs no browser, so it runs with the Node tests (make node-test).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// goToday is the day the Go tests match on (quality_test.go): the build
// judges which calls and challenges are open on it too, so that the two
// agree on any day the tests run.
const goToday = String(Date.UTC(2026, 11, 1) / 1000);

// buildSite builds a portal (the sample by default) into a new temporary folder.
async function buildSite(source = ".") {
  const out = await mkdtemp(path.join(tmpdir(), "kimppa-match-"));
  await promisify(execFile)("go", ["run", "./cmd/kimppa", "build", "-q", "--source", source, "--out", out],
    { cwd: repoRoot, maxBuffer: 16 << 20, env: { ...process.env, SOURCE_DATE_EPOCH: goToday } });
  return out;
}

const cleanup = (dir) => dir && rm(dir, { recursive: true, force: true });

let dir, s;
before(async () => {
  dir = await buildSite();
  const { createSearch } = await import(path.join(repoRoot, "assets/search/search.js"));
  s = await createSearch({ load: (p) => readFile(path.join(dir, "search", p)) });
});
after(() => cleanup(dir));

test("match() gives what Go's matcher gives for every graded need", async () => {
  const want = [];
  for (const f of ["needs.json", "heldout.json", "heldout2.json", "heldout3.json", "heldout4.json", "heldout5.json", "heldout6.json"]) want.push(...JSON.parse(await readFile(path.join(repoRoot, "generator/match/testdata/golden", f), "utf8")));
  assert.ok(want.length >= 40);
  for (const n of want) {
    const { results } = await s.match(n.need, { lang: n.lang, filters: n.types ? { type: n.types } : undefined });
    const got = results.map((r) => ({ ref: `${r.type}/${r.slug}`, score: r.score, fit: r.fit, strength: r.strength, because: r.because }));
    assert.deepEqual(got, n.results, n.need);
  }
});

test("match() loads only the index pieces a need's words lead to", async () => {
  const { createSearch } = await import(path.join(repoRoot, "assets/search/search.js"));
  const loaded = [];
  const s2 = await createSearch({ load: (p) => { loaded.push(p); return readFile(path.join(dir, "search", p)); } });
  await s2.match("mäski ja panimon sivuvirrat", { lang: "fi" });
  assert.ok(!loaded.some((p) => p.startsWith("r/")), "no title ranks are needed");
  assert.ok(loaded.filter((p) => p.startsWith("t/")).length < 12, `shards loaded: ${loaded.join(" ")}`);
});

test("match() waits for one round trip on every graded need: index pieces and titles together", async () => {
  const { createSearch } = await import(path.join(repoRoot, "assets/search/search.js"));
  const { waveLoader } = await import(path.join(repoRoot, "assets/search/waves.test.helper.mjs"));
  const { waves, load } = waveLoader((p) => readFile(path.join(dir, "search", p)));
  const want = [];
  for (const f of ["needs.json", "heldout.json", "heldout2.json", "heldout3.json", "heldout4.json", "heldout5.json", "heldout6.json"]) want.push(...JSON.parse(await readFile(path.join(repoRoot, "generator/match/testdata/golden", f), "utf8")));
  for (const n of want) {
    const s2 = await createSearch({ load });
    waves.length = 0;
    await s2.match(n.need, { lang: n.lang, filters: n.types ? { type: n.types } : undefined });
    assert.ok(waves.length <= 1, `${n.need}: ${JSON.stringify(waves)}`);
  }
});

test("match() filters: kinds sought, themes raise, types", async () => {
  const all = await s.match("rakennusosien uudelleenkäyttö purkukohteessa", { lang: "fi", limit: 20 });
  assert.ok(all.results.length > 0);
  const research = await s.match("rakennusosien uudelleenkäyttö purkukohteessa", { lang: "fi", limit: 20, filters: { kind: ["research"] } });
  for (const r of research.results) {
    if (r.type === "actors") assert.equal(r.because.kind, "research", r.slug);
  }
  const open = await s.match("ylijäämämaat ja maamassat", { lang: "fi", filters: { type: ["challenges", "funding"] } });
  for (const r of open.results) assert.ok(["challenges", "funding"].includes(r.type), r.type);
  const themed = await s.match("kierrätys", { lang: "fi", filters: { focus_areas: ["plastics"] } });
  for (const r of themed.results) if (r.because.terms) assert.deepEqual(Object.keys(r.because.terms), ["focus_areas"]);
});

test("search() finds Finnish-only content for English words, through the glossary", async () => {
  const top = async (q) => (await s.search(q, { lang: "en", limit: 3 })).results.map((r) => `${r.type}/${r.slug}`);
  assert.ok((await top("plastic waste collection")).includes("projects/kemu"), "plastic waste → muovijäte");
  assert.ok((await top("surplus soil")).includes("services/maamassafoorumi"), "surplus soil → ylijäämämaat, maamassat");
  // a Finnish query is not translated
  const fi = await s.search("soil", { lang: "fi", limit: 3 });
  assert.ok(!fi.results.some((r) => r.slug === "maamassafoorumi"), "a Finnish query found a Finnish word through the English glossary");
});

for (const portal of ["portal2", "portal3", "portal4", "portal5", "portal6"]) {
  test(`match() gives what Go's matcher gives on ${portal}, a portal it was not built with`, async () => {
    const site = await buildSite(`generator/match/testdata/${portal}`);
    try {
      const { createSearch } = await import(path.join(repoRoot, "assets/search/search.js"));
      const r = await createSearch({ load: (p) => readFile(path.join(site, "search", p)) });
      const want = JSON.parse(await readFile(path.join(repoRoot, `generator/match/testdata/golden/heldout-${portal}.json`), "utf8"));
      for (const n of want) {
        const { results } = await r.match(n.need, { lang: n.lang, filters: n.types ? { type: n.types } : undefined });
        const got = results.map((x) => ({ ref: `${x.type}/${x.slug}`, score: x.score, fit: x.fit, strength: x.strength, because: x.because }));
        assert.deepEqual(got, n.results, n.need);
      }
    } finally {
      await cleanup(site);
    }
  });
}

test("match() offers a call limited to regions only where Go does: by the need's place", async () => {
  const regions = await buildSite("generator/match/testdata/regions");
  try {
    const { createSearch } = await import(path.join(repoRoot, "assets/search/search.js"));
    const r = await createSearch({ load: (p) => readFile(path.join(regions, "search", p)) });
    const want = JSON.parse(await readFile(path.join(repoRoot, "generator/match/testdata/golden/regions.json"), "utf8"));
    assert.ok(want.some((n) => n.results.some((x) => x.because.region)), "no need was offered a regional call");
    for (const n of want) {
      const { results } = await r.match(n.need, { lang: n.lang, place: n.place, filters: { type: n.types } });
      const got = results.map((x) => ({ ref: `${x.type}/${x.slug}`, score: x.score, fit: x.fit, strength: x.strength, because: x.because }));
      assert.deepEqual(got, n.results, `${n.need} @ ${n.place}`);
    }
  } finally {
    await cleanup(regions);
  }
});
