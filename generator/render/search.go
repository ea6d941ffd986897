// The search page (search/search-ui.js searches in the browser) and the
// 404 page, one part per language, each with a search box.

package render

import (
	"encoding/json"
	"strings"
)

// searchPage is the view of the search page; search/search-ui.js does
// the searching in the browser.
type searchPage struct {
	Base   string
	Labels string // JSON of the search UI's labels
	Script string
	Intro  string
	Lists  []link
}

func (r *Renderer) searchView(v *pageView) {
	lang := v.Lang
	labels, err := json.Marshal(r.searchLabels(lang))
	if err != nil {
		labels = []byte("{}")
	}
	sp := &searchPage{Base: r.urls.BasePath(), Labels: string(labels), Intro: r.label(lang, "search_intro"), Lists: v.Site.Lists}
	if r.hasAsset("js/search-ui.js") {
		sp.Script = r.asset("js/search-ui.js")
	}
	v.Template = "search.html"
	v.Title = Text{S: r.label(lang, "search")}
	v.Crumbs = r.crumbs(lang, v.Title, r.urls.Search(lang))
	v.Main = sp
}

// notFound is one language's part of the bilingual 404 page.
type notFound struct {
	Lang        string
	Title       string
	Text        string
	Home        string
	HomeLabel   string
	Search      string
	SearchLabel string
	Placeholder string
	Button      string
	InputID     string
	Lists       []link
}

func (r *Renderer) notFoundView(v *pageView) {
	var parts []notFound
	for _, lang := range r.cfg.Languages {
		var lists []link
		for _, typ := range listTypes {
			lists = append(lists, link{Text: r.label(lang, "type_"+typ), Href: r.urls.Href(r.urls.List(typ, lang))})
		}
		parts = append(parts, notFound{
			Lang: lang, Title: r.label(lang, "not_found"), Text: r.label(lang, "not_found_text"),
			Home: r.urls.Href(r.urls.Home(lang)), HomeLabel: r.label(lang, "to_home"),
			Search: r.urls.Href(r.urls.Search(lang)), SearchLabel: r.label(lang, "search_site"),
			Placeholder: r.label(lang, "search_placeholder"), Button: r.label(lang, "search_button"),
			InputID: "q-404-" + lang, Lists: lists,
		})
	}
	v.Template = "404.html"
	v.Title = Text{S: parts[0].Title}
	var titles []string
	for _, p := range parts {
		titles = append(titles, p.Title)
	}
	v.DocTitle = strings.Join(titles, " · ") + " – " + v.Site.Title
	v.Main = parts
}

// searchLabels are the search UI's words in lang (the catalogue's
// search_ui_ keys without the prefix), for the data-labels attribute
// that search-ui.js reads.
func (r *Renderer) searchLabels(lang string) map[string]string {
	out := map[string]string{}
	for k, v := range r.labels[lang] {
		if name, ok := strings.CutPrefix(k, "search_ui_"); ok {
			out[name] = v
		}
	}
	return out
}
