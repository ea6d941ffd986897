// kimppa search client: a dependency-free ES module for browsers and Node 20+.
//
//   import { createSearch } from "./search/search.js";
//   const s = await createSearch({ load: async (path) => bytesOrString });
//   const { results, total, facets } = await s.search("muovin kierrätys",
//     { lang: "fi", filters: { type: ["projects"] }, limit: 10, offset: 0 });
//
// The index is written by the Go package generator/searchindex (its doc.go
// describes the format). Query analysis here must equal the Go side's
// Analyze: TOKEN_RE, fold, the stop words and the light stemmers; the Go
// test TestGoAndJSAgreeOnAnalysis runs this file in Node to check it.

export const FORMAT_VERSION = 1;

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;
const MARK_RE = /\p{M}/u;
const OPEN_END_RE = /[\p{L}\p{M}\p{N}]$/u;

// BEGIN GENERATED (go test ./generator/searchindex -run TestGeneratedJS -update)
const FOLD_PAIRS = "ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy þth ÿy āa ăa ąa ćc čc ďd đd ēe ėe ęe ěe īi įi ıi łl ńn ňn ōo őo œoe řr śs şs šs ťt ūu ůu űu ųu źz żz žz ’'";
const STOP_WORDS = {
  en: "a about above after again against all am an and any are aren't as at be because been before being below between both but by can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves",
  fi: "ei eivät emme en et ette että he heidän heidät heihin heille heillä heiltä heissä heistä heitä hän häneen hänelle hänellä häneltä hänen hänessä hänestä hänet häntä itse ja johon joiden joihin joiksi joilla joille joilta joina joissa joista joita joka joksi jolla jolle jolta jona jonka jos jossa josta jota jotka kanssa keiden keihin keiksi keille keillä keiltä keinä keissä keistä keitä keneen keneksi kenelle kenellä keneltä kenen kenenä kenessä kenestä kenet ketkä ketä koska kuin kuka kun me meidän meidät meihin meille meillä meiltä meissä meistä meitä mihin miksi mikä mille millä miltä minkä minua minulla minulle minulta minun minussa minusta minut minuun minä missä mistä mitkä mitä mukaan mutta ne niiden niihin niiksi niille niillä niiltä niin niinä niissä niistä niitä noiden noihin noiksi noilla noille noilta noin noina noissa noista noita nuo nyt näiden näihin näiksi näille näillä näiltä näinä näissä näistä näitä nämä ole olemme olen olet olette oli olimme olin olisi olisimme olisin olisit olisitte olisivat olit olitte olivat olla olleet ollut on ovat poikki se sekä sen siihen siinä siitä siksi sille sillä siltä sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä sitä tai tallä te teidän teidät teihin teille teillä teiltä teissä teistä teitä tuo tuohon tuoksi tuolla tuolle tuolta tuon tuona tuossa tuosta tuotä tähän täksi tälle tältä tämä tämän tänä tässä tästä tätä vaan vai vaikka yli",
  sv: "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över",
};
const GLOSSARY = "advice:neuvonta advisory:neuvonta agreement:sopimus ash:tuhka assessment:arviointi battery:akku bioeconomy:biotalous biogas:biokaasu brewery:panimo building:rakennus buildings:rakennus byproduct:sivutuote,sivuvirta carbon:hiili,hiilijalanjälki circular:kiertotalous city:kaupunki cloth:tekstiili clothes:vaate,tekstiili cluster:klusteri collaboration:yhteistyö commitment:sitoumus companies:yritys company:yritys component:rakennusosa,osa components:rakennusosa,osa compost:komposti computer:tietokone concrete:betoni construction:rakentaminen,rakennus consulting:neuvonta,konsultointi contract:sopimus cooperation:yhteistyö course:koulutus cycle:elinkaari,kierto data:data,tieto demolish:purku,purkaa demolition:purku,purkaminen device:laite devices:laite digital:digitaalinen earth:maa,maamassa ecosystem:ekosysteemi education:koulutus electronics:elektroniikka emission:päästö emissions:päästö energy:energia event:tapahtuma events:tapahtuma excavated:kaivumaa,kaivu excavation:kaivu,kaivumaa expert:asiantuntija,osaaja experts:asiantuntija,osaaja fashion:muoti,tekstiili financing:rahoitus food:ruoka,elintarvike footprint:hiilijalanjälki,jalanjälki funding:rahoitus furniture:kaluste,huonekalu glass:lasi grain:mäski,vilja grant:avustus,rahoitus grants:avustus,rahoitus impact:vaikuttavuus,vaikutus indicator:mittari indicators:mittari industry:teollisuus innovation:innovaatio investment:investointi laptop:kannettava,tietokone laptops:kannettava,tietokone leftover:ylijäämä,hävikki life:elinkaari lifecycle:elinkaari logistics:logistiikka,kuljetus maintenance:huolto mapping:kartoitus market:markkina marketplace:markkinapaikka,tori material:materiaali materials:materiaali measure:mittari metal:metalli metrics:mittari municipal:kunta municipalities:kunta municipality:kunta network:verkosto nutrient:ravinne nutrients:ravinne packaging:pakkaus partner:kumppani partners:kumppani parts:osa,rakennusosa phone:puhelin phones:puhelin pilot:pilotti,kokeilu plastic:muovi plastics:muovi platform:alusta premises:tila procurement:hankinta product:tuote products:tuote project:hanke projects:hanke recycle:kierrätys,kierrättää recycled:kierrätys,kierrätetty recycling:kierrätys rental:vuokraus repair:korjaus research:tutkimus reuse:uudelleenkäyttö reused:uudelleenkäyttö reusing:uudelleenkäyttö sharing:jakaminen sidestream:sivuvirta sidestreams:sivuvirta sludge:liete soil:maa,maamassa,maamassat space:tila spaces:tila steel:teräs stream:sivuvirta,virta streams:sivuvirta,virta surplus:ylijäämä,ylijäämämaa survey:kartoitus sustainability:kestävyys sustainable:kestävä test:kokeilu,testaus testbed:kokeiluympäristö textile:tekstiili textiles:tekstiili theater:teatteri theatre:teatteri timber:puu training:koulutus,valmennus transport:kuljetus university:yliopisto,korkeakoulu waste:jäte water:vesi wood:puu workshop:verstas,työpaja";
// END GENERATED

