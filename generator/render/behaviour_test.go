package render_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/sitefs"
)

func TestRenderingTwiceGivesTheSameBytes(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	a := renderAll(t, newRenderer(t, fsys))
	b := renderAll(t, newRenderer(t, fsys))
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two renders", p)
		}
	}
}

func TestConcurrentRendersMatchSerialOnes(t *testing.T) {
	r := newRenderer(t, siteFS(t, "testdata/site.txtar"))
	serial := renderAll(t, r)
	pages := r.Pages()
	got := make([][]byte, len(pages))
	var wg sync.WaitGroup
	for i, p := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := r.Render(p)
			if err != nil {
				t.Error(err)
			}
			got[i] = b
		}()
	}
	wg.Wait()
	for i, p := range pages {
		if !bytes.Equal(got[i], serial[p.Path]) {
			t.Errorf("%s: concurrent render differs", p.Path)
		}
	}
}

func TestPagesCoverEveryPublishedEntityInEveryLanguage(t *testing.T) {
	r := newRenderer(t, siteFS(t, "testdata/site.txtar"))
	pages := r.Pages()
	if !slices.IsSortedFunc(pages, func(a, b render.Page) int { return strings.Compare(a.Path, b.Path) }) {
		t.Error("pages are not sorted by path")
	}
	paths := map[string]render.Page{}
	for _, p := range pages {
		if _, dup := paths[p.Path]; dup {
			t.Errorf("two pages at %s", p.Path)
		}
		paths[p.Path] = p
	}
	for _, want := range []string{
		"index.html", "en/index.html", "404.html", "sitemap.xml", "robots.txt", "data/entities.json",
		"toimijat/index.html", "en/actors/index.html", "palvelut/index.html", "hankkeet/index.html", "sopimukset/index.html", "rahoitus/index.html",
		"toimijat/kaupunki/index.html", "en/actors/kaupunki/index.html", "en/actors/kierto-oy/index.html",
		"en/projects/kiertohanke/index.html", "en/contracts/mallisopimus/index.html", "en/funding/saatio/index.html",
		"about/index.html", "en/about/index.html",
		"teemat/index.html", "teemat/plastics/index.html", "en/themes/plastics/index.html", "liiketoimintamallit/product-as-service/index.html",
		"haku/index.html", "en/search/index.html",
		"toimijat/kaupunki/logo.png", "sopimukset/mallisopimus/sopimus.pdf", "sopimukset/mallisopimus/kaavio.png",
	} {
		if _, ok := paths[want]; !ok {
			t.Errorf("no page %s", want)
		}
	}
	for _, p := range pages {
		switch {
		case strings.Contains(p.Path, "luonnos"):
			t.Errorf("draft page %s", p.Path)
		case strings.HasSuffix(p.Path, ".svg"), strings.HasSuffix(p.Path, ".txt") && p.Path != "robots.txt", strings.HasSuffix(p.Path, ".md"):
			t.Errorf("published a bundle file that nothing links: %s", p.Path)
		}
	}
	if p := paths["toimijat/kaupunki/logo.png"]; p.Kind != render.KindAttachment || p.Ref != (model.Ref{Type: "actors", Slug: "kaupunki"}) {
		t.Errorf("logo page = %+v", p)
	}
}

func TestAttachmentsAreCopiedByteForByte(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	files := renderAll(t, newRenderer(t, fsys))
	for out, src := range map[string]string{
		"toimijat/kaupunki/logo.png":          "content/actors/kaupunki/logo.png",
		"sopimukset/mallisopimus/sopimus.pdf": "content/contracts/mallisopimus/sopimus.pdf",
	} {
		if !bytes.Equal(files[out], fsys[src].Data) {
			t.Errorf("%s is not a copy of %s", out, src)
		}
	}
	// The linked image resolves from every language's page.
	en := string(files["en/contracts/mallisopimus/index.html"])
	if !strings.Contains(en, `src="/kimppa/sopimukset/mallisopimus/kaavio.png"`) {
		t.Errorf("English page does not point the body image at the published file")
	}
	if strings.Contains(en, "kuva.svg\"") && strings.Contains(en, "<img") && strings.Contains(en, `src="kuva.svg"`) {
		t.Errorf("English page shows the SVG")
	}
}

