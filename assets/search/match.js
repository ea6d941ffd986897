// kimppa search client: match(), a need in a visitor's own words, ranked
// as Go's generator/match ranks it (the same words, keys, weights,
// reasons, fit and strength; generator/match/match.test.mjs holds them equal).

import { AZ_RE, LETTER_RE, analyze, basesOf, conceptKeys, detectLang, fillerForm, gradation, lemmaClass, placeOf, placeWord, quietForm, shorter, stem, translatedKeys, warm, words } from "./analysis.js";
import { K1 } from "./decode.js";

const MATCH_WORDS = 64; // distinct words of a need that count (Go: match.maxWords)
const MATCH_TERMS = 32; // terms of a need kept, the most telling first (Go: match.maxTerms)
const MATCH_MIN_REL = 0.1; // a text score below this share of the best is left out (Go: match.minRel)
const MATCH_MIN_FIT = 0.05; // the least fit shown (Go: match.minFit)
const STRONG_FIT = 0.5; // the fit of a strong suggestion (Go: match.StrongFit)
const PLACE_CAP = 2; // the most a need's places add, times what its words give a doc (Go: match.placeCap)

// A need asking for money ranks its FUNDING_SLOTS best funding sources
// FUNDING_BOOST times their text, and means its words of money and
// support (Go: match.fundingIntent, moneyWord, fundingWord).
const FUNDING_BOOST = 4;
const FUNDING_SLOTS = 3;
const MONEY_STARTS = ["raha", "rahoit", "avustu", "apuraha", "funding", "grant", "financ", "subsid", "money", "finansier", "bidrag", "pengar", "stipend"];
const MONEY_WORDS = ["fund", "funds", "funded"];
const MONEY_ENDS = ["tuki", "tukea", "tukia", "tuen", "rahaa", "rahat", "rahan", "raha", "rahoitusta", "rahoitus", "avustus", "avustusta"];
const SUPPORT_WORDS = ["tuki", "tukea", "tukia", "tuen", "tukiin", "tukeen", "stod", "stodet"];
const APPLY_STARTS = ["hae", "hak", "apply", "applic", "ansok"];
// a noun of developing or investing: support for one is money asked for (Go: match.developStarts)
const DEVELOP_STARTS = ["kehitys", "kehittamis", "tuotekehity", "investoin", "innovaatio", "utveckling", "investering"];
const moneyWord = (f) => MONEY_STARTS.some((p) => f.startsWith(p)) || MONEY_WORDS.includes(f) || MONEY_ENDS.some((p) => f.length > p.length + 3 && f.endsWith(p));
const fundingWord = (f) => moneyWord(f) || SUPPORT_WORDS.includes(f);
const askingWord = (f) => fundingWord(f) || APPLY_STARTS.some((p) => f.startsWith(p));
// words every funding source and need of a cluster share: its own name,
// the talk of projects and applying; a funding source sharing only these
// (and words of asking) is not raised (Go: match.fundingGeneric, telling)
const FUNDING_GENERIC = {
  fi: "kiertotalous talous hanke projekti hakemus haku",
  en: "circular economy project application",
  sv: "cirkulär cirkulära ekonomi ekonomin projekt projektet ansökan ansökningar",
};
let genericKeys = null;
const isGeneric = (k) => (genericKeys ||= new Set(Object.entries(FUNDING_GENERIC).flatMap(([l, ws]) => analyze(l, ws)))).has(k);
function fundingIntent(lang, text) {
  let support = false, apply = false;
  for (const { folded: f } of words(lang, text)) {
    if (moneyWord(f)) return true;
    if (SUPPORT_WORDS.includes(f)) support = true;
    else if (APPLY_STARTS.some((p) => f.startsWith(p)) || DEVELOP_STARTS.some((p) => f.startsWith(p))) apply = true;
  }
  return support && apply;
}

