package render_test

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator/render"
)

// pagedSite is a site where the term plastics has 150 actors and 90
// projects (three pages of 100), wood has exactly 100 actors (one page)
// and construction one project. Titles run backwards against slugs, so a
// page that kept slug order would show the wrong entities.
func pagedSite() fstest.MapFS {
	fsys := fstest.MapFS{"kimppa.yaml": {Data: []byte(`title: {fi: "Testilaakso", en: "Test Valley"}
base_url: https://example.org/kimppa/
languages: [fi, en]
taxonomies:
  focus_areas:
    label: {fi: Teema-alueet, en: Focus areas}
    path: {fi: teemat, en: themes}
    terms:
      construction: {fi: Rakentaminen, en: Construction}
      plastics: {fi: Muovit, en: Plastics}
      wood: {fi: Puu, en: Wood}
`)}}
	for i := range 150 {
		terms := "[plastics]"
		if i < 100 {
			terms = "[plastics, wood]"
		}
		fsys[fmt.Sprintf("content/actors/a%03d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\nname: Toimija %03d\nkind: company\nfocus_areas: %s\n---\n", 999-i, terms)}
	}
	for i := range 90 {
		terms := "[plastics]"
		if i == 0 {
			terms = "[plastics, construction]"
		}
		fsys[fmt.Sprintf("content/projects/p%03d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\ntitle: Hanke %03d\nstatus: ongoing\nfocus_areas: %s\n---\n", 999-i, terms)}
	}
	return fsys
}

var cardLink = regexp.MustCompile(`<h3 class="card-title"><a href="([^"]+)"`)