func TestDraftsAreNeitherRenderedNorLinked(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	for p, b := range files {
		if strings.Contains(string(b), "/luonnos/") {
			t.Errorf("%s links to the draft", p)
		}
	}
	// A reference to it is plain text.
	if !strings.Contains(string(files["hankkeet/kiertohanke/index.html"]), "<dd><span>Luonnosyhtiö</span></dd>") {
		t.Error("the project does not show its draft partner as plain text")
	}
	var data []map[string]any
	if err := json.Unmarshal(files["data/entities.json"], &data); err != nil {
		t.Fatal(err)
	}
	for _, e := range data {
		if e["slug"] == "luonnos" {
			t.Error("entities.json has the draft")
		}
	}
}

var linkAttr = regexp.MustCompile(`\s(?:href|src|action|data-base)="(/[^"]*)"`)

func TestEveryLinkStaysBelowTheBasePath(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	for p, b := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, m := range linkAttr.FindAllStringSubmatch(string(b), -1) {
			if !strings.HasPrefix(m[1], "/kimppa/") {
				t.Errorf("%s: link %s is not below /kimppa/", p, m[1])
			}
		}
	}
}

func TestEveryInternalLinkHasAPage(t *testing.T) {
	r := newRenderer(t, siteFS(t, "testdata/site.txtar"))
	exists := map[string]bool{}
	for _, p := range r.Pages() {
		exists["/kimppa/"+strings.TrimSuffix(p.Path, "index.html")] = true
	}
	for p, b := range renderAll(t, r) {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, m := range linkAttr.FindAllStringSubmatch(string(b), -1) {
			u, _, _ := strings.Cut(m[1], "?")
			u, _, _ = strings.Cut(u, "#")
			if strings.HasPrefix(u, "/kimppa/assets/") || u == "/kimppa/" && exists["/kimppa/"] {
				continue
			}
			if !exists[u] {
				t.Errorf("%s: broken link %s", p, m[1])
			}
		}
	}
}

func TestEachPageHasOneH1AndItsLanguage(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	for p, b := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		s := string(b)
		if n := strings.Count(s, "<h1"); n != 1 {
			t.Errorf("%s: %d h1 elements", p, n)
		}
		wantLang := `<html lang="fi">`
		if strings.HasPrefix(p, "en/") {
			wantLang = `<html lang="en">`
		}
		if !strings.Contains(s, wantLang) {
			t.Errorf("%s: no %s", p, wantLang)
		}
		for _, landmark := range []string{"<header", "<nav", "<main", "<footer", `class="skip-link" href="#main"`} {
			if !strings.Contains(s, landmark) {
				t.Errorf("%s: no %s", p, landmark)
			}
		}
		// Headings never skip a level.
		last := 1
		for _, m := range regexp.MustCompile(`<h([1-6])[ >]`).FindAllStringSubmatch(s[strings.Index(s, "<main"):strings.Index(s, "</main>")], -1) {
			level := int(m[1][0] - '0')
			if level > last+1 {
				t.Errorf("%s: h%d after h%d", p, level, last)
			}
			last = level
		}
		for _, img := range regexp.MustCompile(`<img [^>]*>`).FindAllString(s, -1) {
			if !strings.Contains(img, ` alt="`) {
				t.Errorf("%s: image without alt: %s", p, img)
			}
		}
	}
}

