// kimppa partner search (/kimppahaku/): a visitor writes a need in their
// own words; search.js's match() ranks the actors, services, open
// challenges and open calls that could meet it, each with its reasons
// and a prefilled e-mail. An ES module, no dependencies. Without it the
// form is a plain search (the same field names as the search page).
//
// The page (layouts/kimppahaku.html) provides #kimppahaku-app with
// data-lang, data-base and data-labels (Go: render.kimppahakuLabels), the
// form #kimppahaku-form (textarea q; checkboxes type, kind and one group
// per taxonomy), #kimppahaku-status and #kimppahaku-results.
//
// URL: ?q=NEED&type=actors&kind=company&focus_areas=food, so that a need
// can be linked to; the page runs it on load.
//
// The page loads this module async in <head>, after the modulepreload of
// search/search.js and the preloads of the index files every need reads
// (the entry, the shard bundle, the result titles, the match data, the
// facets: named by the build, so they load with the page): it starts the
// search client and, for a need in the URL, the fetch of the need's index
// pieces at once, before the page is parsed, rendered or site.js run; the
// form is wired when the page is parsed.

const LIMIT = 20;

const early = typeof document === "undefined" ? null : startSearch();
if (early) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => ready(early), { once: true });
  else ready(early);
}

function ready(early) {
  const app = document.getElementById("kimppahaku-app");
  if (app) start(app, early);
}

// startSearch imports search.js (its URL from the modulepreload before
// this script) and creates the searcher; with a need in the URL it
// starts loading what the need needs: the index's entry and, where it
// has them, its shard bundle or key filter at once (where the page did
// not preload them), while the search modules still load, the rest when
// they have. Resolves to the searcher, or null where the page names no
// search.js.
function startSearch() {
  const link = document.querySelector('link[rel="modulepreload"][href$="search/search.js"]');
  if (!link) return Promise.resolve(null);
  const files = new Map();
  const load = (path) => {
    if (!files.has(path)) {
      const p = fetch(new URL(path, link.href)).then((r) => {
        if (!r.ok) throw new Error(`search: ${path}: HTTP ${r.status}`);
        return r.text();
      });
      p.catch(() => files.delete(path));
      files.set(path, p);
    }
    return files.get(path);
  };
  const q = new URLSearchParams(location.search).get("q");
  if (q && q.trim()) {
    load("index.json").then((t) => { const e = JSON.parse(t); for (const f of [e.shardBundle, e.keyFilter]) if (f) load(f); }).catch(() => {});
  }
  const searcher = import(link.href).then((mod) => mod.createSearch({ load }));
  if (q && q.trim()) searcher.then((s) => s.prepare(q.trim(), document.documentElement.lang)).catch(() => {});
  return searcher;
}

function fmt(s, vars) {
  return String(s ?? "").replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === "class") e.className = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

