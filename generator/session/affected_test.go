package session

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

// affectedSite is the site each case of TestAffected edits: a service
// provided by Alfa, a project coordinated by Beta, Gamma linked to
// nothing, and a free page.
var affectedSite = map[string]string{
	"kimppa.yaml": `title: Testi
base_url: https://example.org/
languages: [fi, en]
taxonomies:
  focus_areas:
    label: {fi: Teemat, en: Themes}
    path: {fi: teemat, en: themes}
    terms:
      plastics: {fi: Muovit, en: Plastics}
      textiles: {fi: Tekstiilit, en: Textiles}
`,
	"content/actors/alfa.md":      "---\nname: Alfa Oy\nkind: company\nsummary: Alfa\nfocus_areas: [plastics]\n---\n",
	"content/actors/beta.md":      "---\nname: Beta Oy\nkind: company\nsummary: Beta\nfocus_areas: [textiles]\n---\n",
	"content/actors/gamma.md":     "---\nname: Gamma Oy\nkind: company\nsummary: Gamma\n---\n",
	"content/services/palvelu.md": "---\ntitle: Palvelu\nproviders: [alfa]\nsummary: Palvelu\nfocus_areas: [plastics]\n---\n",
	"content/projects/hanke.md":   "---\ntitle: Hanke\nstatus: ongoing\ncoordinator: beta\nsummary: Hanke\n---\n",
	"content/pages/tietoa.md":     "---\ntitle: Tietoa\nsummary: Tietoa\n---\n",
}

// affectedState loads the site files with edits (a path to "" removes
// it) and lists its pages as a session does.
func affectedState(t *testing.T, edits map[string]string) (state, *render.Renderer) {
	t.Helper()
	files := maps.Clone(affectedSite)
	for name, text := range edits {
		if text == "" {
			delete(files, name)
		} else {
			files[name] = text
		}
	}
	ar := &txtar.Archive{}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(files[name])})
	}
	s := sitetest.Valid(t, sitetest.Write(t, ar), sitetest.Options{Today: "2025-06-01"})
	r, err := render.New(s.Model, render.Options{Theme: s.Files.Theme(), Site: s.Files.FS(), Today: s.Today})
	if err != nil {
		t.Fatal(err)
	}
	return state{model: s.Model, pages: sortedPages(r.Pages())}, r
}

// pageKey names what a page shows, the same for every language and page
// number: "actors/alfa", "list actors", "term focus_areas/plastics".
func pageKey(p render.Page) string {
	switch p.Kind {
	case render.KindEntity, render.KindAttachment:
		return p.Ref.Type + "/" + p.Ref.Slug
	case render.KindList:
		return "list " + p.Type
	case render.KindTerm:
		return "term " + p.Tax + "/" + p.Term
	case render.KindImage:
		if p.Ref != (model.Ref{}) {
			return "card " + p.Ref.Type + "/" + p.Ref.Slug
		}
		return "site image" // drawn from the theme: a full build's
	}
	return "" // the pages that are always rendered
}

