// kimppa search page: results while typing, facet filters with counts,
// keyboard navigation and the query in the URL. An ES module, no
// dependencies; it loads the search client from <base>search/search.js.
//
// The page (layouts, written by the site) provides:
//
//   <div id="search-app" data-lang="fi" data-base="/" data-labels='{…}'>
//     <form role="search" id="search-form" action="">
//       <label for="search-q">…</label><input type="search" id="search-q" name="q">
//     </form>
//     <div id="search-facets"></div>
//     <p id="search-status" role="status" aria-live="polite"></p>
//     <ol id="search-results"></ol>
//     <noscript>…</noscript>
//   </div>
//
// data-labels is a JSON object with these keys (Go: searchindex.UILabels
// gives the Finnish, English and Swedish texts); {n} is a number, {q} the
// query:
//   results      "{n} tulosta"            a result count (more than one)
//   results_one  "1 tulos"                exactly one result
//   no_results   "Ei tuloksia haulle {q}." nothing found
//   browse       "{n} kohdetta"           the count when the query is empty
//   loading      "Haetaan…"               while loading
//   error        "Haku ei nyt toimi…"     the index could not be loaded
//   filters      "Rajaa tuloksia"         heading of the facet filters
//   clear        "Poista rajaukset"       button that clears the filters
//   more         "Näytä lisää"            button that shows the next results
//   results_list "Hakutulokset"           accessible name of the result list
// Facet and type names come from the index (the site's taxonomy labels);
// labels "facet_<name>" and "type_<type>" are used only when it has none.
//
// URL: ?q=QUERY&type=projects&focus_areas=plastics (a parameter per facet,
// repeated for several terms). Typing replaces the history entry; submitting
// or changing a filter adds one, so the back button returns to it.

const PAGE = 10;
const DEBOUNCE_MS = 120;

const app = document.getElementById("search-app");
if (app) start(app);

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

