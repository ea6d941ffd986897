// kimppa theme script: small enhancements on top of pages that work
// without it. The menu toggle, the list pages' filters and sorting, and
// the open/closed state of funding calls and the days left to apply
// (computed here, from the visitor's date, so that a page built days ago
// still tells the truth; the page's own text is the build day's).
(function () {
  "use strict";
  var doc = document.documentElement;
  doc.classList.add("js");

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (el) {
      el.hidden = false;
    });
    menu();
    filters();
    calls();
    daysLeft();
  });

  // The menu link opens the navigation by its #target without script;
  // with script it is a button that toggles aria-expanded.
  function menu() {
    var toggle = document.querySelector(".nav-toggle");
    var nav = document.getElementById("site-nav");
    if (!toggle || !nav) return;
    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-expanded", "false");
    function set(open) {
      nav.classList.toggle("is-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
    toggle.addEventListener("click", function (ev) {
      ev.preventDefault();
      set(toggle.getAttribute("aria-expanded") !== "true");
    });
    toggle.addEventListener("keydown", function (ev) {
      if (ev.key === " ") {
        ev.preventDefault();
        toggle.click();
      }
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        set(false);
        toggle.focus();
      }
    });
  }

  // List pages: filter cards by facet buttons (any value within a group,
  // every group) and sort them by name or date. The state is kept in the
  // address, so a filtered list can be linked to. The calls page has
  // several lists in sections (open, undated, past) and no sort: its
  // order is the build's, and a section left empty by the filters hides.
  function filters() {
    var form = document.getElementById("list-filters");
    var lists = Array.prototype.slice.call(document.querySelectorAll(".list-main .cards"));
    if (!form || !lists.length) return;
    var list = lists[0];
    var cards = [];
    lists.forEach(function (l) { cards = cards.concat(Array.prototype.slice.call(l.children)); });
    var sections = Array.prototype.slice.call(document.querySelectorAll("[data-filter-section]"));
    var status = document.getElementById("list-status");
    var empty = document.getElementById("list-empty");
    var sort = document.getElementById("list-sort");
    var groups = Array.prototype.slice.call(form.querySelectorAll("[data-facet]"));
    var template = form.getAttribute("data-showing") || "{n} / {total}";
    var collator = new Intl.Collator(doc.lang || "fi");
    var toggle = form.querySelector(".filters-toggle");
    var active = form.querySelector(".filters-active");
    if (toggle) {
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        form.classList.toggle("is-open", open);
      });
    }

    function selected() {
      var out = {};
      groups.forEach(function (g) {
        var on = [];
        g.querySelectorAll("button[aria-pressed='true']").forEach(function (b) {
          on.push(g.getAttribute("data-facet") + "=" + b.getAttribute("data-value"));
        });
        if (on.length) out[g.getAttribute("data-facet")] = on;
      });
      return out;
    }

    function apply() {
      var want = selected();
      var shown = 0;
      cards.forEach(function (card) {
        var facets = (card.getAttribute("data-facets") || "").split(" ");
        var ok = Object.keys(want).every(function (k) {
          return want[k].some(function (tok) { return facets.indexOf(tok) >= 0; });
        });
        card.hidden = !ok;
        if (ok) shown++;
      });
      var byDate = sort && sort.value === "date";
      if (sort) {
        var ordered = cards.slice().sort(function (a, b) {
          if (byDate) {
            var da = a.getAttribute("data-date") || "", db = b.getAttribute("data-date") || "";
            if (da !== db) return da < db ? 1 : -1;
          }
          return collator.compare(a.getAttribute("data-sort") || "", b.getAttribute("data-sort") || "");
        });
        ordered.forEach(function (c) { list.appendChild(c); });
      }
      sections.forEach(function (sec) {
        var n = sec.querySelectorAll(".cards > :not([hidden])").length;
        sec.hidden = n === 0;
        var count = sec.querySelector("h2 .count");
        if (count) count.textContent = n;
      });
      var n = Object.keys(want).reduce(function (sum, k) { return sum + want[k].length; }, 0);
      if (active) {
        active.textContent = n;
        active.hidden = n === 0;
      }
      if (status) status.textContent = template.replace("{n}", shown).replace("{total}", cards.length);
      if (empty) empty.hidden = shown > 0;
      var params = new URLSearchParams();
      Object.keys(want).forEach(function (k) {
        want[k].forEach(function (tok) { params.append(k, tok.slice(k.length + 1)); });
      });
      if (byDate) params.set("sort", "date");
      var q = params.toString();
      history.replaceState(null, "", location.pathname + (q ? "?" + q : "") + location.hash);
    }

    // Start from the address: ?status=ongoing&focus_areas=plastics&sort=date
    var params = new URLSearchParams(location.search);
    groups.forEach(function (g) {
      var vals = params.getAll(g.getAttribute("data-facet"));
      g.querySelectorAll("button[data-value]").forEach(function (b) {
        b.setAttribute("aria-pressed", vals.indexOf(b.getAttribute("data-value")) >= 0 ? "true" : "false");
      });
    });
    if (sort && params.get("sort") === "date") sort.value = "date";

    form.addEventListener("click", function (ev) {
      var b = ev.target.closest && ev.target.closest("button[data-value]");
      if (!b) return;
      b.setAttribute("aria-pressed", b.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply();
    });
    if (sort) sort.addEventListener("change", apply);
    form.addEventListener("reset", function (ev) {
      ev.preventDefault();
      form.querySelectorAll("button[aria-pressed]").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      if (sort) sort.value = "name";
      apply();
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    form.hidden = false;
    apply();
  }

  // Funding calls: open, upcoming or closed on the visitor's date, by
  // the rule of model.CallStateOn (generator/model/facts.go): closed after
  // the closing day, upcoming before the opening day, else open; a call
  // without a closing date is continuous. Keep the two identical.
  function calls() {
    var cells = document.querySelectorAll("td.call-state");
    if (!cells.length) return;
    var now = new Date();
    var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    cells.forEach(function (td) {
      var table = td.closest("table");
      var head = table && table.querySelector("th[data-open]");
      if (!head) return;
      var opens = td.getAttribute("data-opens"), closes = td.getAttribute("data-closes");
      var state;
      if (closes && today > closes) state = "closed";
      else if (opens && today < opens) state = "upcoming";
      else if (opens || closes) state = "open";
      if (!state) return;
      var span = document.createElement("span");
      span.className = state;
      span.textContent = head.getAttribute("data-" + state);
      td.appendChild(span);
    });
  }

  // Calls: "12 päivää jäljellä" on the visitor's date. The labels are on
  // the list (data-left-*); each status has its call's dates. A call
  // without a closing date only says whether it has opened. The states
  // are model.CallStateOn's, as in calls() above.
  function daysLeft() {
    var now = new Date();
    var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    var iso = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    document.querySelectorAll(".call-status[data-opens]:not([data-closes])").forEach(function (el) {
      var labels = el.closest("[data-left-open]");
      var text = iso < el.getAttribute("data-opens") ? el.getAttribute("data-opens-text") : labels && labels.getAttribute("data-left-open");
      if (text && el.textContent !== text) el.textContent = text;
    });
    document.querySelectorAll(".call-status[data-closes]").forEach(function (el) {
      var labels = el.closest("[data-left-many]");
      var closes = el.getAttribute("data-closes"), opens = el.getAttribute("data-opens");
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(closes || "");
      if (!labels || !m) return;
      var item = el.closest(".call");
      var state, text;
      var days = Math.round((Date.UTC(+m[1], +m[2] - 1, +m[3]) - today) / 86400000);
      if (days < 0) {
        state = "past";
        text = labels.getAttribute("data-left-closed");
      } else if (opens && iso < opens) {
        state = "upcoming";
        text = el.getAttribute("data-opens-text");
      } else {
        state = "open";
        if (days === 0) text = labels.getAttribute("data-left-today");
        else if (days === 1) text = labels.getAttribute("data-left-one");
        else text = labels.getAttribute("data-left-many").replace("{n}", days);
      }
      if (text && el.textContent !== text) el.textContent = text;
      if (item) {
        item.classList.remove("call-open", "call-upcoming", "call-past");
        item.classList.add("call-" + state);
      }
    });
  }

  function pad(n) { return n < 10 ? "0" + n : "" + n; }
})();