func keys(pages []render.Page) []string {
	set := map[string]bool{}
	for _, p := range pages {
		if k := pageKey(p); k != "" {
			if k != "site image" {
				set[k] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(set))
}

func refKeys(refs map[model.Ref]bool) []string {
	var out []string
	for r := range refs {
		out = append(out, r.Type+"/"+r.Slug)
	}
	slices.Sort(out)
	return out
}

// TestAffected holds each rule of affected to a case: what an edit of
// one kind renders again, which entities' cards it dirties, and which
// pages are gone.
func TestAffected(t *testing.T) {
	ref := func(s string) model.Ref {
		typ, slug, _ := strings.Cut(s, "/")
		return model.Ref{Type: typ, Slug: slug}
	}
	cases := []struct {
		name    string
		edits   map[string]string
		changed []string
		all     bool     // every page
		todo    []string // pageKey of the pages rendered again, when not all
		dirty   []string
		gone    []string // output paths
	}{{
		name:    "a summary of an entity linked to nothing: its pages and its type's list",
		edits:   map[string]string{"content/actors/gamma.md": "---\nname: Gamma Oy\nkind: company\nsummary: Uusi\n---\n"},
		changed: []string{"actors/gamma"},
		todo:    []string{"actors/gamma", "list actors"},
		dirty:   []string{"actors/gamma"},
	}, {
		name:    "a summary: the pages of the entity and of what links to it, and the term page that shows its card",
		edits:   map[string]string{"content/actors/alfa.md": "---\nname: Alfa Oy\nkind: company\nsummary: Uusi\nfocus_areas: [plastics]\n---\n"},
		changed: []string{"actors/alfa"},
		todo:    []string{"actors/alfa", "list actors", "services/palvelu", "term focus_areas/plastics"},
		dirty:   []string{"actors/alfa", "services/palvelu"},
	}, {
		name:    "a title: the lists and terms of its neighbours too",
		edits:   map[string]string{"content/actors/alfa.md": "---\nname: Alfa Oyj\nkind: company\nsummary: Alfa\nfocus_areas: [plastics]\n---\n"},
		changed: []string{"actors/alfa"},
		todo:    []string{"actors/alfa", "list actors", "list services", "services/palvelu", "term focus_areas/plastics"},
		dirty:   []string{"actors/alfa", "services/palvelu"},
	}, {
		name:    "an actor's kind, its schema.org type where it is referred to: as far as a title",
		edits:   map[string]string{"content/actors/alfa.md": "---\nname: Alfa Oy\nkind: research\nsummary: Alfa\nfocus_areas: [plastics]\n---\n"},
		changed: []string{"actors/alfa"},
		todo:    []string{"actors/alfa", "list actors", "list services", "services/palvelu", "term focus_areas/plastics"},
		dirty:   []string{"actors/alfa", "services/palvelu"},
	}, {
		name:    "a term changed: the pages of the old term and of the new",
		edits:   map[string]string{"content/actors/alfa.md": "---\nname: Alfa Oy\nkind: company\nsummary: Alfa\nfocus_areas: [textiles]\n---\n"},
		changed: []string{"actors/alfa"},
		todo:    []string{"actors/alfa", "list actors", "services/palvelu", "term focus_areas/plastics", "term focus_areas/textiles"},
		dirty:   []string{"actors/alfa", "services/palvelu"},
	}, {
		name:    "a link moved: the pages of the old and the new neighbour",
		edits:   map[string]string{"content/projects/hanke.md": "---\ntitle: Hanke\nstatus: ongoing\ncoordinator: gamma\nsummary: Hanke\n---\n"},
		changed: []string{"projects/hanke"},
		todo:    []string{"actors/beta", "actors/gamma", "list projects", "projects/hanke"},
		dirty:   []string{"actors/beta", "actors/gamma", "projects/hanke"},
	}, {
		name:    "a new entity changes the counts in every page's navigation",
		edits:   map[string]string{"content/actors/delta.md": "---\nname: Delta Oy\nkind: company\nsummary: Delta\n---\n"},
		changed: []string{"actors/delta"},
		all:     true,
		dirty:   []string{"actors/delta"},
	}, {
		name:    "a removed entity: every page, and its own pages are gone",
		edits:   map[string]string{"content/actors/gamma.md": ""},
		changed: []string{"actors/gamma"},
		all:     true,
		dirty:   []string{"actors/gamma"},
		gone:    []string{"en/actors/gamma/index.html", "toimijat/gamma/index.html"},
	}, {
		name:    "a free page's title is in every page's navigation",
		edits:   map[string]string{"content/pages/tietoa.md": "---\ntitle: Tietoa meistä\nsummary: Tietoa\n---\n"},
		changed: []string{"pages/tietoa"},
		all:     true,
		dirty:   []string{"pages/tietoa"},
	}, {
		name:    "a free page's text is its own page only",
		edits:   map[string]string{"content/pages/tietoa.md": "---\ntitle: Tietoa\nsummary: Uusi\n---\n"},
		changed: []string{"pages/tietoa"},
		todo:    []string{"pages/tietoa"},
		dirty:   []string{"pages/tietoa"},
	}}
	old, _ := affectedState(t, nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			now, r := affectedState(t, c.edits)
			changed := map[model.Ref]bool{}
			for _, s := range c.changed {
				changed[ref(s)] = true
			}
			todo, gone, dirty := affected(old, now, changed, r.TermPageOf)
			if c.all {
				if len(todo) != len(now.pages) {
					t.Errorf("renders %d of %d pages, want every page", len(todo), len(now.pages))
				}
			} else if got := keys(todo); !slices.Equal(got, c.todo) {
				t.Errorf("renders again\n  %v\nwant\n  %v", got, c.todo)
			}
			for _, p := range now.pages {
				if pageKey(p) == "" && !slices.ContainsFunc(todo, func(q render.Page) bool { return q.Path == p.Path }) {
					t.Errorf("%s (%s) is not rendered again; it shows every entity", p.Path, p.Kind)
				}
			}
			if got := refKeys(dirty); !slices.Equal(got, c.dirty) {
				t.Errorf("dirty = %v, want %v", got, c.dirty)
			}
			if !slices.Equal(gone, c.gone) {
				t.Errorf("gone = %v, want %v", gone, c.gone)
			}
		})
	}
}
