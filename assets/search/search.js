// kimppa search client: a dependency-free ES module for browsers and Node 20+.
//
//   import { createSearch } from "./search/search.js";
//   const s = await createSearch({ load: async (path) => bytesOrString });
//   const { results, total, facets } = await s.search("muovin kierrätys",
//     { lang: "fi", filters: { type: ["projects"] }, limit: 10, offset: 0 });
//
// The index is written by the Go package generator/searchindex (its doc.go
// describes the format). This file is the entry and search(); the rest is
// a module for each job: analysis.js (query analysis, equal to the Go
// side's Analyze: TestGoAndJSAgreeOnAnalysis runs it in Node), decode.js
// (the index's encodings), index.js (loading the pieces), match.js (a need
// in a visitor's own words, as generator/match ranks it).

import { OPEN_END_RE, gradation, stem, translatedKeys, words } from "./analysis.js";
import { K1, decodeSet, topK } from "./decode.js";
import { createIndex } from "./index.js";
import { createMatch } from "./match.js";

export { FORMAT_VERSION } from "./index.js";
export { analyze, detectLang, fold, gradation, stem } from "./analysis.js";

const PREFIX_CAP = 32; // completions of a word being typed, at most
const MAX_TERMS = 32; // query words, at most

/**
 * createSearch loads the entry file and returns a searcher. load(path)
 * gives the bytes or text of a file relative to the search folder.
 */