const FOLD = new Map(FOLD_PAIRS.split(" ").map((p) => {
  const c = String.fromCodePoint(p.codePointAt(0));
  return [c, p.slice(c.length)];
}));
const STOP = Object.fromEntries(Object.entries(STOP_WORDS).map(([l, w]) => [l, new Set(w.split(" "))]));

/** fold removes diacritics from a lower-case word (ä→a, ö→o, å→a, …). */
export function fold(s) {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const c of s) {
    const r = FOLD.get(c);
    if (r !== undefined) out += r;
    else if (!MARK_RE.test(c)) out += c;
  }
  return out;
}

const AZ_RE = /^[a-z]+$/;
const MIN_STEM = 3;
const isVowel = (c) => "aeiouy".includes(c);
const stripVowels = (w) => {
  while (w.length > MIN_STEM && isVowel(w[w.length - 1])) w = w.slice(0, -1);
  return w;
};
const FI_ENDINGS = ["siin", "tten", "nsa", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "den", "ten", "hin", "ta", "n", "t"];
const FI_TAILS = [["ks", "s"], ["nn", "nt"], ["mm", "mp"], ["ng", "nk"], ["kk", "k"], ["pp", "p"], ["tt", "t"],
  ["ud", "u"], ["yd", "y"], ["ut", "u"], ["yt", "y"]];