// safeHref keeps site-relative and http(s) links: the index is built from
// content.
function safeHref(url, base) {
  if (typeof url !== "string") return null;
  if (url.startsWith("/") && !url.startsWith("//")) return base.replace(/\/$/, "") + url;
  if (/^https?:\/\//i.test(url)) return url;
  return null;
}

// mailto writes to address with a subject and body, or null. The address
// comes from content, so it is checked again here with Go's rule
// (schema.ValidEmail: no ? & % , ; spaces or quotes), and every part is
// percent-encoded: nothing can add a Cc, another To or a body.
const EMAIL_ATOM = "[\\p{L}\\p{N}_'+=~!$*^-]+";
const EMAIL_LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
const EMAIL_RE = new RegExp(`^${EMAIL_ATOM}(?:\\.${EMAIL_ATOM})*@${EMAIL_LABEL}(?:\\.${EMAIL_LABEL})+$`, "u");
const utf8Length = (s) => new TextEncoder().encode(s).length;
export function mailto(address, subject, body) {
  if (typeof address !== "string" || utf8Length(address) > 254 || !EMAIL_RE.test(address)) return null;
  const at = address.indexOf("@");
  if (utf8Length(address.slice(0, at)) > 64) return null;
  const q = (s) => encodeURIComponent(s);
  return `mailto:${q(address.slice(0, at))}@${q(address.slice(at + 1))}?subject=${q(subject)}&body=${q(body)}`;
}

async function start(app, early) {
  const lang = app.dataset.lang || document.documentElement.lang || "fi";
  const base = app.dataset.base || "/";
  let L = {};
  try {
    L = JSON.parse(app.dataset.labels || "{}");
  } catch {
    L = {};
  }
  const form = document.getElementById("kimppahaku-form");
  const input = document.getElementById("kimppahaku-q");
  const status = document.getElementById("kimppahaku-status");
  const list = document.getElementById("kimppahaku-results");
  if (!form || !input || !status || !list) return;

  let search;
  try {
    search = await early.catch(() => null);
    if (!search) {
      const mod = await import(new URL(`${base.replace(/\/?$/, "/")}search/search.js`, location.href).href);
      search = await mod.createSearch();
    }
  } catch (err) {
    status.textContent = L.kimppahaku_error || "Partner search is not available.";
    console.error("kimppa kimppahaku:", err);
    return;
  }
  // the facets' labels are for the reasons: a need in the URL is matched
  // while they load, not after
  let termLabel = new Map(), facetLabel = new Map();
  const labelsLoaded = search.facetInfo(lang).then((facets) => {
    termLabel = new Map(facets.map((f) => [f.name, new Map(f.terms.map((t) => [t.key, t.label]))]));
    facetLabel = new Map(facets.map((f) => [f.name, f.label]));
  });
  const groups = [...new Set([...form.querySelectorAll("input[type=checkbox]")].map((c) => c.name))];

  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((c) => c.value);
  const filters = () => {
    const f = {};
    for (const g of groups) {
      const v = checked(g);
      if (v.length) f[g] = v;
    }
    return f;
  };

  function readURL() {
    const p = new URLSearchParams(location.search);
    if (!p.has("q")) return false;
    input.value = p.get("q");
    for (const g of groups) {
      if (!p.has(g)) continue;
      const want = p.getAll(g);
      for (const c of form.querySelectorAll(`input[name="${g}"]`)) c.checked = want.includes(c.value);
    }
    return true;
  }

  function writeURL() {
    const p = new URLSearchParams();
    p.set("q", input.value);
    for (const [g, v] of Object.entries(filters())) for (const t of v) p.append(g, t);
    history.replaceState(null, "", `${location.pathname}?${p}`);
  }

  function reasons(r) {
    const out = [];
    for (const [tax, terms] of Object.entries(r.because.terms || {})) {
      const names = terms.map((t) => termLabel.get(tax)?.get(t) || t);
      out.push(fmt(L.reason_terms, { taxonomy: facetLabel.get(tax) || tax, terms: names.join(", ") }));
    }
    if (r.because.words?.length) {
      out.push(fmt(L.reason_words, { words: r.because.words.map((w) => `${L.quote_open}${w}${L.quote_close}`).join(", ") }));
    }
    if (r.because.kind) out.push(fmt(L.reason_kind, { kind: L[`kind_${r.because.kind}`] || r.because.kind }));
    if (r.via) out.push(fmt(L.reason_via_service, { name: r.via.title }));
    return out;
  }

  function item(r, need) {
    const href = safeHref(r.url, base);
    const title = el("h3", { class: "match-title" }, href ? el("a", { href }, r.title) : r.title);
    const head = el("div", { class: "match-head" }, el("span", { class: "match-type" }, L[`one_${r.type}`] || r.type), title);
    const li = el("li", { class: "match" }, head);
    if (r.summary) li.append(el("p", { class: "match-summary" }, r.summary));
    if (r.strength) {
      li.classList.add(`match-${r.strength}`);
      head.insertBefore(el("span", { class: "match-strength" },
        `${L[`strength_${r.strength}`] || r.strength} · ${fmt(L.fit_share, { pct: Math.round(r.fit * 100) })}`), title);
    }
    const rs = reasons(r);
    if (rs.length) li.append(el("ul", { class: "match-reasons" }, ...rs.map((t) => el("li", {}, t))));
    const short = need.length > 60 ? `${need.slice(0, 57).trimEnd()}…` : need;
    // contact: the address, else the website, else the page's contacts
    const mail = r.contact && mailto(r.contact, fmt(L.kimppahaku_mail_subject, { need: short }), fmt(L.kimppahaku_mail_body, { need, site: L.site }));
    const web = !mail && r.contact && /^https?:\/\//i.test(r.contact) ? r.contact : null;
    if (mail || web) {
      li.append(el("a", { class: "button match-contact", href: mail || web, "aria-label": fmt(L.contact_to, { name: r.title }) }, L.contact));
    } else if (href) {
      li.append(el("a", { class: "button button-quiet match-contact", href: `${href}#contacts`, "aria-label": fmt(L.see_contacts_of, { name: r.title }) }, L.see_contacts));
    }
    return li;
  }

  // themes ticked filter: a result must share a ticked term of every
  // taxonomy ticked (match() only raises them); kinds and types already
  // filter in match()
  function themed(results, f) {
    const taxes = Object.keys(f).filter((g) => g !== "type" && g !== "kind");
    return results.filter((r) => taxes.every((t) => (r.because.terms?.[t] || []).some((x) => f[t].includes(x))));
  }

  // postChallenge links to the challenge issue form, filled in with the need.
  function postChallenge(need) {
    if (!L.challenge_form || !/^https:\/\//.test(L.challenge_form)) return null;
    const href = `${L.challenge_form}&body=${encodeURIComponent(need)}`;
    return el("li", { class: "match-post-challenge" }, el("a", { class: "button", href }, L.kimppahaku_post_challenge));
  }

  // matchOnce: match() of a need with the form's filters, the last one
  // kept, so that a need ranked while the visitor paused is not ranked
  // again on submit.
  let last = { key: "", result: null };
  function matchOnce(need) {
    const f = filters();
    // themes ticked filter what match() returns (themed), so it is asked
    // for more; else for what is shown, whose titles alone are loaded
    const themes = Object.keys(f).some((g) => g !== "type" && g !== "kind");
    const opts = { lang, filters: f, limit: themes ? 5 * LIMIT : LIMIT };
    const key = JSON.stringify([need, opts]);
    if (last.key !== key) {
      last = { key, result: search.match(need, opts) };
      last.result.catch(() => { if (last.key === key) last = { key: "", result: null }; });
    }
    return { f, result: last.result };
  }

  let seq = 0;
  async function run() {
    const need = input.value.trim();
    const my = ++seq;
    if (!need) {
      list.replaceChildren();
      status.textContent = L.kimppahaku_empty;
      return;
    }
    status.textContent = L.kimppahaku_loading;
    try {
      const { f, result } = matchOnce(need);
      const [all] = await Promise.all([result, labelsLoaded]);
      if (my !== seq) return;
      const results = themed(all.results, f).slice(0, LIMIT);
      const strong = results.some((r) => r.strength === "strong" || !r.strength);
      const items = results.map((r) => item(r, need));
      if (!strong) {
        // no strong match: say so, the possible ones below that line
        const post = postChallenge(need);
        if (post) items.push(post);
      }
      list.replaceChildren(...items);
      // the moment results are in the page, for bench/lighthouse/haku.mjs
      performance.mark("kimppahaku-results");
      status.textContent = results.length === 0 ? L.kimppahaku_none
        : `${strong ? "" : `${L.no_strong_match} `}${results.length === 1 ? L.kimppahaku_results_one : fmt(L.kimppahaku_results, { n: results.length })}`;
      status.classList.toggle("match-none-strong", results.length > 0 && !strong);
    } catch (err) {
      status.textContent = L.kimppahaku_error;
      console.error("kimppa kimppahaku:", err);
    }
  }

  // While the visitor writes, the index pieces the need's words lead to
  // are fetched (search.prepare), and when they are in and the need did
  // not change meanwhile, it is ranked (matchOnce), so that submitting
  // shows it at once: on a phone the pieces are most of the wait.
  // One preparation at a time, then again for what was written meanwhile.
  let preparing = null, prepared = null;
  const prepare = () => {
    if (preparing) return;
    if (input.value === prepared) {
      if (input.value.trim()) matchOnce(input.value.trim()).result.catch(() => {});
      return;
    }
    prepared = input.value;
    preparing = search.prepare(prepared.trim(), lang).catch(() => {}).then(() => {
      preparing = null;
      prepare();
    });
  };
  input.addEventListener("input", prepare);
  // before any need: the match data and the analysis tables, once the
  // page is idle; with a need in the URL, once its results are shown
  // (building every table while its shards arrive would delay them)
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 200));
  const warm = () => idle(() => search.prepare("", lang).catch(() => {}));

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    performance.mark("kimppahaku-submit");
    writeURL();
    run();
  });
  if (readURL()) run().finally(warm);
  else warm();
}