// safeHref keeps site-relative and http(s) links; the index is built from
// content, so anything else is dropped.
function safeHref(url, base) {
  if (typeof url !== "string") return null;
  if (url.startsWith("/") && !url.startsWith("//")) return base.replace(/\/$/, "") + url;
  if (/^https?:\/\//i.test(url)) return url;
  return null;
}

async function start(app) {
  const lang = app.dataset.lang || document.documentElement.lang || "fi";
  const base = app.dataset.base || "/";
  let labels = {};
  try {
    labels = JSON.parse(app.dataset.labels || "{}");
  } catch {
    labels = {};
  }
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-q");
  const facetsBox = document.getElementById("search-facets");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  if (labels.results_list) list.setAttribute("aria-label", labels.results_list);

  // The filters live in a <details> box: folded on a phone ("Rajaa"),
  // open as a column beside the results on a wide screen. The CSS shows
  // the box, the column and room for the results from the start
  // (scripting: enabled), so that nothing shifts when they arrive.
  const filtersBox = facetsBox ? facetsBox.closest("details") : null;
  const wide = window.matchMedia("(min-width: 62rem)");
  function syncFilters() {
    if (filtersBox && wide.matches) filtersBox.open = true;
  }
  if (filtersBox) {
    wide.addEventListener("change", () => {
      filtersBox.open = wide.matches;
      syncFilters();
    });
    syncFilters();
  }

  let search;
  try {
    const mod = await import(new URL(`${base.replace(/\/?$/, "/")}search/search.js`, location.href).href);
    search = await mod.createSearch();
  } catch (err) {
    status.textContent = labels.error || "Search is not available.";
    console.error("kimppa search:", err);
    return;
  }
  const facetInfo = await search.facetInfo(lang);
  const typeLabel = new Map((facetInfo.find((f) => f.name === "type")?.terms || []).map((t) => [t.key, t.label]));

  // state: query, filters {facet: [terms]}, how many results are shown
  const state = { q: "", filters: {}, shown: PAGE };
  let seq = 0;
  let timer = 0;

  function readURL() {
    const p = new URLSearchParams(location.search);
    state.q = p.get("q") || "";
    state.filters = {};
    for (const f of facetInfo) {
      const terms = p.getAll(f.name).filter((t) => f.terms.some((x) => x.key === t));
      if (terms.length) state.filters[f.name] = terms;
    }
    state.shown = PAGE;
    input.value = state.q;
  }

  function writeURL(push) {
    const p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    for (const f of facetInfo) for (const t of state.filters[f.name] || []) p.append(f.name, t);
    const qs = p.toString();
    const url = location.pathname + (qs ? `?${qs}` : "") + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  async function run() {
    const my = ++seq;
    // say "searching" only when it takes a while (the first query loads the
    // index), so that a screen reader is not told it on every key
    const slow = setTimeout(() => { if (my === seq) status.textContent = labels.loading || "…"; }, 300);
    let res;
    try {
      res = await search.search(state.q, { lang, filters: state.filters, limit: state.shown });
    } catch (err) {
      clearTimeout(slow);
      if (my === seq) status.textContent = labels.error || "Search is not available.";
      console.error("kimppa search:", err);
      return;
    }
    clearTimeout(slow);
    if (my !== seq) return; // a newer search has started
    renderResults(res);
    renderFacets(res.facets);
    const empty = state.q.trim() === "";
    status.textContent = res.total === 0
      ? fmt(labels.no_results || "No results for {q}.", { q: `”${state.q}”` })
      : empty
        ? fmt(labels.browse || labels.results || "{n}", { n: res.total })
        : res.total === 1
          ? fmt(labels.results_one || labels.results || "{n}", { n: 1 })
          : fmt(labels.results || "{n}", { n: res.total });
  }

  function renderResults(res) {
    const items = res.results.map((r) => {
      const href = safeHref(r.url, base);
      const badge = el("span", { class: `search-badge search-badge-${r.type}` },
        typeLabel.get(r.type) || labels[`type_${r.type}`] || r.type);
      const link = el("a", { href: href || "#", class: "search-result-link" }, r.title);
      const head = el("p", { class: "search-result-title" }, badge, " ", link);
      const summary = r.summary ? el("p", { class: "search-result-summary" }, r.summary) : null;
      return el("li", { class: "search-result" }, head, summary);
    });
    list.replaceChildren(...items);
    const more = document.getElementById("search-more");
    if (more) more.remove();
    if (res.total > res.results.length) {
      const btn = el("button", { type: "button", id: "search-more", class: "search-more" }, labels.more || "More");
      btn.addEventListener("click", () => {
        state.shown += PAGE;
        run().then(() => {
          const links = list.querySelectorAll("a");
          const next = links[state.shown - PAGE];
          if (next) next.focus();
        });
      });
      list.after(btn);
    }
  }

  function renderFacets(counts) {
    if (!facetsBox) return;
    const groups = [];
    for (const f of facetInfo) {
      const selected = state.filters[f.name] || [];
      const terms = f.terms.filter((t) => (counts[f.name]?.[t.key] || 0) > 0 || selected.includes(t.key));
      if (terms.length === 0) continue;
      const legend = el("legend", {}, f.label !== f.name ? f.label : labels[`facet_${f.name}`] || f.name);
      const boxes = terms.map((t) => {
        const id = `facet-${f.name}-${t.key}`;
        const box = el("input", { type: "checkbox", id, name: f.name, value: t.key, checked: selected.includes(t.key) });
        box.addEventListener("change", () => {
          const cur = new Set(state.filters[f.name] || []);
          if (box.checked) cur.add(t.key);
          else cur.delete(t.key);
          if (cur.size) state.filters[f.name] = [...cur];
          else delete state.filters[f.name];
          state.shown = PAGE;
          writeURL(true);
          run();
        });
        const n = counts[f.name]?.[t.key] || 0;
        return el("div", { class: "search-facet-term" }, box, " ",
          el("label", { for: id }, t.label, " ", el("span", { class: "search-facet-count" }, `(${n})`)));
      });
      groups.push(el("fieldset", { class: "search-facet" }, legend, ...boxes));
    }
    const focused = document.activeElement && facetsBox.contains(document.activeElement) ? document.activeElement.id : null;
    const children = [];
    if (groups.length) children.push(el("h2", { class: "search-facets-title" }, labels.filters || ""));
    children.push(...groups);
    if (Object.keys(state.filters).length) {
      const clear = el("button", { type: "button", class: "search-clear" }, labels.clear || "Clear");
      clear.addEventListener("click", () => {
        state.filters = {};
        state.shown = PAGE;
        writeURL(true);
        run();
        input.focus();
      });
      children.push(clear);
    }
    facetsBox.replaceChildren(...children);
    syncFilters();
    if (focused) document.getElementById(focused)?.focus();
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.q = input.value;
      state.shown = PAGE;
      writeURL(false);
      run();
    }, DEBOUNCE_MS);
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    state.shown = PAGE;
    writeURL(true);
    run();
  });

  // Keyboard: ArrowDown from the box goes to the results, ArrowUp/ArrowDown
  // move between them, Escape goes back to the box; Enter follows the link.
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      const first = list.querySelector("a");
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener("keydown", (e) => {
    const links = [...list.querySelectorAll("a")];
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === "ArrowDown" && i + 1 < links.length) {
      e.preventDefault();
      links[i + 1].focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      (i > 0 ? links[i - 1] : input).focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      input.focus();
    }
  });

  window.addEventListener("popstate", () => {
    readURL();
    run();
  });

  readURL();
  run();
}