/** createMatch is match() over an index's accessors (createIndex). */
export function createMatch(ix) {
  const { entry, N, langs, json, facetsLoaded, matchLoaded, entryOf, postings, aliasEntries, shard, allShards, shardIndex, lowerBound, fragments, matchFrags, keyFilter, keyFilterAsked, prefetch } = ix;

  // needTerms reads a need as Go's match.terms does: its distinct words
  // (the first MATCH_WORDS) but filler, each with the keys search looks
  // up (without a possessive suffix when that finds none), or the keys of
  // its compound parts when no key finds the word whole, and its glossary
  // bridges; forms of one word are one term; a word without a letter or of one letter
  // tells nothing; a word with no key at all is a term without keys. The
  // index pieces the words lead to are loaded at once, not one by one.
  async function needTerms(text, lang, onAsked = () => {}) {
    const ws = words(lang, text);
    const money = fundingIntent(lang, text);
    const filler = (f) => (fillerForm(lang, f) || basesOf(lang, f).some((b) => fillerForm(lang, b))) && !(money && fundingWord(f)); // Go: match.filler, reader.money
    const wanted = (w) => LETTER_RE.test(w.folded) && [...w.folded].length > 1 && !filler(w.folded);
    const firstKeys = (f) => [f, ...basesOf(lang, f)].flatMap((x) => queryKeys(lang, x).map((k) => k.key));
    // keysOf: the keys of f, or of a base of it when f's find none, and the form they are of
    const keysOf = async (f) => {
      let keys = queryKeys(lang, f), src = f;
      for (const base of basesOf(lang, f)) {
        if (await known(keys)) break;
        keys = queryKeys(lang, base);
        src = base;
      }
      return { keys, src };
    };
    const distinct = [...new Set(ws.filter(wanted).map((w) => w.folded))].slice(0, MATCH_WORDS);
    // Every shard the words may lead to is fetched in one wave, before it
    // is known which are needed: the words' keys, their lemma-class keys
    // (key~class, which may run into the next shards), the compound parts
    // of every long word (needed where no key finds the word whole) and
    // the glossary bridges; and the long posting lists (in files of their
    // own) that looking these keys up reads. On a phone a round trip costs
    // more than the few shards too many. The bridges are asked for last:
    // the glossary's tables take a while to build the first time.
    // Where the index's key filter was asked for (prepare loads it), keys
    // the index does not have lead to no shard, and a word the filter may
    // have a key of (so most likely found whole: no false positive is
    // likelier than 1 in 100) leads to no shard of its compound parts or
    // its concepts, which are read only for a word not found (and its
    // concepts only where its bridges are not found either); where the
    // filter is wrong they are fetched when read. On a phone each request
    // costs the page's thread a few milliseconds, and the concepts of
    // every word took longer to work out than the rest of the need.
    allShards();
    const long = entry.long || {};
    const maybe = await (keyFilterAsked() || Promise.resolve(null)).catch(() => null);
    const fetchAll = (all, extra = []) => {
      const keys = maybe ? all.filter(maybe) : all;
      const shards = new Set([...keys.map(shardIndex), ...extra]);
      const lists = new Set(keys.flatMap((k) => (Object.hasOwn(long, k) ? long[k] : [])));
      return [...[...shards].map(shard), ...[...lists].map((n) => json(`${entry.postings}${n}.json`))];
    };
    const first = distinct.flatMap(firstKeys);
    const classes = first.flatMap((k) => { const out = []; for (let i = shardIndex(k + "~"); i <= shardIndex(k + "~\uffff"); i++) out.push(i); return out; });
    const found = (keys) => maybe !== null && keys.some(maybe);
    const whole = new Set(distinct.filter((f) => found(firstKeys(f))));
    const ofWords = fetchAll([...first, ...distinct.flatMap((f) => (whole.has(f) ? [] : partCandidates(lang, f)))], classes);
    const bridgesOf = (f) => [f, ...basesOf(lang, f)].flatMap((x) => translatedKeys(lang, langs, x));
    const conceptsOf = (f, bridged) => conceptKeys(lang, langs, [f, ...basesOf(lang, f)], bridged.map((b) => b.via));
    const ofBridges = fetchAll(distinct.flatMap((f) => {
      const b = bridgesOf(f), keys = b.map((k) => k.key);
      return whole.has(f) || found(keys) ? keys : [...keys, ...conceptsOf(f, b).map((k) => k.key)];
    }));
    // the shards are asked for: what waited for that (the facets, the
    // match data, the titles) and the place names' table are made while
    // they come (on a phone their wait is longer than this work)
    onAsked();
    placeOf(lang, "");
    await Promise.all([...ofWords, ...ofBridges]);
    const has = async (k) => (await entryOf(k)) !== undefined;
    const known = async (keys) => { for (const k of keys) if (await has(k.key)) return true; return false; };

    const byFolded = new Map();
    const byKey = new Map();
    const terms = [];
    for (const w of ws) {
      const f = w.folded;
      if (byFolded.has(f)) {
        const i = byFolded.get(f);
        if (i >= 0) terms[i].count += 1;
        continue;
      }
      if (byFolded.size >= MATCH_WORDS) continue;
      if (!wanted(w)) { byFolded.set(f, -1); continue; }
      // a place: a term of its own forms' keys, which ranks but is no reason (Go: reader.addPlace)
      if (placeWord(lang, f)) {
        const keys = queryKeys(lang, f);
        if (byKey.has(keys[0].key)) { const i = byKey.get(keys[0].key); byFolded.set(f, i); terms[i].count += 1; continue; }
        byFolded.set(f, terms.length);
        byKey.set(keys[0].key, terms.length);
        terms.push({ surface: w.surface, keys, count: 1, first: byFolded.size, classes: [""], asking: false, place: true });
        continue;
      }
      let { keys, src } = await keysOf(f);
      // a foreign word the glossary knows is not read by its parts (Go: reader.add)
      const bridged = bridgesOf(f);
      // a form of talk nobody offers does not count against fit, whatever its parts (Go: talk)
      if (!(await known(keys)) && bridged.length === 0 && talk(lang, f)) { byFolded.set(f, -1); continue; }
      // a word the site has not written, nor its glossary words, reaches its concepts' words (Go: reader.add)
      const concepts = !(await known(keys)) && !(await known(bridged)) ? conceptsOf(f, bridged) : [];
      if (!(await known(keys)) && (lang === "fi" || bridged.length === 0)) {
        keys = await partKeys(lang, f, has);
        for (const k of keys) if (k.part) k.via = writtenTail(w, k.via);
      }
      for (const t of [...bridged, ...concepts]) if (!keys.some((k) => k.key === t.key)) keys.push(t);
      if (keys.length === 0) {
        byFolded.set(f, terms.length);
        terms.push({ surface: w.surface, keys, count: 1, first: byFolded.size, quiet: quietForm(lang, f) });
        continue;
      }
      const cls = keys[0].form ? lemmaClass(lang, src, keys[0].key) : "";
      if (byKey.has(keys[0].key)) {
        const i = byKey.get(keys[0].key);
        byFolded.set(f, i);
        terms[i].count += 1;
        terms[i].asking ||= askingWord(f);
        if (shorter(w.surface, terms[i].surface)) terms[i].surface = w.surface;
        if (!terms[i].classes.includes(cls)) terms[i].classes.push(cls);
        continue;
      }
      byFolded.set(f, terms.length);
      byKey.set(keys[0].key, terms.length);
      // a quiet word scores but is no reason (Go: term.quiet)
      terms.push({ surface: w.surface, keys, count: 1, first: byFolded.size, classes: [cls], asking: askingWord(f), quiet: quietForm(lang, f) });
    }
    return terms;
  }

  // writtenTail: the end of word w whose folded form is tail, in lower
  // case as written, or tail when folding changed its length (Go: writtenTail).
  function writtenTail(w, tail) {
    const lower = [...w.surface.toLowerCase()];
    return lower.length === [...w.folded].length ? lower.slice(lower.length - [...tail].length).join("") : tail;
  }

  // asked: a promise resolved once the last need's shards are asked for
  // (needTerms), after which match() and prepare() read the facets, the
  // match data and the titles: decoding them first would put off the
  // shards, which are longer on their way.
  const gate = () => { let done; const p = new Promise((r) => { done = r; }); p.done = () => done(); return p; };
  let asked = gate();
  asked.done();
  const afterAsked = (f) => asked.then(f);
  const matchTables = () => Promise.all([facetsLoaded().then((ft) => { facetSets(ft); labelTerms(ft); return ft; }), matchLoaded(), matchFrags()]);
  // facetSets: each doc's kind and each facet term's docs as a set, made
  // once for the facet table
  let sets = null;
  const facetSets = (ft) => {
    if (sets && sets.ft === ft) return sets;
    // a term's docs as a bitmap (has(d)), a doc's kind in an array: at
    // 10,000 docs sets of them cost a phone more in allocation
    const kindFacet = ft.facets.find((f) => f.name === "kind");
    const kinds = new Array(N);
    if (kindFacet) for (const t of kindFacet.terms) for (const d of t.ids) kinds[d] = t.key;
    const kindOf = { get: (d) => kinds[d] };
    const bitmap = (ids) => { const b = new Uint8Array(N); for (const d of ids) b[d] = 1; return { has: (d) => b[d] === 1 }; };
    const termSets = new Map(ft.facets.map((f) => [f.name, new Map(f.terms.map((t) => [t.key, bitmap(t.ids)]))]));
    return (sets = { ft, kindOf, termSets });
  };

  // termsOf: needTerms, the last need's kept, so that a need prepared
  // while it was written (or on the page's load) is not read again when
  // it is matched. The terms are not changed by their users.
  let lastTerms = { key: null, terms: null };
  function termsOf(text, lang) {
    const key = `${lang}\0${text}`;
    if (lastTerms.key !== key) {
      const g = (asked = gate());
      const terms = needTerms(text, lang, g.done);
      terms.finally(g.done).catch(() => {});
      lastTerms = { key, terms };
      lastTerms.terms.catch(() => { if (lastTerms.key === key) lastTerms = { key: null, terms: null }; });
    }
    return lastTerms.terms;
  }

  // queryKeys: the word's stem (a form of it), its stems in the other
  // languages, the strong grades of its Finnish stem (Go: QueryKeys).
  function queryKeys(lang, f) {
    const out = [{ key: stem(lang, f), w: 1, form: true }];
    const has = (k) => out.some((x) => x.key === k);
    for (const l of langs) { const k = stem(l, f); if (!has(k)) out.push({ key: k, w: 0.9, form: false }); }
    for (const k of gradation(stem("fi", f))) if (!has(k)) out.push({ key: k, w: 0.85, form: lang === "fi" });
    return out;
  }

  // partCandidates: every key partKeys may look up for f.
  function partCandidates(lang, f) {
    if (f.includes("-")) return [stem(lang, f.slice(f.lastIndexOf("-") + 1)), stem(lang, f.slice(0, f.indexOf("-")))];
    if (f.length < 8 || !AZ_RE.test(f)) return [];
    const out = [];
    for (let i = 4; i <= f.length - 3; i++) out.push(stem(lang, f.slice(i)), stem(lang, f.slice(0, i)));
    return out;
  }

  // talk (Go: match.talk): a Finnish conditional or -kaan clitic form
  const TALK_ENDINGS = ["isimme", "isitte", "isivat", "aisi", "aisin", "isiko", "kaan", "is", "isko"];
  const talk = (lang, f) => lang === "fi" && f.length >= 5 && TALK_ENDINGS.some((e) => f.endsWith(e));

  // wordStart (Go: searchindex.wordStart): no doubled consonant or
  // derivational ending begins a word.
  const NOT_TAILS = ["minen", "mise", "llis", "llin", "inen", "isen", "isuu", "suus", "suud", "syys", "syyd", "uus", "yys", "tus", "tys", "ttel", "ttaa", "tella", "stus", "jien", "jat"];
  const wordStart = (p) => !(p.length > 1 && p[0] === p[1] && !"aeiouy".includes(p[0])) && !NOT_TAILS.some((e) => p.startsWith(e));

  // partKeys splits a compound no key finds whole (Go: PartKeys), never
  // before an s and a consonant, a doubled consonant or an ending; a head
  // under 6 letters or with a key under 4 only after a known first part.
  async function partKeys(lang, f, has) {
    if (f.includes("-")) { // the parts of a word written with hyphens (Go: hyphenParts)
      const head = stem(lang, f.slice(f.lastIndexOf("-") + 1)), mod = stem(lang, f.slice(0, f.indexOf("-")));
      const out = [];
      if (head.length >= 3 && (await has(head))) out.push({ key: head, w: 0.7, form: false });
      if (mod.length >= 3 && mod !== head && (await has(mod))) out.push({ key: mod, w: 0.5, form: false });
      return out;
    }
    if (f.length < 8 || !AZ_RE.test(f)) return [];
    // never inside a doubled k, p or t (Go: inGrade)
    const inGrade = (i) => i > 0 && f[i - 1] === f[i] && "kpt".includes(f[i]);
    for (let i = 4; i <= f.length - 3; i++) {
      if ((f[i] === "s" && !"aeiouy".includes(f[i + 1])) || inGrade(i)) continue;
      const head = stem(lang, f.slice(i)), mod = stem(lang, f.slice(0, i));
      if (!wordStart(f.slice(i)) || !(await has(head))) continue;
      if ((f.length - i < 6 || head.length < 4) && !(await has(mod))) continue;
      const out = [{ key: head, w: 0.7, form: false }];
      // a head that can stand alone, after a first part the site has, is a
      // reason, unless it starts with two consonants or is filler (Go: PartKeys)
      const tail = f.slice(i), vowel = (c) => "aeiouy".includes(c);
      if (tail.length >= 6 && i > 4 && mod.length >= 4 && (await has(mod)) && (vowel(tail[0]) || vowel(tail[1])) && !fillerForm(lang, tail) && !quietForm(lang, tail)) Object.assign(out[0], { via: tail, part: true });
      if (mod !== head && (await has(mod))) out.push({ key: mod, w: 0.5, form: false });
      return out;
    }
    // the longest first part, when no head is known (Go: firstPart)
    for (let i = f.length - 4; i >= 6; i--) {
      const tail = f.slice(i);
      if ((tail[0] === "s" && !"aeiouy".includes(tail[1])) || !wordStart(tail) || inGrade(i)) continue;
      const mod = stem(lang, f.slice(0, i));
      if (mod.length >= 4 && (await has(mod))) return [{ key: mod, w: 0.5, form: false }];
    }
    return [];
  }

  // how a doc was found (Go: match.howForm …): a form of the word (0), a
  // glossary bridge, key i (1 + i), or no reason (-1).
  const keyHow = (i, kw) => (kw.form ? 0 : kw.via ? 1 + i : -1);
  const better = (a, b) => (a === b || a === -1 ? false : b === -1 ? true : a < b);

  // byClass: whether key's words are filed by lemma class too (Go: Index.ByClass).
  async function byClass(key) {
    const k = key + "~", i = shardIndex(k);
    const sh = await shard(i);
    const j = lowerBound(sh.keys, k);
    if (j < sh.keys.length) return sh.keys[j].startsWith(k);
    // the next shard's first key is in the entry: no fetch to read it
    return i + 1 < entry.shardFirst.length && entry.shardFirst[i + 1].startsWith(k);
  }

  // sameWord: the docs with a form of the term's word, when its first key
  // is filed by lemma class; null when any doc of the key has one.
  async function sameWord(t) {
    if (!t.keys.length || !t.keys[0].form || t.classes.includes("") || !(await byClass(t.keys[0].key))) return null;
    const in_ = new Set();
    const ps = await Promise.all(["", ...t.classes].map(async (c) => {
      const k = `${t.keys[0].key}~${c}`, e = await entryOf(k);
      return e === undefined ? null : postings(k, e);
    }));
    for (const p of ps) if (p) for (const d of p.docs) in_.add(d);
    return in_;
  }

  // findTerm: every doc any of a term's keys (or their aliases) finds,
  // with the best weight, and how it was found.
  // a concept's word in more docs than this tells nothing (Go: match.conceptDF)
  const conceptDF = Math.max(3, Math.floor(N / 10));
  const idfOf = (hit) => Math.log(1 + (N - hit + 0.5) / (hit + 0.5)) * (K1 + 1) / 16;
  async function findTerm(t) {
    const lists = await Promise.all(t.keys.map(async (kw, i) => {
      const e = await entryOf(kw.key);
      if (e === undefined) return [];
      const by = keyHow(i, kw), concept = !!kw.concept;
      const p = postings(kw.key, e);
      if (concept && (await p).docs.length > conceptDF) return [];
      const out = [{ p, w: kw.w, by, concept }];
      const as = await aliasEntries(kw.key, e);
      for (const [a, ae] of as) if (ae !== undefined) out.push({ p: postings(a, ae), w: kw.w * 0.8, by, concept });
      return out;
    }));
    const flat = lists.flat();
    const ps = await Promise.all(flat.map((x) => x.p));
    // a form of the word is a reason only in a doc with a form of the same word (Go: sameWord)
    const same = await sameWord(t);
    // From here on no await: the buffers are this call's alone, and
    // cleared (by the docs touched) before it returns.
    let n = 0, nOwn = 0;
    flat.forEach(({ w, by, concept }, j) => {
      const p = ps[j];
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i], v = w * (p.levels[i] + 1);
        if (!concept && !ownBuf[d]) { ownBuf[d] = 1; nOwn++; }
        if (!seenBuf[d]) { seenBuf[d] = 1; touched[n++] = d; howBuf[d] = by; }
        else if (better(by, howBuf[d])) howBuf[d] = by;
        if (v > bestBuf[d]) bestBuf[d] = v;
      }
    });
    const docs = touched.slice(0, n).sort();
    // df: the docs the term's own keys find, else its concepts' (Go: hits.df)
    const df = nOwn || docs.length;
    const idf = idfOf(df), all = idfOf(docs.length);
    // a doc only the concepts find weighs by the idf of all they find (Go: finder.find)
    const best = new Float64Array(n), how = new Int16Array(n);
    docs.forEach((d, j) => {
      best[j] = bestBuf[d] * (all < idf && !ownBuf[d] ? all / idf : 1);
      how[j] = same && howBuf[d] === 0 && !same.has(d) ? -1 : howBuf[d];
      bestBuf[d] = 0; seenBuf[d] = 0; ownBuf[d] = 0;
    });
    return { docs, best, how, idf, df };
  }
  // findTerm's buffers, one slot a doc
  const bestBuf = new Float64Array(N), howBuf = new Int16Array(N), seenBuf = new Uint8Array(N), ownBuf = new Uint8Array(N), touched = new Int32Array(N);

  const qw = (t) => 1 + Math.log(Math.max(1, t.count));
  const round3 = (v) => Math.round(v * 1000) / 1000;

  // labelTerms: each key of a facet term's label → [[facet, term]]
  // (Go: Index.LabelTerms).
  let labelMap = null;
  const labelTerms = (ft) => {
    if (labelMap) return labelMap;
    labelMap = new Map();
    for (const f of ft.facets) for (const t of f.terms) {
      for (const [l, label] of Object.entries(t.label || {})) {
        for (const k of analyze(l, label)) {
          if (!labelMap.has(k)) labelMap.set(k, []);
          const list = labelMap.get(k);
          if (!list.some(([a, b]) => a === f.name && b === t.key)) list.push([f.name, t.key]);
        }
      }
    }
    for (const list of labelMap.values()) list.sort((a, b) => { const x = a[0] + "\0" + a[1], y = b[0] + "\0" + b[1]; return x < y ? -1 : x > y ? 1 : 0; });
    return labelMap;
  };

  /**
   * match ranks what could meet a need written in a visitor's own words,
   * read in the language its words are in: every word counts, rare ones
   * more; themes picked in filters raise what shares them; kinds picked
   * are sought (a service through its providers, which come with it).
   * filters.type defaults to actors and services. Each result has a fit
   * (the share of the need it covers) and a strength; one without a true
   * reason or below a meaningful fit is left out. Scores and reasons are
   * those of data/matches.json's solvers. opts.place (a municipality or
   * region; else the first place the need's words name) is where the need
   * is: a funding source limited to regions is suggested only when it
   * covers it, with the region as a reason (Go: match.Filters.Place).
   */
  async function match(text = "", opts = {}) {
    const lang = opts.lang && langs.includes(opts.lang) ? opts.lang : langs[0];
    const needLang = detectLang(text, lang);
    const limit = opts.limit ?? 10;
    const filters = opts.filters || {};
    const types = filters.type && filters.type.length ? filters.type : ["actors", "services"];
    const kinds = filters.kind || [];
    const themes = Object.entries(filters).filter(([k, v]) => k !== "type" && k !== "kind" && v && v.length);
    const terms = termsOf(text, needLang);
    const [ft, md, mf] = await afterAsked(matchTables);
    const ts = await terms;
    const typeOf = (d) => ft.typeNames[ft.docType[d]];
    const { kindOf, termSets } = facetSets(ft);
    const hasTerm = (d, facet, term) => { const m = termSets.get(facet); return !!(m && m.get(term) && m.get(term).has(d)); };

    // score every doc the need's words find, the MATCH_TERMS most telling;
    // total: what the need's meaningful words weigh, found or not
    const maxDF = N >= 200 ? N / 2 : N;
    // a word in most docs scores a little but is no reason (Go: reasonDF)
    const reasonDF = N >= 40 ? Math.floor(N / 2) : N;
    const unmet = Math.log(1 + (N + 0.5) / 0.5) * (K1 + 1) / 16 * 0.5;
    const hs = await Promise.all(ts.map((t) => (t.keys.length ? findTerm(t) : null)));
    const kept = [];
    let total = 0;
    ts.forEach((t, i) => {
      const h = hs[i];
      if (h && h.df > maxDF) return;
      // a place is no part of what the need weighs (Go: term.place)
      if (!h || h.docs.length === 0) { if (!t.place) total += unmet * qw(t); return; }
      if (!t.place) total += h.idf * qw(t);
      kept.push({ t, h });
    });
    kept.sort((a, b) => (b.h.idf * qw(b.t)) - (a.h.idf * qw(a.t)) || a.t.first - b.t.first);
    kept.length = Math.min(kept.length, MATCH_TERMS);
    // textScore: a doc's score from the words (0: none; scored lists the
    // docs with one); found: for each doc, the words that found it, as
    // lists in arrays (fHead, fNext…), made into objects for candidates
    // only: at 10,000 docs maps and objects of every doc found cost a
    // phone more in allocation than the scoring
    const textScore = new Float64Array(N), there = new Float64Array(N), scored = [], placed = [];
    const fHead = new Int32Array(N).fill(-1), fTail = new Int32Array(N), fNext = [], fI = [], fV = [], fHow = [];
    kept.forEach(({ t, h }, i) => {
      const q = qw(t);
      for (let j = 0; j < h.docs.length; j++) {
        const d = h.docs[j], v = h.idf * q * h.best[j];
        if (t.place) { if (there[d] === 0) placed.push(d); there[d] += v; continue; }
        if (textScore[d] === 0) scored.push(d);
        textScore[d] += v;
        if (h.df <= reasonDF) {
          const r = fNext.length;
          fNext.push(-1); fI.push(i); fV.push(v); fHow.push(t.quiet ? -1 : h.how[j]); // a quiet word covers as a part does but is no reason (Go: term.quiet)
          if (fHead[d] < 0) fHead[d] = r; else fNext[fTail[d]] = r;
          fTail[d] = r;
        }
      }
    });
    const foundOf = (d) => { const out = []; for (let r = fHead[d]; r >= 0; r = fNext[r]) out.push({ i: fI[r], v: fV[r], how: fHow[r] }); return out; };
    // a place ranks what the words find there, by at most PLACE_CAP times what they give it (Go: placeCap)
    for (const d of placed) { const t = textScore[d]; if (t > 0) textScore[d] = t + Math.min(there[d], PLACE_CAP * t); }
    const labels = labelTerms(ft);
    // reasons (Go: scored.reasons): words as written, a bridge as
    // "word → sana"; a word of a label the doc has is the term instead
    const reasons = (d) => {
      const list = foundOf(d);
      let cover = 0;
      // a word that found d without a reason (a part, another language's stem) covers half (Go: partCover),
      // one that found it only through a concept half too (Go: conceptCover)
      for (const r of list) cover += kept[r.i].h.idf * qw(kept[r.i].t) * (r.how === -1 || (r.how >= 1 && (kept[r.i].t.keys[r.how - 1].concept || kept[r.i].t.keys[r.how - 1].part)) ? 0.5 : 1);
      const words = [], terms = {};
      let nTerms = 0;
      for (const r of list.slice().sort((a, b) => b.v - a.v)) {
        if (r.how === -1) continue;
        const t = kept[r.i].t;
        let key = t.keys[0].key, word = t.surface;
        if (r.how >= 1) { const kw = t.keys[r.how - 1]; key = kw.key; word = `${t.surface} → ${kw.via}`; }
        let label = false;
        for (const [facet, term] of labels.get(key) || []) {
          if (!hasTerm(d, facet, term)) continue;
          label = true;
          if (facet !== "kind" && facet !== "type" && !(terms[facet] || []).includes(term)) { (terms[facet] ||= []).push(term); nTerms++; }
        }
        if (!label && words.length < 5) words.push(word);
      }
      return { words, terms: nTerms ? terms : undefined, fit: total > 0 ? Math.min(1, cover / total) : 0 };
    };

    // what may be suggested
    const sought = (d) => kinds.length === 0 || kinds.includes(kindOf.get(d));
    const eligible = (d) => {
      const type = typeOf(d);
      if (!types.includes(type)) return false;
      switch (type) {
        case "actors": return sought(d);
        case "services": return (md.along.get(d) || []).some(sought);
        case "challenges": return md.open[d] === 1;
        case "funding": return md.open[d] === 1 && regionOf(d) !== null;
      }
      return false;
    };
    // regionOf: the entry of a funding source's regions that covers the
    // need's place, "" when it names none, null when it does not cover it
    // (Go: match.inRegion, with places.Fold's folding)
    // a need without a place given is where its words say (Go: match.placeIn)
    const given = opts.place || (words(needLang, text).map((w) => placeOf(needLang, w.folded)).find((p) => p) ?? "");
    const place = String(given).normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean).join(" ");
    const regionOf = (d) => {
      const within = md.openIn.get(d);
      if (!within) return "";
      return Object.hasOwn(within, place) ? within[place] : null;
    };
    const nWant = themes.reduce((n, [, v]) => n + v.length, 0);
    const shared = (d) => {
      const out = {};
      let n = 0;
      for (const [name, want] of themes) {
        if (!termSets.get(name)) continue;
        const got = want.filter((t) => hasTerm(d, name, t)).sort();
        if (got.length) { out[name] = got; n += got.length; }
      }
      return [n ? out : undefined, n];
    };
    const merge = (a, b) => {
      if (!b) return a;
      const out = {};
      for (const m of [a, b]) for (const [k, ts] of Object.entries(m || {})) for (const t of ts) if (!(out[k] ||= []).includes(t)) out[k].push(t);
      for (const k of Object.keys(out)) out[k].sort();
      return out;
    };
    const cands = scored.filter(eligible).sort((a, b) => a - b);
    // a need asking for money raises its best funding sources (Go: match.bestFunding),
    // those it means: sharing a theme, a telling word or its place (Go: matcher.meant, telling)
    const telling = (d) => foundOf(d).some((r) => {
      const t = kept[r.i].t;
      if (r.how === -1 || t.asking) return false;
      return !isGeneric(r.how >= 1 ? t.keys[r.how - 1].key : t.keys[0].key);
    });
    const meant = (d) => shared(d)[1] > 0 || telling(d) || !!regionOf(d);
    if (fundingIntent(needLang, text)) {
      const funds = cands.filter((d) => typeOf(d) === "funding" && meant(d));
      const top = funds.map((d, i) => [d, i]).sort((a, b) => textScore[b[0]] - textScore[a[0]] || a[1] - b[1]).slice(0, FUNDING_SLOTS);
      for (const [d] of top) textScore[d] *= FUNDING_BOOST;
    }
    let maxText = 0;
    for (const d of cands) maxText = Math.max(maxText, textScore[d]);
    // taxonomy terms of each doc (every facet but type and kind), for combine
    const ownTerms = (d) => {
      let n = 0;
      for (const f of ft.facets) if (f.name !== "type" && f.name !== "kind") for (const t of f.terms) if (hasTerm(d, f.name, t.key)) n++;
      return n;
    };
    // Go: match.combine: the themes shared as a share of the themes either has
    const combine = (t, n, d) => {
      const rel = maxText > 0 ? t / maxText : 0;
      return 0.75 * rel + (nWant > 0 ? 0.2 * n / Math.max(1, nWant + ownTerms(d) - n) : 0.2 * rel) + (kinds.length ? 0.05 : 0);
    };
    const fitOf = (words, n) => (nWant === 0 ? words : 0.75 * words + 0.25 * n / nWant);
    const best = new Map();
    const offer = (s) => { const o = best.get(s.d); if (!o || s.score > o.score) best.set(s.d, s); };
    for (const d of cands) {
      if (textScore[d] < MATCH_MIN_REL * maxText) continue; // a word or two in common, among many
      const [terms, n] = shared(d);
      const r = reasons(d);
      const fit = fitOf(r.fit, n);
      const s = { d, score: 0.8 * combine(textScore[d], n, d) + 0.2 * fit, fit, because: { terms: merge(terms, r.terms), words: r.words } }; // Go: rankScore
      if (!(s.because.words.length || s.because.terms) || round3(s.fit) < MATCH_MIN_FIT) continue; // no true reason, or too little
      if (typeOf(d) === "actors" && kinds.length) s.because.kind = kindOf.get(d);
      if (typeOf(d) === "funding" && regionOf(d)) s.because.region = regionOf(d);
      offer(s);
      if (typeOf(d) !== "services" || !types.includes("actors")) continue;
      for (const p of md.along.get(d) || []) {
        if (!sought(p)) continue;
        const via = { d: p, score: s.score * 0.98, fit: s.fit, because: { ...s.because, kind: kinds.length ? kindOf.get(p) : undefined }, via: d };
        offer(via);
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.d - b.d).slice(0, limit);
    const viaDocs = ranked.filter((s) => s.via !== undefined).map((s) => s.via);
    const frags = await fragments([...ranked.map((s) => s.d), ...viaDocs], lang, mf);
    const slugOf = new Map([...ranked.map((s) => s.d), ...viaDocs].map((d, i) => [d, frags[i]]));
    const results = ranked.map((s) => {
      const fr = slugOf.get(s.d);
      const type = typeOf(s.d);
      const url = fr.url === 0 ? entry.urls[type][fr.lang] + fr.slug + "/" : fr.url;
      const because = {};
      if (s.because.terms) because.terms = s.because.terms;
      if (s.because.words && s.because.words.length) because.words = s.because.words;
      if (s.because.kind) because.kind = s.because.kind;
      if (s.because.region) because.region = s.because.region;
      if (s.via !== undefined) because.via = `${typeOf(s.via)}/${slugOf.get(s.via).slug}`;
      const fit = round3(s.fit);
      const r = { type, slug: fr.slug, url, title: fr.title, summary: fr.summary, score: round3(s.score), fit, strength: fit >= STRONG_FIT ? "strong" : "possible", because };
      if (s.via !== undefined) {
        const vf = slugOf.get(s.via), vt = typeOf(s.via);
        r.via = { title: vf.title, url: vf.url === 0 ? entry.urls[vt][vf.lang] + vf.slug + "/" : vf.url };
      }
      if (fr.contact) r.contact = fr.contact;
      return r;
    });
    return { results, lang: needLang };
  }

  // prepare loads what match(text) will need (the facets, the match data
  // and fragments, the index pieces of the need's words) without ranking,
  // so that a page can fetch them while the visitor is still typing;
  // without a text it also builds the analysis tables a first need builds.
  match.prepare = async (text = "", lang = langs[0]) => {
    const l = langs.includes(lang) ? lang : langs[0];
    if (!text) { warm(); allShards(); }
    for (const f of [entry.facets, entry.match, entry.matchFrags]) if (f) prefetch(f);
    await keyFilter().catch(() => null); // the need's shards after it: fewer of them
    const terms = termsOf(text, detectLang(text, l));
    await Promise.all([afterAsked(matchTables), terms]);
  };

  return match;
}
