// kimppa search client: loading the index: the entry file, the facets,
// the key shards and posting lists, the display fragments and what
// match() needs besides (the format is generator/searchindex doc.go's).
// Every piece is loaded once, when a query first needs it.

import { decodeSet, keyFilter as filterOf, vlq, B64 } from "./decode.js";

export const FORMAT_VERSION = 1;

function toText(data) {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  return String(data);
}

function defaultLoad(path) {
  return fetch(new URL(path, import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`search: ${path}: HTTP ${r.status}`);
    return r.text();
  });
}


/** createIndex loads the entry file and returns the index's accessors. */
export async function createIndex({ load = defaultLoad } = {}) {
  // raw: files asked for (prefetch) but not yet read (json): a need's
  // shards are asked for before the files it reads after them are parsed
  const raw = new Map();
  const prefetch = (path) => {
    if (!raw.has(path) && !cache.has(path)) {
      const p = Promise.resolve(load(path));
      p.catch(() => raw.delete(path));
      raw.set(path, p);
    }
  };
  const cache = new Map();
  const json = (path) => {
    let p = cache.get(path);
    if (!p) {
      p = (raw.get(path) || Promise.resolve(load(path))).then((d) => JSON.parse(toText(d)));
      raw.delete(path);
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p;
  };
  const entry = await json("index.json");
  if (entry.format !== FORMAT_VERSION) {
    console.warn(`kimppa search: index format ${entry.format}, search.js expects ${FORMAT_VERSION}; rebuild the site`);
  }
  const N = entry.docs;
  const langs = entry.langs;

  let facetTable = null;
  const facetsLoaded = () => facetTable || (facetTable = json(entry.facets).then((f) => {
    const docType = new Uint8Array(N);
    const typeNames = [];
    for (const facet of f.facets) {
      for (const t of facet.terms) t.ids = decodeSet(t.docs, N);
      if (facet.name === "type") facet.terms.forEach((t, i) => { typeNames.push(t.key); for (const d of t.ids) docType[d] = i; });
    }
    return { facets: f.facets, docType, typeNames };
  }));

  const shardIndex = (key) => {
    let lo = 0, hi = entry.shardFirst.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (entry.shardFirst[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  // A shard: sorted keys k and entries p: postings (VLQ) or "@n" (in
  // postings file n), then optionally "|" and alias keys; x: the entries
  // of those aliases that are in other shards.
  // Where the index has every shard in one file too (entry.shardBundle),
  // match() asks for it (allShards): a need leads to most shards of a
  // small index, and one request costs less than many.
  const shards = new Map();
  let bundle = null;
  const allShards = () => {
    if (entry.shardBundle && !bundle) bundle = json(entry.shardBundle);
    return bundle !== null;
  };
  const shard = (i) => {
    let p = shards.get(i);
    if (!p) {
      p = (bundle ? bundle.then((all) => all[i]) : json(`${entry.shards}${i}.json`)).then((s) => ({ keys: s.k, entries: s.p, others: s.x || {} }));
      shards.set(i, p);
    }
    return p;
  };
  const lowerBound = (keys, k) => {
    let lo = 0, hi = keys.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (keys[mid] < k) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const decoded = new Map(); // key → Promise<{docs, levels}>
  const postings = (key, e) => {
    let p = decoded.get(key);
    if (!p) {
      const bar = e.indexOf("|");
      const list = bar < 0 ? e : e.slice(0, bar);
      // one VLQ number per doc: (id - previous - 1) << 4 | impact level
      p = (list[0] === "@" ? json(`${entry.postings}${list.slice(1)}.json`) : Promise.resolve(list)).then((s) => {
        let n = 0;
        for (let i = 0; i < s.length; i++) if (!(B64[s.charCodeAt(i)] & 32)) n++;
        const docs = new Int32Array(n), levels = new Uint8Array(n);
        let prev = -1, i = 0;
        vlq(s, (v) => { prev += Math.floor(v / 16) + 1; docs[i] = prev; levels[i++] = v % 16; });
        return { docs, levels };
      });
      decoded.set(key, p);
    }
    return p;
  };
  const aliases = (e) => {
    const bar = e.indexOf("|");
    return bar < 0 ? [] : e.slice(bar + 1).split(",");
  };
  // keyFilter loads the index's key filter (entry.keyFilter), where it
  // has one, and resolves to it as a function that answers whether a key
  // may be in a shard (or null); once it is in, a key it does not hold is
  // looked up in no shard, and match() fetches no shard for a compound
  // part the index does not have. keyFilterAsked is its promise once
  // asked for (prepare asks), else null. Results are the same with it as
  // without.
  let filterLoaded = null, mayHave = null;
  const keyFilter = () => filterLoaded || (filterLoaded = (entry.keyFilter ? json(entry.keyFilter) : Promise.resolve(null)).then((f) => {
    if (f) mayHave = filterOf(f);
    return mayHave;
  }));
  // entryOf finds key's entry in its shard, or undefined.
  const entryOf = async (key) => {
    if (mayHave && !mayHave(key)) return undefined;
    const sh = await shard(shardIndex(key));
    const j = lowerBound(sh.keys, key);
    return sh.keys[j] === key ? sh.entries[j] : undefined;
  };
  // aliasEntries: [alias, its entry] for each alias of key's entry e, from
  // key's shard where it has a copy (no round trip), else from the
  // alias's own shard; an index written before copies were is read too.
  const aliasEntries = async (key, e) => {
    const sh = await shard(shardIndex(key));
    return Promise.all(aliases(e).map(async (a) => [a, Object.hasOwn(sh.others, a) ? sh.others[a] : await entryOf(a)]));
  };

  const orders = new Map();
  function titleOrder(lang) {
    const path = entry.ranks[lang] || entry.ranks[langs[0]];
    if (!orders.has(path)) {
      orders.set(path, json(path).then((s) => {
        const order = [];
        vlq(s, (v) => order.push(v));
        return order;
      }));
    }
    return orders.get(path);
  }

  // matchFrags: doc id → fragment record of the docs match() may suggest,
  // where the index has them in one file (entry.matchFrags), else null.
  let matchFragsData = null;
  const matchFrags = () => matchFragsData || (matchFragsData = (entry.matchFrags ? json(entry.matchFrags) : Promise.resolve(null)).then((m) => {
    if (!m) return null;
    const ids = decodeSet(m.ids, N);
    return new Map(Array.from(ids, (id, i) => [id, m.d[i]]));
  }));

  // fragments: the display data of docs ids in lang, from the fragment
  // files, or from have (matchFrags) where it has them all.
  async function fragments(ids, lang, have = null) {
    const all = have && ids.every((id) => have.has(id));
    const files = all ? [] : [...new Set(ids.map((id) => Math.floor(id / entry.fragSize)))];
    const loaded = new Map(await Promise.all(files.map(async (f) => [f, await json(`${entry.frags}${f}.json`)])));
    const li = Math.max(0, langs.indexOf(lang));
    return ids.map((id) => {
      const rec = all ? have.get(id) : loaded.get(Math.floor(id / entry.fragSize)).d[id % entry.fragSize];
      const slots = rec.slice(1, 1 + langs.length);
      const bi = slots.findIndex((s) => s);
      const si = slots[li] ? li : slots[0] ? 0 : bi;
      const base = slots[bi], s = slots[si];
      return { slug: rec[0], lang: langs[si], title: s[0] === 0 ? base[0] : s[0], summary: s[1] === 0 ? base[1] : s[1], url: s[2], contact: rec[1 + langs.length] };
    });
  }

  let matchData = null;
  const matchLoaded = () => matchData || (matchData = (entry.match ? json(entry.match) : Promise.resolve({ open: "" })).then((m) => {
    const open = new Uint8Array(N);
    for (const d of decodeSet(m.open || "", N)) open[d] = 1;
    const along = new Map(Object.entries(m.along || {}).map(([k, v]) => [Number(k), v]));
    const openIn = new Map(Object.entries(m.openIn || {}).map(([k, v]) => [Number(k), v]));
    return { open, along, openIn };
  }));

  return { entry, N, langs, json, facetsLoaded, shardIndex, shard, allShards, lowerBound, postings, aliases, aliasEntries, entryOf, titleOrder, fragments, matchFrags, matchLoaded,
    keyFilter, keyFilterAsked: () => filterLoaded, prefetch };
}