func TestFallbackTextIsMarkedWithItsLanguage(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	// kierto-oy has no English file: its name, summary and body are Finnish.
	en := string(files["en/actors/kierto-oy/index.html"])
	for _, want := range []string{`<h1 lang="fi">Kierto Oy</h1>`, `<p class="lead" lang="fi">Muovinkierrätyksen palveluyritys.</p>`, `<div class="prose" lang="fi">`} {
		if !strings.Contains(en, want) {
			t.Errorf("English page of an untranslated actor lacks %s", want)
		}
	}
	// kaupunki has one: its own texts carry no lang, the fields it does
	// not translate do.
	en = string(files["en/actors/kaupunki/index.html"])
	for _, want := range []string{`<h1>City of Example</h1>`, `<div class="prose">`, `<span lang="fi">Esimerkki</span>`, `alt="City of Example logo"`} {
		if !strings.Contains(en, want) {
			t.Errorf("English page of a translated actor lacks %s", want)
		}
	}
	fi := string(files["toimijat/kaupunki/index.html"])
	// On the default-language page only <html> says fi.
	if n := strings.Count(fi, ` lang="fi"`); n != 1 {
		t.Errorf("Finnish page marks %d elements lang=fi", n-1)
	}
	if !strings.Contains(fi, `alt="Esimerkin kaupunki -logo"`) {
		t.Error("Finnish logo alt text")
	}
}

func TestLanguageSwitchLinksToTheSamePage(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	for fi, en := range map[string]string{
		"toimijat/kaupunki/index.html": "/kimppa/en/actors/kaupunki/",
		"teemat/plastics/index.html":   "/kimppa/en/themes/plastics/",
		"haku/index.html":              "/kimppa/en/search/",
		"index.html":                   "/kimppa/en/",
	} {
		if !strings.Contains(string(files[fi]), `<a href="`+en+`" hreflang="en" lang="en">`) {
			t.Errorf("%s: no switch to %s", fi, en)
		}
	}
}

func TestEditAndAddLinks(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	for page, want := range map[string]string{
		"toimijat/kaupunki/index.html":               "https://github.com/example/klusteri/edit/main/content/actors/kaupunki/index.md",
		"en/actors/kaupunki/index.html":              "https://github.com/example/klusteri/edit/main/content/actors/kaupunki/index.en.md",
		"en/actors/kierto-oy/index.html":             "https://github.com/example/klusteri/edit/main/content/actors/kierto-oy.md",
		"en/services/materiaalikartoitus/index.html": "https://github.com/example/klusteri/edit/main/content/services/materiaalikartoitus.en.md",
		"toimijat/index.html":                        "https://github.com/example/klusteri/new/main?filename=content%2Factors%2Fuusi.md&amp;value=---%0Aname%3A%20%22Uusi%20toimija%22%0Akind%3A%20company",
	} {
		if !strings.Contains(string(files[page]), want) {
			t.Errorf("%s: no link %s", page, want)
		}
	}
	// The issue forms: the update form filled in for the entry (never its
	// maintainers), the join form on the home page, a type's form on its
	// list; a type without a form gets none.
	for page, want := range map[string]string{
		"toimijat/kaupunki/index.html":            "issues/new?business_id=1234567-1&amp;email=",
		"en/actors/kaupunki/index.html":           "&amp;entry=actors%2Fkaupunki&amp;",
		"palvelut/materiaalikartoitus/index.html": "&amp;template=update.yml&amp;title=P%C3%A4ivitys%20%2F%20Update%3A%20",
		"index.html":          "issues/new?template=actors.yml",
		"haasteet/index.html": "issues/new?template=challenges.yml",
	} {
		if !strings.Contains(string(files[page]), want) {
			t.Errorf("%s: no form link with %s", page, want)
		}
	}
	if strings.Contains(string(files["toimijat/kaupunki/index.html"]), "maintainers=") {
		t.Error("the update form is filled in with the maintainers: the sender would add herself unasked")
	}
	for page, b := range files {
		if strings.HasPrefix(page, "rahoitus/") && bytes.Contains(b, []byte("issues/new?template=update.yml")) {
			t.Errorf("%s: a funding page links the update form, which cannot change it", page)
		}
	}
	fsys := siteFS(t, "testdata/site.txtar")
	fsys["kimppa.yaml"].Data = bytes.Replace(fsys["kimppa.yaml"].Data, []byte("repository: https://github.com/example/klusteri\n"), nil, 1)
	for p, b := range renderAll(t, newRenderer(t, fsys)) {
		if bytes.Contains(b, []byte("github.com")) {
			t.Errorf("%s: links to GitHub though the site has no repository", p)
		}
	}
}