const SV_ENDINGS = ["heterna", "hetens", "arnas", "ernas", "ornas", "heten", "heter", "arna", "erna", "orna", "ande", "ende",
  "aren", "ens", "ets", "het", "are", "ast", "ar", "er", "or", "en", "et", "na", "es", "a", "e", "s"];

function stemFi(w) {
  if (w.length <= MIN_STEM) return w;
  if (w.endsWith("nen") && w.length >= 6) {
    w = w.slice(0, -3) + "s";
  } else {
    for (const e of FI_ENDINGS) {
      if (w.endsWith(e) && w.length - e.length >= MIN_STEM) {
        if (e === "ta" && !isVowel(w[w.length - 3])) continue;
        w = w.slice(0, w.length - e.length);
        break;
      }
    }
  }
  w = stripVowels(w);
  if (w.length > MIN_STEM && w.endsWith("j")) w = stripVowels(w.slice(0, -1));
  for (const [from, to] of FI_TAILS) {
    if (w.endsWith(from) && w.length - from.length + to.length >= MIN_STEM) {
      w = stripVowels(w.slice(0, w.length - from.length) + to);
      break;
    }
  }
  if (w.length > MIN_STEM && w.endsWith("s")) w = stripVowels(w.slice(0, -1));
  return w;
}

// gradation gives the strong-grade keys a weak-grade Finnish stem may
// come from: kadun → kad → kat (katu), luvan → luv → lup (lupa), tiedon →
// tied → tiet (tieto), ruoan → ruo → ruok (ruoka). The index files weak-
// grade words under these keys too when the site has them (Go: gradation),
// so "tieto" finds "tiedon" as "tiedon" finds "tieto".
export function gradation(k) {
  const out = [];
  const last = k[k.length - 1];
  if (k.length >= 3 && last === "d") out.push(k.slice(0, -1) + "t");
  if (k.length >= 3 && last === "v") out.push(k.slice(0, -1) + "p");
  if (k.length <= 4 && isVowel(last)) out.push(k + "k");
  return out;
}

function undouble(w) {
  const n = w.length;
  return n >= 4 && w[n - 1] === w[n - 2] && "bdfgmnprt".includes(w[n - 1]) ? w.slice(0, -1) : w;
}

function stemEn(w) {
  if (w.length <= MIN_STEM) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith("e") && w.length >= 5) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length >= 4) w = w.slice(0, -1) + "i";
  return w;
}

function stemSv(w) {
  for (const e of SV_ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, w.length - e.length);
  return w;
}

function stemWord(lang, w) {
  return lang === "fi" ? stemFi(w) : lang === "en" ? stemEn(w) : lang === "sv" ? stemSv(w) : w;
}

/** stem is the light stemmer of the index (Go: stem) on a folded word. */
export function stem(lang, w) {
  const i = Math.max(w.lastIndexOf("-"), w.lastIndexOf("."), w.lastIndexOf("'"));
  if (i >= 0) {
    const last = w.slice(i + 1);
    return AZ_RE.test(last) ? w.slice(0, i + 1) + stemWord(lang, last) : w;
  }
  return AZ_RE.test(w) ? stemWord(lang, w) : w;
}

// MAX_WORD: a word is analysed as its first 64 code points (Go:
// MaxWordRunes), so word-level work such as compound splitting stays bounded.
const MAX_WORD = 64;
function cutWord(s) {
  if (s.length <= MAX_WORD) return s;
  let n = 0, end = 0;
  for (const c of s) {
    if (n++ === MAX_WORD) break;
    end += c.length;
  }
  return s.slice(0, end);
}

function possessive(s) {
  return /['’＇][sS]$/.test(s) ? s.slice(0, -2) : s;
}

// words splits text into lower-case, non-stop words: [{surface, folded}].
function words(lang, text) {
  const stop = STOP[lang];
  const out = [];
  for (const m of String(text).matchAll(TOKEN_RE)) {
    let s = cutWord(m[0]);
    if (lang === "en") s = possessive(s);
    s = s.toLowerCase();
    if (stop && stop.has(s)) continue;
    out.push({ surface: s, folded: fold(s) });
  }
  return out;
}

/** analyze returns the index keys of text in lang, as Go's Analyze does. */
export function analyze(lang, text) {
  return words(lang, text).map((w) => stem(lang, w.folded));
}

// ---- index decoding ----

const B64 = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => { B64[c.charCodeAt(0)] = i; });

