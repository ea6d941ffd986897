package searchdoc_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/searchdoc"
	"github.com/kimppa/kimppa/generator/searchindex"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

const site = `
-- kimppa.yaml --
title: {fi: Testi, en: Test}
base_url: https://example.org/
languages: [fi, en]
taxonomies:
  focus_areas:
    label: {fi: Teemat, en: Themes}
    path: {fi: teemat, en: themes}
    terms:
      plastics: {fi: Muovit, en: Plastics}
-- content/actors/alfa.md --
---
name: Alfa Oy
kind: research
business_id: "0244679-4"
email: alfa@example.fi
tags: [kierrätys]
focus_areas: [plastics]
---
Alfa tutkii muovia.
-- content/actors/luonnos.md --
---
name: Luonnos Oy
kind: company
draft: true
---
-- content/services/palvelu.md --
---
title: Palvelu
providers: [alfa]
---
-- content/challenges/auki.md --
---
title: Avoin haaste
owner: alfa
status: open
---
-- content/challenges/valmis.md --
---
title: Ratkaistu haaste
owner: alfa
status: solved
---
`

func docs(t *testing.T) (map[string]searchindex.Doc, *sitetest.Site) {
	t.Helper()
	s := sitetest.Valid(t, sitetest.Write(t, txtar.Parse([]byte(site))), sitetest.Options{Today: "2025-06-01"})
	out := map[string]searchindex.Doc{}
	for _, d := range searchdoc.Docs(s.Model, s.Today, nil) {
		out[d.Type+"/"+d.Slug] = d
	}
	return out, s
}

// Each rule of a search document, checked on a small site.
func TestDocs(t *testing.T) {
	byRef, s := docs(t)
	if _, ok := byRef["actors/luonnos"]; ok || len(byRef) != 4 {
		t.Errorf("docs of %v; want the four published entities, no draft", slices.Sorted(maps.Keys(byRef)))
	}
	alfa := byRef["actors/alfa"]
	for lang, term := range map[string]string{"fi": "Muovit", "en": "Plastics"} {
		kw := alfa.Langs[lang].Keywords
		for _, want := range []string{"kierrätys", term, s.Model.WordsIn(lang).Enum("kind", "research")} {
			if !slices.Contains(kw, want) {
				t.Errorf("alfa's %s keywords %q lack %q: a term, a tag and an enum value are found by their labels", lang, kw, want)
			}
		}
	}
	if got := alfa.Langs["en"].URL; got != "/en/actors/alfa/" {
		t.Errorf("alfa's en URL = %q", got)
	}
	if !strings.Contains(alfa.Langs["en"].Body, "Alfa tutkii muovia.") {
		t.Errorf("alfa's en body %q: the default language's text is the fallback", alfa.Langs["en"].Body)
	}
	if !slices.Equal(alfa.IDs, []string{"0244679-4"}) || alfa.Contact != "alfa@example.fi" || !slices.Equal(alfa.Facets["kind"], []string{"research"}) {
		t.Errorf("alfa: ids %v, contact %q, kind %v", alfa.IDs, alfa.Contact, alfa.Facets["kind"])
	}
	palvelu := byRef["services/palvelu"]
	if !slices.Contains(palvelu.Langs["fi"].Refs, "Alfa Oy") || len(palvelu.Along) != 1 || palvelu.Along[0].Slug != "alfa" {
		t.Errorf("palvelu: refs %q, along %v; a service is found by its provider's name and brings it along", palvelu.Langs["fi"].Refs, palvelu.Along)
	}
	if !byRef["challenges/auki"].Open || byRef["challenges/valmis"].Open {
		t.Error("only the open challenge is open")
	}
}

func TestIndexWritesUnderSearch(t *testing.T) {
	_, s := docs(t)
	files, view, err := searchdoc.Index(s.Model, searchdoc.Docs(s.Model, s.Today, nil), nil)
	if err != nil || view == nil || len(files) == 0 {
		t.Fatalf("Index: %d files, view %v, %v", len(files), view != nil, err)
	}
	for name := range files {
		if !strings.HasPrefix(name, "search/") {
			t.Errorf("%s is not under search/", name)
		}
	}
}

// Docs kept in a Memo are the docs worked out without one.
func TestMemoKeepsTheSameDocs(t *testing.T) {
	_, s := docs(t)
	m := searchdoc.NewMemo()
	plain := searchdoc.Docs(s.Model, s.Today, nil)
	first := searchdoc.Docs(s.Model, s.Today, m)
	again := searchdoc.Docs(s.Model, s.Today, m)
	for i := range plain {
		if plain[i].Slug != first[i].Slug || plain[i].Slug != again[i].Slug ||
			plain[i].Langs["fi"].Body != again[i].Langs["fi"].Body {
			t.Errorf("doc %d differs with a memo", i)
		}
	}
}