func TestMoneyAndDatesFollowTheLanguage(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	fi, en := string(files["hankkeet/kiertohanke/index.html"]), string(files["en/projects/kiertohanke/index.html"])
	for _, want := range []string{"1 250 000 €", "875 000,50 €", "125 000,50 €", "1.1.2024–31.12.2026", `<time datetime="2024-09-30">30.9.2024</time>`} {
		if !strings.Contains(fi, want) {
			t.Errorf("Finnish page lacks %q", want)
		}
	}
	for _, want := range []string{"€1,250,000", "€875,000.50", "1 Jan 2024 – 31 Dec 2026", `<time datetime="2024-09-30">30 Sep 2024</time>`} {
		if !strings.Contains(en, want) {
			t.Errorf("English page lacks %q", want)
		}
	}
	// Milestones are in date order between the start and the end.
	i, j := strings.Index(fi, "Kartoitus tehty"), strings.Index(fi, "Pilotti valmis")
	if i < 0 || j < 0 || i > j {
		t.Error("milestones are not in date order")
	}
}

func TestEntitiesJSON(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	raw := files["data/entities.json"]
	var data []map[string]any
	if err := json.Unmarshal(raw, &data); err != nil {
		t.Fatal(err)
	}
	if len(data) != 12 {
		t.Errorf("%d entities, want 12 published", len(data))
	}
	var order []string
	for _, e := range data {
		order = append(order, e["type"].(string)+"/"+e["slug"].(string))
	}
	want := []string{"actors/kaupunki", "actors/kierto-oy", "actors/tutkimus", "services/materiaalikartoitus", "projects/kiertohanke", "projects/vanha-hanke",
		"contracts/mallisopimus", "funding/eakr", "funding/saatio", "challenges/ratkaistu", "challenges/ylijaamamaat", "pages/about"}
	if !slices.Equal(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
	// The first keys come in the contract's order.
	if !bytes.HasPrefix(bytes.TrimSpace(raw), []byte(`[{"type":"actors","slug":"kaupunki","url":"/toimijat/kaupunki/","lang":"fi","title":"Esimerkin kaupunki","summary":`)) {
		t.Errorf("entities.json starts %s", raw[:200])
	}
	k := data[0]
	if k["translations"].(map[string]any)["en"].(map[string]any)["title"] != "City of Example" {
		t.Errorf("translation: %v", k["translations"])
	}
	if k["attachments"].(map[string]any)["logo"] != "/toimijat/kaupunki/logo.png" {
		t.Errorf("attachments: %v", k["attachments"])
	}
	p := data[4]
	if p["coordinator"] != "kaupunki" || p["funding"].([]any)[0].(map[string]any)["source"] != "eakr" {
		t.Errorf("references are not slugs: %v %v", p["coordinator"], p["funding"])
	}
	if dup := duplicateKey(t, raw); dup != "" {
		t.Errorf("an object of entities.json has the key %q twice", dup)
	}
}

// TestEntitiesJSONInBatches checks that entities.json joined from
// batches of records, as a large portal's is, equals the file made in one.
func TestEntitiesJSONInBatches(t *testing.T) {
	site := siteFS(t, "testdata/site.txtar")
	whole := renderAll(t, newRenderer(t, site))["data/entities.json"]
	defer func(n int) { *render.RecordBatch = n }(*render.RecordBatch)
	for _, n := range []int{1, 5, 11} {
		*render.RecordBatch = n
		if got := renderAll(t, newRenderer(t, site))["data/entities.json"]; !bytes.Equal(got, whole) {
			t.Errorf("in batches of %d records, entities.json differs from the file made in one", n)
		}
	}
}

// TestBuildKeepsNoBodyAfterItsLastUse checks that a renderer forgets a
// default body once its record and every page showing it have it: a
// large portal's build would otherwise hold all its bodies as HTML.
func TestBuildKeepsNoBodyAfterItsLastUse(t *testing.T) {
	r := newRenderer(t, siteFS(t, "testdata/site.txtar"))
	renderAll(t, r)
	if n := r.KeptBodies(); n != 0 {
		t.Errorf("%d bodies kept after every page is rendered", n)
	}
}

// duplicateKey returns a key that some JSON object in raw has twice.
func duplicateKey(t *testing.T, raw []byte) string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	var stack []map[string]bool // keys of the open objects; nil for arrays
	expectKey := func() bool { return len(stack) > 0 && stack[len(stack)-1] != nil }
	var pendingValue bool // the last token was a key
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{':
				stack = append(stack, map[string]bool{})
			case '[':
				stack = append(stack, nil)
			default:
				stack = stack[:len(stack)-1]
			}
			pendingValue = false
		case string:
			if expectKey() && !pendingValue {
				if stack[len(stack)-1][v] {
					return v
				}
				stack[len(stack)-1][v] = true
				pendingValue = true
				continue
			}
			pendingValue = false
		default:
			pendingValue = false
		}
	}
}

