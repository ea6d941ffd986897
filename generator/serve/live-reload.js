// kimppa serve's page script: reloads the page after each rebuild and
// shows content errors over it. Added to pages by `kimppa serve` only,
// never to a build.
(() => {
  "use strict";
  const me = document.currentScript;
  const served = me ? me.dataset.build || "" : "";
  const id = "kimppa-errors";
  // The overlay speaks the site's default language; the diagnostics
  // themselves are kimppa's, in English, as the command line prints them.
  const texts = {
    en: {
      title: (n) => `The content has ${n} error${n === 1 ? "" : "s"}: showing the last valid version`,
      hide: "Hide", error: "error", warning: "warning", hint: "hint",
    },
    fi: {
      title: (n) => `Sisällössä on ${n} ${n === 1 ? "virhe" : "virhettä"}: näytetään viimeisin virheetön versio`,
      hide: "Piilota", error: "virhe", warning: "varoitus", hint: "vihje",
    },
  };
  const lang = me && texts[me.dataset.lang] ? me.dataset.lang : "en";
  const t = texts[lang];

  function el(tag, style, text) {
    const e = document.createElement(tag);
    if (style) e.style.cssText = style;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function where(d) {
    let s = d.file || "";
    if (d.line) s += ":" + d.line;
    if (d.line && d.col) s += ":" + d.col;
    return s;
  }

  function show(diags) {
    hide();
    const errors = diags.filter((d) => d.severity === "error").length;
    const box = el("section",
      "position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;" +
      "background:#fff;color:#1a1a1a;border-bottom:4px solid #b00020;box-shadow:0 4px 24px rgba(0,0,0,.35);" +
      "font:15px/1.45 system-ui,sans-serif;padding:16px 20px;text-align:left");
    box.id = id;
    box.lang = lang;
    box.setAttribute("role", "alert");
    box.setAttribute("aria-labelledby", id + "-title");
    const head = el("div", "display:flex;gap:12px;align-items:baseline;justify-content:space-between");
    const title = el("h2", "margin:0 0 8px;font-size:18px;color:#b00020", t.title(errors));
    title.id = id + "-title";
    const close = el("button", "font:inherit;padding:2px 10px;cursor:pointer", t.hide);
    close.type = "button";
    close.addEventListener("click", hide);
    head.append(title, close);
    const list = el("ul", "margin:0;padding:0;list-style:none");
    for (const d of diags) {
      const item = el("li", "margin:8px 0;padding:8px 0 0;border-top:1px solid #ddd");
      const pos = el("code", "font:13px/1.4 ui-monospace,monospace;background:#f3f3f3;padding:1px 4px", where(d));
      const sev = el("strong", "margin:0 6px;color:" + (d.severity === "error" ? "#b00020" : "#8a5300"), (t[d.severity] || d.severity) + ":");
      const msg = el("span", "", d.message);
      msg.lang = "en";
      item.append(pos, sev, msg);
      if (d.hint) {
        const hint = el("div", "margin:2px 0 0 16px;color:#444", t.hint + ": ");
        const text = el("span", "", d.hint);
        text.lang = "en";
        hint.append(text);
        item.append(hint);
      }
      list.append(item);
    }
    box.append(head, list);
    document.body.prepend(box);
  }

  function hide() {
    const old = document.getElementById(id);
    if (old) old.remove();
  }

  function start() {
    const events = new EventSource("/_kimppa/events?page=" + encodeURIComponent(location.pathname));
    events.addEventListener("hello", (e) => {
      const build = JSON.parse(e.data).build;
      if (build !== served) location.reload();
    });
    events.addEventListener("reload", () => location.reload());
    events.addEventListener("errors", (e) => show(JSON.parse(e.data)));
    events.addEventListener("ok", hide);
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