function vlq(s, f) {
  let v = 0, shift = 0;
  for (let i = 0; i < s.length; i++) {
    const d = B64[s.charCodeAt(i)];
    v += (d & 31) * 2 ** shift;
    if (d & 32) shift += 5;
    else { f(v); v = 0; shift = 0; }
  }
}

function decodeSet(s, n) {
  const ids = [];
  if (s[0] === "b") {
    for (let i = 1; i < s.length; i++) {
      const d = B64[s.charCodeAt(i)];
      for (let b = 0; b < 6; b++) if (d & (1 << b)) ids.push((i - 1) * 6 + b);
    }
  } else {
    let pos = 0, gap = true;
    vlq(s.slice(1), (v) => {
      if (gap) pos += v;
      else { for (let j = 0; j <= v; j++) ids.push(pos + j); pos += v + 1; }
      gap = !gap;
    });
  }
  return Int32Array.from(ids.filter((id) => id < n));
}

const K1 = 2.0;

// topK returns the k best items of list in order, by a binary heap.
function topK(list, k, before) {
  const heap = []; // the worst of the best k at heap[0]
  const worse = (a, b) => before(b, a);
  const up = (i) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const x of list) {
    if (heap.length < k) { heap.push(x); up(heap.length - 1); }
    else if (k > 0 && before(x, heap[0])) { heap[0] = x; down(0); }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}

const PREFIX_CAP = 32; // completions of a word being typed, at most
const MAX_TERMS = 32; // query words, at most
const MATCH_WORDS = 64; // distinct words of a need that count (Go: match.maxWords)
const MATCH_TERMS = 32; // terms of a need kept, the most telling first (Go: match.maxTerms)
const MATCH_MIN_REL = 0.1; // a fit below this share of the best is left out (Go: match.minRel)
const LETTER_RE = /\p{L}/u;
// glossaryKeys maps the key of an English word to the keys of its Finnish
// words (Go: searchindex.glossaryKeys), built on first use.
let glossaryMap = null;
function glossaryKeys() {
  if (glossaryMap) return glossaryMap;
  glossaryMap = new Map();
  for (const entry of GLOSSARY.split(" ")) {
    const [en, fis] = entry.split(":");
    const k = stem("en", fold(en));
    const list = glossaryMap.get(k) || [];
    for (const fi of fis.split(",")) {
      const fk = stem("fi", fold(fi));
      if (!list.includes(fk)) list.push(fk);
    }
    glossaryMap.set(k, list.sort());
  }
  return glossaryMap;
}
const shorter = (a, b) => [...a].length < [...b].length || ([...a].length === [...b].length && a < b);

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

/**
 * createSearch loads the entry file and returns a searcher. load(path)
 * gives the bytes or text of a file relative to the search folder.
 */