func TestSitemapAndRobots(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	var sm struct {
		URLs []struct {
			Loc   string `xml:"loc"`
			Links []struct {
				Hreflang string `xml:"hreflang,attr"`
				Href     string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(files["sitemap.xml"], &sm); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, u := range sm.URLs {
		if !strings.HasPrefix(u.Loc, "https://example.org/kimppa/") {
			t.Errorf("not absolute: %s", u.Loc)
		}
		if u.Loc == "https://example.org/kimppa/toimijat/kaupunki/" {
			found = true
			if len(u.Links) != 3 || u.Links[1].Href != "https://example.org/kimppa/en/actors/kaupunki/" {
				t.Errorf("alternates: %+v", u.Links)
			}
		}
		if strings.Contains(u.Loc, "luonnos") || strings.Contains(u.Loc, "404") {
			t.Errorf("sitemap lists %s", u.Loc)
		}
	}
	if !found {
		t.Error("sitemap lacks the actor page")
	}
	if got := string(files["robots.txt"]); !strings.Contains(got, "Sitemap: https://example.org/kimppa/sitemap.xml\n") {
		t.Errorf("robots.txt = %q", got)
	}
}

func TestSearchPageHasTheSearchAppContract(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	s := string(files["en/search/index.html"])
	for _, want := range []string{
		`<div id="search-app" data-lang="en" data-base="/kimppa/" data-labels="{&#34;`,
		`<form role="search" id="search-form" action=""><label for="search-q">`,
		`<input type="search" id="search-q" name="q"></form>`,
		`<div id="search-facets"></div>`,
		`<p id="search-status" role="status" aria-live="polite"></p>`,
		`<ol id="search-results"></ol>`,
		`<noscript>`,
		`<script type="module" src="/kimppa/assets/js/search-ui.js"></script>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	// Every other page has the plain GET search form in its header.
	if !strings.Contains(string(files["toimijat/index.html"]), `<form class="header-search" role="search" action="/kimppa/haku/" method="get">`) {
		t.Error("no header search form")
	}
}

func TestSiteLayoutsOverrideTheDefaultsFileByFile(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	fsys["layouts/home.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}<h1>Oma etusivu {{.Site.Title}}</h1>{{end}}`)}
	theme := sitefs.Overlay{Top: fsys, Base: kimppa.Theme}
	r, err := render.New(build(t, fsys, model.Options{}), render.Options{Theme: theme, Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	files := renderAll(t, r)
	if !strings.Contains(string(files["index.html"]), "<h1>Oma etusivu Testilaakso</h1>") {
		t.Error("the site's home.html is not used")
	}
	if !strings.Contains(string(files["toimijat/index.html"]), `class="skip-link"`) {
		t.Error("the default base.html is not used for other pages")
	}
}

func TestThemeAssetNamesComeFromTheBuild(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	r, err := render.New(build(t, fsys, model.Options{}), render.Options{Theme: kimppa.Theme, Site: fsys,
		Assets: map[string]string{"css/site.css": "assets/css/site.0123456789.css", "js/site.js": "assets/js/site.abcdef0123.js", "icons/favicon.svg": "assets/icons/favicon.svg"}})
	if err != nil {
		t.Fatal(err)
	}
	files := renderAll(t, r)
	home := string(files["index.html"])
	for _, want := range []string{`href="/kimppa/assets/css/site.0123456789.css"`, `src="/kimppa/assets/js/site.abcdef0123.js"`} {
		if !strings.Contains(home, want) {
			t.Errorf("home lacks %s", want)
		}
	}
	// Without js/search-ui.js in the build, the search page loads no script for it.
	if strings.Contains(string(files["haku/index.html"]), "search-ui") {
		t.Error("search page loads a search UI the build does not have")
	}
}

// TestSampleSiteRenders renders the repository's own content, the real
// sample the theme is designed for.
func TestSampleSiteRenders(t *testing.T) {
	root := os.DirFS("../..")
	if _, err := fs.Stat(root, "kimppa.yaml"); err != nil {
		t.Skip("no sample site")
	}
	fsys := fstest.MapFS{}
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != "." && d.IsDir() && p != "content" && !strings.HasPrefix(p, "content/") {
			return fs.SkipDir
		}
		if !d.IsDir() && (p == "kimppa.yaml" || strings.HasPrefix(p, "content/")) {
			data, err := fs.ReadFile(root, p)
			if err != nil {
				return err
			}
			fsys[p] = &fstest.MapFile{Data: data}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := render.New(buildLax(t, fsys), render.Options{Theme: kimppa.Theme, Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	for p, b := range renderAll(t, r) {
		checkNoScript(t, p, b, "/")
	}
}

// The partner-search page preloads the search client's modules, the
// index's entry file and the index files every need reads, so that a
// need in its URL does not wait for one file after another.
func TestKimppahakuPreloadsTheSearchClient(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	r, err := render.New(build(t, fsys, model.Options{}), render.Options{Theme: kimppa.Theme, Site: fsys,
		Assets: map[string]string{"js/kimppahaku.js": "assets/js/kimppahaku.0123456789.js", "search/search.js": "search/search.js",
			"search/match.js": "search/match.js", "search/decode.js": "search/decode.js"},
		NeedFiles: []string{"search/t/0123456789.json", "search/m/9876543210.json"}})
	if err != nil {
		t.Fatal(err)
	}
	page := string(renderAll(t, r)["kimppahaku/index.html"])
	for _, want := range []string{`<link rel="modulepreload" href="/kimppa/search/decode.js">`, `<link rel="modulepreload" href="/kimppa/search/match.js">`,
		`<link rel="modulepreload" href="/kimppa/search/search.js">`, `<link rel="preload" href="/kimppa/search/index.json" as="fetch" crossorigin>`,
		`<link rel="preload" href="/kimppa/search/t/0123456789.json" as="fetch" crossorigin>`, `<link rel="preload" href="/kimppa/search/m/9876543210.json" as="fetch" crossorigin>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the partner-search page lacks %s", want)
		}
	}
}