export async function createSearch({ load } = {}) {
  const ix = await createIndex(load ? { load } : {});
  const { entry, N, langs, facetsLoaded, shardIndex, shard, lowerBound, postings, aliases, entryOf, titleOrder, fragments } = ix;

  // Reused buffers.
  const best = new Float64Array(N);
  const bestPrefix = new Float64Array(N);
  const hitBuf = new Int32Array(N);
  const touchedBuf = new Int32Array(N);
  const failCount = new Uint8Array(N);
  const failFacet = new Int16Array(N);
  const pass = new Uint8Array(N);
  const inSet = new Uint8Array(N);
  const score = new Float64Array(N);
  const matched = new Uint8Array(N);

  function parse(query, lang) {
    const ws = words(lang, query);
    const open = OPEN_END_RE.test(String(query));
    const terms = [];
    const seen = new Set();
    ws.forEach((w, i) => {
      if (seen.has(w.folded) || terms.length >= MAX_TERMS) return;
      seen.add(w.folded);
      const keys = new Map([[stem(lang, w.folded), 1]]);
      for (const l of langs) {
        const k = stem(l, w.folded);
        if (!keys.has(k)) keys.set(k, 0.9);
      }
      for (const k of gradation(stem("fi", w.folded))) if (!keys.has(k)) keys.set(k, 0.85);
      // an English word finds the Finnish words of the same thing: "plastic"
      // finds "muovi" on a portal written in Finnish
      const extra = lang !== "fi" ? translatedKeys(lang, langs, w.folded).map((k) => k.key) : [];
      terms.push({ folded: w.folded, keys, extra, prefix: open && i === ws.length - 1 });
    });
    return terms;
  }

  // lookup finds, for one term, every index key it matches, with a weight:
  // [{key, entry, w}]. Keys of the query's language are looked up; keys of
  // the other languages only when they are in the same shard (so a query
  // loads what its words need, and gives the same results whatever was
  // loaded before).
  async function lookup(term) {
    const f = term.folded;
    const [primary] = term.keys.keys();
    const home = shardIndex(primary);
    const want = new Map();
    for (const [k, w] of term.keys) if (w === 1 || shardIndex(k) === home) want.set(k, w);
    for (const k of term.extra || []) if (!want.has(k)) want.set(k, 0.8);
    if (term.prefix) {
      // the word as typed may be longer than its stem: kiertotalo → kiertotal
      for (let n = f.length - 1; n >= Math.max(4, f.length - 3); n--) {
        const k = f.slice(0, n);
        if (!want.has(k)) want.set(k, 0.85);
      }
    }
    const found = new Map();
    const add = (key, e, w, completion = false) => {
      if (!found.has(key) || found.get(key).w < w) found.set(key, { key, entry: e, w, completion });
    };
    await Promise.all([...want].map(async ([k, w]) => {
      const e = await entryOf(k);
      if (e === undefined) return;
      add(k, e, w);
      // keys with the same Snowball stem (the same word, in other forms),
      // when they are in the same shard
      await Promise.all(aliases(e).filter((a) => shardIndex(a) === shardIndex(k)).map(async (a) => {
        const ae = await entryOf(a);
        if (ae !== undefined) add(a, ae, w * 0.8);
      }));
    }));
    if (term.prefix && f.length >= 2) {
      const from = shardIndex(f), to = shardIndex(f + "\uffff");
      const comp = [];
      for (let i = from; i <= to; i++) {
        const sh = await shard(i);
        for (let j = lowerBound(sh.keys, f); j < sh.keys.length && sh.keys[j].startsWith(f); j++) {
          const k = sh.keys[j];
          if (!want.has(k) && !k.includes("~")) comp.push({ key: k, entry: sh.entries[j], w: 0.6 + 0.4 * f.length / k.length });
        }
      }
      // the most frequent completions: long (or "@") entries first
      const size = (e) => (e[0] === "@" ? Infinity : e.length);
      comp.sort((a, b) => size(b.entry) - size(a.entry) || (a.key < b.key ? -1 : 1));
      for (const c of comp.slice(0, PREFIX_CAP)) add(c.key, c.entry, c.w, true);
    }
    return [...found.values()];
  }

  async function search(query = "", opts = {}) {
    const lang = opts.lang && langs.includes(opts.lang) ? opts.lang : langs[0];
    const limit = opts.limit ?? 10;
    const offset = opts.offset ?? 0;
    const filters = Object.entries(opts.filters || {}).filter(([, ts]) => ts && ts.length);
    const terms = parse(query, lang);
    const ft = await facetsLoaded();
    const order = terms.length === 0 ? await titleOrder(lang) : null;

    // candidate set with scores
    let cand;
    if (terms.length === 0) {
      cand = null; // every doc
    } else {
      const per = await Promise.all(terms.map(async (t) => {
        const found = await lookup(t);
        return Promise.all(found.map(async (f) => ({ w: f.w, completion: f.completion, p: await postings(f.key, f.entry) })));
      }));
      // From here to the fragments there is no await, so the shared buffers
      // (best, score, matched, failCount, …) are this call's alone.
      let nTouched = 0;
      for (const found of per) {
        // best: the best match of the word itself (its stem, other forms,
        // aliases); bestPrefix: the best word that starts with what was typed
        // so far. A doc with both ranks above one with either.
        let nHit = 0;
        for (const { w, completion, p } of found) {
          const b = completion ? bestPrefix : best;
          const docs = p.docs, levels = p.levels;
          for (let i = 0; i < docs.length; i++) {
            const d = docs[i], v = w * (levels[i] + 1);
            if (best[d] === 0 && bestPrefix[d] === 0) hitBuf[nHit++] = d;
            if (v > b[d]) b[d] = v;
          }
        }
        // One idf for the term, from every doc any of its keys found: a rare
        // form or alias does not outweigh the word itself.
        const idf = Math.log(1 + (N - nHit + 0.5) / (nHit + 0.5)) * (K1 + 1) / 16;
        for (let i = 0; i < nHit; i++) {
          const d = hitBuf[i];
          if (matched[d] === 0) touchedBuf[nTouched++] = d;
          matched[d]++;
          score[d] += idf * (best[d] > 0 ? best[d] + 0.5 * bestPrefix[d] : bestPrefix[d]);
          best[d] = 0;
          bestPrefix[d] = 0;
        }
      }
      cand = touchedBuf.subarray(0, nTouched);
    }

    // filters: OR within a facet, AND across facets. failCount[d] counts
    // the facets whose filter d fails, failFacet[d] is the last one.
    const byName = new Map(ft.facets.map((f) => [f.name, f]));
    failCount.fill(0);
    filters.forEach(([name, terms], fi) => {
      pass.fill(0);
      const facet = byName.get(name);
      if (facet) for (const t of facet.terms) if (terms.includes(t.key)) for (const d of t.ids) pass[d] = 1;
      for (let d = 0; d < N; d++) if (!pass[d]) { failCount[d]++; failFacet[d] = fi; }
    });
    const filterIndex = new Map(filters.map(([name], i) => [name, i]));

    // facet counts over the matching set; a facet's own filter is left out
    if (cand) for (const d of cand) inSet[d] = 1;
    const facets = {};
    for (const f of ft.facets) {
      const own = filterIndex.has(f.name) ? filterIndex.get(f.name) : -2;
      const counts = {};
      for (const t of f.terms) {
        let c = 0;
        const ids = t.ids;
        for (let i = 0; i < ids.length; i++) {
          const d = ids[i];
          if (cand && !inSet[d]) continue;
          if (failCount[d] === 0 || (failCount[d] === 1 && failFacet[d] === own)) c++;
        }
        counts[t.key] = c;
      }
      facets[f.name] = counts;
    }
    if (cand) for (const d of cand) inSet[d] = 0;

    // ranked (or title-ordered) list
    let list;
    if (cand) {
      list = [];
      for (const d of cand) if (failCount[d] === 0) list.push(d);
      // rank: words matched, then score, then doc order; only the first
      // offset+limit need sorting
      const rank = (d) => matched[d] * 1e6 + score[d];
      const before = (a, b) => rank(a) > rank(b) || (rank(a) === rank(b) && a < b);
      const k = offset + limit;
      if (list.length > 4 * k + 64) {
        const total = list.length;
        list = topK(list, k, before);
        list.total = total;
      } else {
        list.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      }
    } else {
      list = order.filter((d) => failCount[d] === 0);
    }
    const page = list.slice(offset, offset + limit);
    // score: words matched + BM25/(BM25+1), so it falls as the rank does
    const scores = page.map((d) => (cand ? Math.round((matched[d] + score[d] / (score[d] + 1)) * 1e4) / 1e4 : 0));
    if (cand) for (const d of cand) { matched[d] = 0; score[d] = 0; } // buffers are free again before the next await
    const frags = await fragments(page, lang);
    const results = page.map((d, i) => {
      const fr = frags[i];
      const type = ft.typeNames[ft.docType[d]];
      const url = fr.url === 0 ? entry.urls[type][fr.lang] + fr.slug + "/" : fr.url;
      return { type, slug: fr.slug, url, title: fr.title, summary: fr.summary, score: scores[i] };
    });
    return { results, total: list.total ?? list.length, facets };
  }

  const match = createMatch(ix);

  /** facetInfo describes the facets for a UI: names, labels and term labels in lang. */
  async function facetInfo(lang = langs[0]) {
    const ft = await facetsLoaded();
    const pick = (m, fallback) => (m && (m[lang] || m[langs[0]])) || fallback;
    return ft.facets.map((f) => ({
      name: f.name,
      label: pick(f.label, f.name),
      terms: f.terms.map((t) => ({ key: t.key, label: pick(t.label, t.key) })),
    }));
  }

  return { search, match, prepare: match.prepare, facetInfo, langs: [...langs], docs: N, format: entry.format };
}