export async function createSearch({ load = defaultLoad } = {}) {
  const cache = new Map();
  const json = (path) => {
    let p = cache.get(path);
    if (!p) {
      p = Promise.resolve(load(path)).then((d) => JSON.parse(toText(d)));
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
  // postings file n), then optionally "|" and alias keys.
  const shards = new Map();
  const shard = (i) => {
    let p = shards.get(i);
    if (!p) {
      p = json(`${entry.shards}${i}.json`).then((s) => ({ keys: s.k, entries: s.p }));
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
  // entryOf finds key's entry in its shard, or undefined.
  const entryOf = async (key) => {
    const sh = await shard(shardIndex(key));
    const j = lowerBound(sh.keys, key);
    return sh.keys[j] === key ? sh.entries[j] : undefined;
  };

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
      const extra = lang !== "fi" && langs.includes("fi") ? (glossaryKeys().get(stem("en", w.folded)) || []) : [];
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
          if (!want.has(k)) comp.push({ key: k, entry: sh.entries[j], w: 0.6 + 0.4 * f.length / k.length });
        }
      }
      // the most frequent completions: long (or "@") entries first
      const size = (e) => (e[0] === "@" ? Infinity : e.length);
      comp.sort((a, b) => size(b.entry) - size(a.entry) || (a.key < b.key ? -1 : 1));
      for (const c of comp.slice(0, PREFIX_CAP)) add(c.key, c.entry, c.w, true);
    }
    return [...found.values()];
  }

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

  async function fragments(ids, lang) {
    const files = [...new Set(ids.map((id) => Math.floor(id / entry.fragSize)))];
    const loaded = new Map(await Promise.all(files.map(async (f) => [f, await json(`${entry.frags}${f}.json`)])));
    const li = Math.max(0, langs.indexOf(lang));
    return ids.map((id) => {
      const rec = loaded.get(Math.floor(id / entry.fragSize)).d[id % entry.fragSize];
      const slots = rec.slice(1);
      const bi = slots.findIndex((s) => s);
      const si = slots[li] ? li : slots[0] ? 0 : bi;
      const base = slots[bi], s = slots[si];
      return { slug: rec[0], lang: langs[si], title: s[0] === 0 ? base[0] : s[0], summary: s[1] === 0 ? base[1] : s[1], url: s[2] };
    });
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

  // ---- match: a need in a visitor's own words (Go: generator/match) ----

  let matchData = null;
  const matchLoaded = () => matchData || (matchData = (entry.match ? json(entry.match) : Promise.resolve({ open: "" })).then((m) => {
    const open = new Uint8Array(N);
    for (const d of decodeSet(m.open || "", N)) open[d] = 1;
    const along = new Map(Object.entries(m.along || {}).map(([k, v]) => [Number(k), v]));
    const contact = new Map(Object.entries(m.contact || {}).map(([k, v]) => [Number(k), v]));
    return { open, along, contact };
  }));

  // needTerms reads a need as Go's match.terms does: its distinct words
  // (the first MATCH_WORDS), each with the keys search looks up, or the
  // keys of its compound parts when no key finds the word whole; forms of
  // one word are one term; a word without a letter tells nothing.
  async function needTerms(text, lang) {
    const byFolded = new Map();
    const byKey = new Map();
    const terms = [];
    const has = async (k) => (await entryOf(k)) !== undefined;
    for (const w of words(lang, text)) {
      const f = w.folded;
      if (byFolded.has(f)) {
        const i = byFolded.get(f);
        if (i >= 0) terms[i].count += 1;
        continue;
      }
      if (byFolded.size >= MATCH_WORDS) continue;
      if (!LETTER_RE.test(f)) { byFolded.set(f, -1); continue; }
      let keys = queryKeys(lang, f);
      let found = false;
      for (const k of keys) if (await has(k.key)) { found = true; break; }
      if (!found) keys = await partKeys(lang, f, has);
      // an English word finds the Finnish words of the same thing (Go: TranslatedKeys)
      if (lang !== "fi" && langs.includes("fi")) {
        for (const k of glossaryKeys().get(stem("en", f)) || []) {
          if (!keys.some((x) => x.key === k)) keys.push({ key: k, w: 0.8, form: false });
        }
      }
      if (keys.length === 0) { byFolded.set(f, -1); continue; }
      if (byKey.has(keys[0].key)) {
        const i = byKey.get(keys[0].key);
        byFolded.set(f, i);
        terms[i].count += 1;
        if (shorter(w.surface, terms[i].surface)) terms[i].surface = w.surface;
        continue;
      }
      byFolded.set(f, terms.length);
      byKey.set(keys[0].key, terms.length);
      terms.push({ surface: w.surface, keys, count: 1, first: byFolded.size });
    }
    return terms;
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

  // partKeys splits a compound no key finds whole (Go: PartKeys).
  async function partKeys(lang, f, has) {
    if (f.length < 8 || !AZ_RE.test(f)) return [];
    for (let i = 4; i <= f.length - 3; i++) {
      const head = stem(lang, f.slice(i));
      if (!(await has(head))) continue;
      const out = [{ key: head, w: 0.7, form: false }];
      const mod = stem(lang, f.slice(0, i));
      if (mod !== head && (await has(mod))) out.push({ key: mod, w: 0.5, form: false });
      return out;
    }
    return [];
  }

  // findTerm: every doc any of a term's keys (or their aliases) finds,
  // with the best weight, and whether a form of the word itself found it.
  async function findTerm(t) {
    const best = new Map(), own = new Map();
    const add = (p, w, form) => {
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i], v = w * (p.levels[i] + 1);
        if (v > (best.get(d) || 0)) best.set(d, v);
        own.set(d, own.get(d) || form);
      }
    };
    for (const kw of t.keys) {
      const e = await entryOf(kw.key);
      if (e === undefined) continue;
      add(await postings(kw.key, e), kw.w, kw.form);
      for (const a of aliases(e)) {
        const ae = await entryOf(a);
        if (ae !== undefined) add(await postings(a, ae), kw.w * 0.8, kw.form);
      }
    }
    const docs = [...best.keys()].sort((a, b) => a - b);
    const hit = docs.length;
    const idf = Math.log(1 + (N - hit + 0.5) / (hit + 0.5)) * (K1 + 1) / 16;
    return { docs, best: docs.map((d) => best.get(d)), own: docs.map((d) => own.get(d)), idf };
  }

  const qw = (t) => 1 + Math.log(Math.max(1, t.count));

  /**
   * match ranks what could meet a need written in a visitor's own words:
   * every word counts, rare ones more; themes picked in filters raise what
   * shares them; kinds picked are sought (a service through its
   * providers, which come with it). filters.type defaults to actors and
   * services. Scores and reasons are those of data/matches.json's solvers.
   */
  async function match(text = "", opts = {}) {
    const lang = opts.lang && langs.includes(opts.lang) ? opts.lang : langs[0];
    const limit = opts.limit ?? 10;
    const filters = opts.filters || {};
    const types = filters.type && filters.type.length ? filters.type : ["actors", "services"];
    const kinds = filters.kind || [];
    const themes = Object.entries(filters).filter(([k, v]) => k !== "type" && k !== "kind" && v && v.length);
    const [ft, md] = await Promise.all([facetsLoaded(), matchLoaded()]);
    const typeOf = (d) => ft.typeNames[ft.docType[d]];
    const kindFacet = ft.facets.find((f) => f.name === "kind");
    const kindOf = new Map();
    if (kindFacet) for (const t of kindFacet.terms) for (const d of t.ids) kindOf.set(d, t.key);
    const termSets = new Map(ft.facets.map((f) => [f.name, new Map(f.terms.map((t) => [t.key, new Set(t.ids)]))]));

    // score every doc the need's words find, the MATCH_TERMS most telling
    const ts = await needTerms(text, lang);
    const kept = [];
    for (const t of ts) {
      const h = await findTerm(t);
      if (h.docs.length === 0 || (N >= 40 && h.docs.length > N / 2)) continue;
      kept.push({ t, h });
    }
    kept.sort((a, b) => (b.h.idf * qw(b.t)) - (a.h.idf * qw(a.t)) || a.t.first - b.t.first);
    kept.length = Math.min(kept.length, MATCH_TERMS);
    const textScore = new Map(), found = new Map();
    kept.forEach(({ t, h }, i) => {
      const q = qw(t);
      h.docs.forEach((d, j) => {
        const v = h.idf * q * h.best[j];
        textScore.set(d, (textScore.get(d) || 0) + v);
        if (h.own[j]) { if (!found.has(d)) found.set(d, []); found.get(d).push([i, v]); }
      });
    });
    const wordsOf = (d) => (found.get(d) || []).slice().sort((a, b) => b[1] - a[1]).slice(0, 5).map(([i]) => kept[i].t.surface);

    // what may be suggested
    const sought = (d) => kinds.length === 0 || kinds.includes(kindOf.get(d));
    const eligible = (d) => {
      const type = typeOf(d);
      if (!types.includes(type)) return false;
      switch (type) {
        case "actors": return sought(d);
        case "services": return (md.along.get(d) || []).some(sought);
        case "challenges": case "funding": return md.open[d] === 1;
      }
      return false;
    };
    const nWant = themes.reduce((n, [, v]) => n + v.length, 0);
    const shared = (d) => {
      const out = {};
      let n = 0;
      for (const [name, want] of themes) {
        const sets = termSets.get(name);
        if (!sets) continue;
        const got = want.filter((t) => sets.get(t) && sets.get(t).has(d)).sort();
        if (got.length) { out[name] = got; n += got.length; }
      }
      return [n ? out : undefined, n];
    };
    const cands = [...textScore.keys()].filter(eligible).sort((a, b) => a - b);
    let maxText = 0;
    for (const d of cands) maxText = Math.max(maxText, textScore.get(d));
    const combine = (t, n) => {
      const rel = maxText > 0 ? t / maxText : 0;
      return 0.75 * rel + (nWant > 0 ? 0.2 * n / nWant : 0.2 * rel) + (kinds.length ? 0.05 : 0);
    };
    const best = new Map();
    const offer = (s) => { const o = best.get(s.d); if (!o || s.score > o.score) best.set(s.d, s); };
    for (const d of cands) {
      if (textScore.get(d) < MATCH_MIN_REL * maxText) continue; // a word or two in common, among many
      const [terms, n] = shared(d);
      const s = { d, score: combine(textScore.get(d), n), because: { terms, words: wordsOf(d) } };
      if (typeOf(d) === "actors" && kinds.length) s.because.kind = kindOf.get(d);
      offer(s);
      if (typeOf(d) !== "services" || !types.includes("actors")) continue;
      for (const p of md.along.get(d) || []) {
        if (!sought(p)) continue;
        const via = { d: p, score: s.score * 0.98, because: { ...s.because, kind: kinds.length ? kindOf.get(p) : undefined }, via: d };
        offer(via);
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.d - b.d).slice(0, limit);
    const viaDocs = ranked.filter((s) => s.via !== undefined).map((s) => s.via);
    const frags = await fragments([...ranked.map((s) => s.d), ...viaDocs], lang);
    const slugOf = new Map([...ranked.map((s) => s.d), ...viaDocs].map((d, i) => [d, frags[i]]));
    const results = ranked.map((s) => {
      const fr = slugOf.get(s.d);
      const type = typeOf(s.d);
      const url = fr.url === 0 ? entry.urls[type][fr.lang] + fr.slug + "/" : fr.url;
      const because = {};
      if (s.because.terms) because.terms = s.because.terms;
      if (s.because.words && s.because.words.length) because.words = s.because.words;
      if (s.because.kind) because.kind = s.because.kind;
      if (s.via !== undefined) because.via = `${typeOf(s.via)}/${slugOf.get(s.via).slug}`;
      const r = { type, slug: fr.slug, url, title: fr.title, summary: fr.summary, score: Math.round(s.score * 1000) / 1000, because };
      if (s.via !== undefined) {
        const vf = slugOf.get(s.via), vt = typeOf(s.via);
        r.via = { title: vf.title, url: vf.url === 0 ? entry.urls[vt][vf.lang] + vf.slug + "/" : vf.url };
      }
      const mail = md.contact.get(s.d);
      if (mail) r.contact = mail;
      return r;
    });
    return { results };
  }

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

  return { search, match, facetInfo, langs: [...langs], docs: N, format: entry.format };
}