func TestLongTermPagesArePaginated(t *testing.T) {
	r := newRenderer(t, pagedSite())
	byPath := map[string]render.Page{}
	var termPages []string
	for _, p := range r.Pages() {
		byPath[p.Path] = p
		if p.Kind == render.KindTerm {
			termPages = append(termPages, p.Path)
		}
	}
	files := renderAll(t, r)

	// Page count: plastics has three pages per language, wood (exactly 100)
	// and construction one.
	wantPages := []string{
		"en/themes/construction/index.html",
		"en/themes/plastics/index.html", "en/themes/plastics/page/2/index.html", "en/themes/plastics/page/3/index.html",
		"en/themes/wood/index.html",
		"teemat/construction/index.html",
		"teemat/plastics/index.html", "teemat/plastics/sivu/2/index.html", "teemat/plastics/sivu/3/index.html",
		"teemat/wood/index.html",
	}
	if !slices.Equal(termPages, wantPages) {
		t.Errorf("term pages\n got %q\nwant %q", termPages, wantPages)
	}
	if p := byPath["teemat/plastics/sivu/2/index.html"]; p.Tax != "focus_areas" || p.Term != "plastics" || p.Num != 2 || p.Lang != "fi" {
		t.Errorf("page 2 = %+v", p)
	}
	if p := byPath["teemat/plastics/index.html"]; p.Num > 1 {
		t.Errorf("page 1 = %+v", p)
	}

	// Every entity of the term appears once across the pages, in type
	// order and then by title, 100 to a page.
	for _, lang := range []struct{ first, more, prefix string }{
		{"teemat/plastics/", "teemat/plastics/sivu/", "/kimppa/"},
		{"en/themes/plastics/", "en/themes/plastics/page/", "/kimppa/en/"},
	} {
		var got []string
		for n := 1; n <= 3; n++ {
			path := lang.first + "index.html"
			if n > 1 {
				path = fmt.Sprintf("%s%d/index.html", lang.more, n)
			}
			var links []string
			for _, m := range cardLink.FindAllStringSubmatch(string(files[path]), -1) {
				links = append(links, m[1])
			}
			if want := []int{100, 100, 40}[n-1]; len(links) != want {
				t.Errorf("%s: %d cards, want %d", path, len(links), want)
			}
			got = append(got, links...)
		}
		var want []string
		for i := 149; i >= 0; i-- {
			want = append(want, fmt.Sprintf("%s%s/a%03d/", lang.prefix, map[string]string{"/kimppa/": "toimijat", "/kimppa/en/": "actors"}[lang.prefix], i))
		}
		for i := 89; i >= 0; i-- {
			want = append(want, fmt.Sprintf("%s%s/p%03d/", lang.prefix, map[string]string{"/kimppa/": "hankkeet", "/kimppa/en/": "projects"}[lang.prefix], i))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: the cards across the pages are not every entity once in order:\n got %q\nwant %q", lang.first, got, want)
		}
	}

	for path, wants := range map[string][]string{
		"teemat/plastics/sivu/2/index.html": {
			`<link rel="canonical" href="https://example.org/kimppa/teemat/plastics/sivu/2/">`,
			`<link rel="alternate" hreflang="en" href="https://example.org/kimppa/en/themes/plastics/page/2/">`,
			`<link rel="prev" href="/kimppa/teemat/plastics/">`,
			`<link rel="next" href="/kimppa/teemat/plastics/sivu/3/">`,
			`<title>Muovit – Sivu 2 / 3 – Testilaakso</title>`,
			`<p class="lead">240 kohdetta</p>`,
			// The language switch goes to the same page number.
			`<a href="/kimppa/en/themes/plastics/page/2/" hreflang="en" lang="en">`,
			`<nav class="pager" aria-label="Sivutus">`,
			`<p class="pager-status">Sivu 2 / 3</p>`,
			`<a class="pager-link" href="/kimppa/teemat/plastics/" rel="prev"><span aria-hidden="true">←</span> Edellinen</a>`,
			`<a class="pager-link" href="/kimppa/teemat/plastics/sivu/3/" rel="next">Seuraava <span aria-hidden="true">→</span></a>`,
			`<a class="pager-link pager-num" href="/kimppa/teemat/plastics/"><span class="visually-hidden">Sivu </span>1</a>`,
			`<a class="pager-link pager-num" href="/kimppa/teemat/plastics/sivu/2/" aria-current="page"><span class="visually-hidden">Sivu </span>2</a>`,
			// Actors continue from page 1 under their title and full count.
			`<h2 id="actors-h">Toimijat <span class="count">150</span></h2>`,
			`<h2 id="projects-h">Hankkeet <span class="count">90</span></h2>`,
			// The current term's chip marks the term, not this page.
			`<a class="chip" href="/kimppa/teemat/plastics/" aria-current="true">Muovit</a>`,
			`<a itemprop="item" href="/kimppa/teemat/plastics/sivu/2/" aria-current="page"><span itemprop="name">Muovit</span></a>`,
		},
		"en/themes/plastics/page/2/index.html": {
			`<link rel="canonical" href="https://example.org/kimppa/en/themes/plastics/page/2/">`,
			`<link rel="prev" href="/kimppa/en/themes/plastics/">`,
			`<link rel="next" href="/kimppa/en/themes/plastics/page/3/">`,
			`<a href="/kimppa/teemat/plastics/sivu/2/" hreflang="fi" lang="fi">`,
			`<nav class="pager" aria-label="Pagination">`,
			`<p class="pager-status">Page 2 of 3</p>`,
			`rel="prev"><span aria-hidden="true">←</span> Previous</a>`,
			`rel="next">Next <span aria-hidden="true">→</span></a>`,
			`<a class="pager-link pager-num" href="/kimppa/en/themes/plastics/page/2/" aria-current="page"><span class="visually-hidden">Page </span>2</a>`,
		},
	} {
		page := string(files[path])
		for _, want := range wants {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s", path, want)
			}
		}
		if n := strings.Count(page, `aria-current="page"`); n != 2 {
			t.Errorf("%s has %d aria-current=page, want the pager's number and the crumb", path, n)
		}
	}

	first, last := "teemat/plastics/index.html", "teemat/plastics/sivu/3/index.html"
	for _, c := range []struct {
		page, what string
		want       bool
	}{
		{first, `<link rel="prev"`, false},
		{first, `rel="prev">`, false},
		{first, `<link rel="next" href="/kimppa/teemat/plastics/sivu/2/">`, true},
		{first, `<title>Muovit – Testilaakso</title>`, true},
		{first, `<a class="chip" href="/kimppa/teemat/plastics/" aria-current="page">Muovit</a>`, true},
		{first, `<h2 id="projects-h">`, false},
		{last, `<link rel="next"`, false},
		{last, `rel="next">`, false},
		{last, `<link rel="prev" href="/kimppa/teemat/plastics/sivu/2/">`, true},
		{last, `<h2 id="actors-h">`, false},
		{last, `<h2 id="projects-h">Hankkeet <span class="count">90</span></h2>`, true},
		{last, `href="/kimppa/teemat/plastics/sivu/3/" aria-current="page"><span class="visually-hidden">Sivu </span>3</a>`, true},
	} {
		if strings.Contains(string(files[c.page]), c.what) != c.want {
			t.Errorf("%s: contains %s = %v", c.page, c.what, !c.want)
		}
	}

	// A term that fits on one page has no pager at all.
	for _, p := range []string{"teemat/wood/index.html", "teemat/construction/index.html", "en/themes/wood/index.html"} {
		s := string(files[p])
		for _, bad := range []string{`class="pager`, `rel="prev"`, `rel="next"`, "/sivu/", "/page/"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s has %s", p, bad)
			}
		}
	}
	if n := len(cardLink.FindAllString(string(files["teemat/wood/index.html"]), -1)); n != 100 {
		t.Errorf("wood lists %d entities, want 100", n)
	}

	// Every link of every page resolves, the pager's included.
	exists := map[string]bool{}
	for p := range byPath {
		exists["/kimppa/"+strings.TrimSuffix(p, "index.html")] = true
	}
	for p, b := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, m := range linkAttr.FindAllStringSubmatch(string(b), -1) {
			u, _, _ := strings.Cut(m[1], "?")
			if !strings.HasPrefix(u, "/kimppa/assets/") && !exists[u] {
				t.Errorf("%s: broken link %s", p, m[1])
			}
		}
	}

	// The sitemap lists a term's first page only.
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(files["sitemap.xml"], &sm); err != nil {
		t.Fatal(err)
	}
	var locs []string
	for _, u := range sm.URLs {
		locs = append(locs, u.Loc)
	}
	if !slices.Contains(locs, "https://example.org/kimppa/teemat/plastics/") || !slices.Contains(locs, "https://example.org/kimppa/en/themes/plastics/") {
		t.Error("sitemap lacks the term's first page")
	}
	for _, l := range locs {
		if strings.Contains(l, "/sivu/") || strings.Contains(l, "/page/") {
			t.Errorf("sitemap lists %s", l)
		}
	}

	// A page past the last is an error, not an empty page.
	if _, err := r.Render(render.Page{Kind: render.KindTerm, Lang: "fi", Tax: "focus_areas", Term: "plastics", Num: 4}); err == nil {
		t.Error("rendered page 4 of 3")
	}
}

// TestPaginatedSiteRendersTheSameTwice: page boundaries depend on content
// only.
func TestPaginatedSiteRendersTheSameTwice(t *testing.T) {
	a, b := renderAll(t, newRenderer(t, pagedSite())), renderAll(t, newRenderer(t, pagedSite()))
	for p := range a {
		if string(a[p]) != string(b[p]) {
			t.Errorf("%s differs between two renders", p)
		}
	}
	if len(a) != len(b) {
		t.Errorf("%d files, then %d", len(a), len(b))
	}
}
