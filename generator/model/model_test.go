package model_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
)

const siteConfig = `title: Testi
languages: [fi, en]
taxonomies:
  focus_areas:
    terms:
      construction: {fi: Rakentaminen}
      plastics: {fi: Muovit}
`

// build decodes files (path → text) into a site.
func build(t *testing.T, files map[string]string, opts model.Options) (*model.Site, diag.List) {
	t.Helper()
	cfg, diags := config.Parse([]byte(siteConfig))
	if len(diags) > 0 {
		t.Fatalf("config: %v", diags)
	}
	fsys := fstest.MapFS{}
	for p, text := range files {
		fsys[p] = &fstest.MapFile{Data: []byte(text)}
	}
	c, diags, err := load.Read(fsys, config.Types, cfg.Languages)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) > 0 {
		t.Fatalf("load: %v", diags)
	}
	s, diags := model.Build(cfg, c, opts)
	diags.Sort()
	return s, diags
}

func strs(diags diag.List) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	return out
}

const project = `---
title: Kiertotalot
status: ongoing
coordinator: hel
partners:
  - vtt
  - syke
budget: 250000
funding:
  - source: eakr
    amount: 1000.5
  - amount: 2000
    source: life
    share_of: vtt
milestones:
  - date: 2024-06-30
    title: Aloitus
    done: true
related: [services/kartoitus, projects/muu]
focus_areas: [construction]
---
Hanke.
`

func TestPositionsPointAtTheLineOfEachValue(t *testing.T) {
	s, diags := build(t, map[string]string{"content/projects/kiertotalot.md": project}, model.Options{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	e := s.Entities[model.Ref{Type: "projects", Slug: "kiertotalot"}]
	for path, want := range map[string]string{
		"title":               "2:1",
		"coordinator":         "4:1",
		"partners":            "5:1",
		"partners[0]":         "6:5",
		"partners[1]":         "7:5",
		"funding[0]":          "10:5",
		"funding[0].source":   "10:5",
		"funding[0].amount":   "11:5",
		"funding[1]":          "12:5",
		"funding[1].source":   "13:5",
		"funding[1].share_of": "14:5",
		"milestones[0].done":  "18:5",
		"related[1]":          "19:31",
		"focus_areas[0]":      "20:15",
	} {
		p, ok := e.Default.Pos[path]
		if got := fmt.Sprintf("%d:%d", p.Line, p.Col); !ok || got != want || p.File != "content/projects/kiertotalot.md" {
			t.Errorf("Pos[%s] = %s %s, want %s", path, p.File, got, want)
		}
	}
	if e.Default.BodyLine != 22 || strings.TrimSpace(e.Default.Body) != "Hanke." {
		t.Errorf("body %q at line %d, want \"Hanke.\" at 22", e.Default.Body, e.Default.BodyLine)
	}
}

func TestValuesHaveTheirGoTypes(t *testing.T) {
	s, _ := build(t, map[string]string{"content/projects/kiertotalot.md": project}, model.Options{})
	e := s.Entities[model.Ref{Type: "projects", Slug: "kiertotalot"}]
	if got := e.Str("", "title"); got != "Kiertotalot" {
		t.Errorf("title = %q", got)
	}
	if got := e.Strings("", "partners"); !slices.Equal(got, []string{"vtt", "syke"}) {
		t.Errorf("partners = %q", got)
	}
	if m, ok := e.Money("budget"); !ok || m != 250000 {
		t.Errorf("budget = %v, %v", m, ok)
	}
	f := e.Objects("", "funding")
	if len(f) != 2 || f[0]["amount"] != 1000.5 || f[1]["source"] != "life" || f[1]["share_of"] != "vtt" {
		t.Errorf("funding = %v", f)
	}
	if m := e.Objects("", "milestones"); len(m) != 1 || m[0]["done"] != true || m[0]["date"] != "2024-06-30" {
		t.Errorf("milestones = %v", m)
	}
}

func TestTOMLFrontMatterGivesTheSameEntityAndLines(t *testing.T) {
	toml := `+++
title = "Kiertotalot"
status = "ongoing"
coordinator = "hel"
partners = ["vtt", "syke"]
budget = 250000
related = ["services/kartoitus", "projects/muu"]
focus_areas = ["construction"]

[[funding]]
source = "eakr"
amount = 1000.5

[[funding]]
amount = 2000
source = "life"
share_of = "vtt"

[[milestones]]
date = 2024-06-30
title = "Aloitus"
done = true
+++
Hanke.
`
	ys, _ := build(t, map[string]string{"content/projects/kiertotalot.md": project}, model.Options{})
	ts, diags := build(t, map[string]string{"content/projects/kiertotalot.md": toml}, model.Options{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	ref := model.Ref{Type: "projects", Slug: "kiertotalot"}
	y, tt := ys.Entities[ref].Default, ts.Entities[ref].Default
	if got, want := fmt.Sprint(tt.Fields), fmt.Sprint(y.Fields); got != want {
		t.Errorf("TOML fields\n%s\nYAML fields\n%s", got, want)
	}
	for path, want := range map[string]int{
		"title": 2, "partners[1]": 5, "funding[0]": 10, "funding[0].source": 11,
		"funding[1]": 14, "funding[1].source": 16, "funding[1].share_of": 17,
		"milestones[0].date": 20, "milestones[0].done": 22,
	} {
		if got := tt.Pos[path].Line; got != want {
			t.Errorf("TOML Pos[%s] line %d, want %d", path, got, want)
		}
	}
	if tt.BodyLine != 24 {
		t.Errorf("TOML body at line %d, want 24", tt.BodyLine)
	}
}

func TestTranslationsFallBackFieldByField(t *testing.T) {
	s, diags := build(t, map[string]string{
		"content/actors/vtt.md":          "---\nname: VTT\nkind: research\nsummary: Tutkimuskeskus\ntags: [tutkimus]\n---\nSuomeksi.\n",
		"content/actors/vtt.en.md":       "---\nname: VTT Technical Research Centre\n---\n",
		"content/actors/hel/index.md":    "---\nname: Helsinki\nkind: municipality\n---\nHelsinki.\n",
		"content/actors/hel/index.en.md": "---\nsummary: The capital\n---\nIn English.\n",
	}, model.Options{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	vtt := s.Entities[model.Ref{Type: "actors", Slug: "vtt"}]
	for _, tc := range []struct{ lang, field, want string }{
		{"en", "name", "VTT Technical Research Centre"},
		{"", "name", "VTT"},
		{"fi", "name", "VTT"},
		{"en", "summary", "Tutkimuskeskus"}, // not translated: the default
		{"en", "kind", "research"},
		{"sv", "name", "VTT"}, // no such translation
	} {
		if got := vtt.Str(tc.lang, tc.field); got != tc.want {
			t.Errorf("vtt %s %s = %q, want %q", tc.lang, tc.field, got, tc.want)
		}
	}
	if !vtt.Translated("en") || vtt.Translated("fi") {
		t.Errorf("Translated(en) = %v, Translated(fi) = %v", vtt.Translated("en"), vtt.Translated("fi"))
	}
	if got := vtt.Body("en"); strings.TrimSpace(got) != "Suomeksi." {
		t.Errorf("an empty translated body falls back: got %q", got)
	}
	hel := s.Entities[model.Ref{Type: "actors", Slug: "hel"}]
	if hel.Bundle != "content/actors/hel" || strings.TrimSpace(hel.Body("en")) != "In English." || hel.Str("en", "summary") != "The capital" {
		t.Errorf("bundle translation: bundle %q, body %q, summary %q", hel.Bundle, hel.Body("en"), hel.Str("en", "summary"))
	}
}

func TestReverseLinksAreDerived(t *testing.T) {
	s, _ := build(t, map[string]string{
		"content/projects/kiertotalot.md": project,
		"content/projects/muu.md":         "---\ntitle: Muu\nstatus: planned\npartners: [vtt]\nfunding:\n  - source: eakr\n---\n",
		"content/services/kartoitus.md":   "---\ntitle: Kartoitus\nproviders: [vtt]\n---\n",
	}, model.Options{})
	var got []string
	for _, l := range s.Back[model.Ref{Type: "actors", Slug: "vtt"}] {
		got = append(got, fmt.Sprintf("%s %s %d", l.From, l.Field, l.Pos.Line))
	}
	want := []string{
		"projects/kiertotalot partners[0] 6",
		"projects/kiertotalot funding[1].share_of 14",
		"projects/muu partners[0] 4",
		"services/kartoitus providers[0] 3",
	}
	if !slices.Equal(got, want) {
		t.Errorf("links to actors/vtt:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got = nil
	for _, l := range s.Back[model.Ref{Type: "funding", Slug: "eakr"}] {
		got = append(got, fmt.Sprintf("%s %s %s %d", l.From, l.Field, l.Base, l.Index))
	}
	if want := []string{"projects/kiertotalot funding[0].source funding 0", "projects/muu funding[0].source funding 0"}; !slices.Equal(got, want) {
		t.Errorf("links to funding/eakr: %q, want %q", got, want)
	}
	e := s.Entities[model.Ref{Type: "projects", Slug: "kiertotalot"}]
	var related []string
	for _, l := range s.LinksFrom(e, "related") {
		related = append(related, l.To.String())
	}
	if want := []string{"services/kartoitus", "projects/muu"}; !slices.Equal(related, want) {
		t.Errorf("related links %q, want %q", related, want)
	}
}

func TestDraftsArePublishedOnlyWhenAsked(t *testing.T) {
	files := map[string]string{
		"content/actors/vtt.md":     "---\nname: VTT\nkind: research\n---\n",
		"content/actors/luonnos.md": "---\nname: Luonnos\nkind: company\ndraft: true\n---\n",
	}
	for _, drafts := range []bool{false, true} {
		s, _ := build(t, files, model.Options{Drafts: drafts})
		var got []string
		for _, e := range s.Published("actors") {
			got = append(got, e.Slug)
		}
		want := []string{"vtt"}
		if drafts {
			want = []string{"luonnos", "vtt"}
		}
		if !slices.Equal(got, want) {
			t.Errorf("drafts=%v: published %q, want %q", drafts, got, want)
		}
		if len(s.ByType["actors"]) != 2 {
			t.Errorf("drafts=%v: the model lost a draft", drafts)
		}
	}
}

func TestDecodeReportsEachProblemOnce(t *testing.T) {
	_, diags := build(t, map[string]string{
		"content/actors/vtt.md": `---
name: VTT
name: Toinen
kind:
kind: reserch
size: [sme]
member: 1
contacts:
  - role: johtaja
  - Maija
---
`,
	}, model.Options{})
	want := []string{
		`content/actors/vtt.md:3:1: error: field "name" is written twice`,
		`content/actors/vtt.md:5:1: error: field "kind" is written twice`,
		`content/actors/vtt.md:6:7: error: "size" must be one of startup, sme, large, not a list`,
		`content/actors/vtt.md:7:9: error: "member" must be true or false, not a number`,
		`content/actors/vtt.md:9:5: error: missing required field "name" in item 1 of "contacts"`,
		`content/actors/vtt.md:10:5: error: item 2 of "contacts" must have fields, not text`,
	}
	if got := strs(diags); !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTranslationsNeedNoRequiredFieldsButDefaultsDo(t *testing.T) {
	_, diags := build(t, map[string]string{
		"content/services/kartoitus.md":    "---\nsummary: x\n---\n",
		"content/services/kartoitus.en.md": "---\nsummary: y\n---\n",
		"content/services/orpo.en.md":      "---\ntitle: Orphan\n---\n",
	}, model.Options{})
	want := []string{
		`content/services/kartoitus.md:2:1: error: missing required field "providers" in services`,
		`content/services/kartoitus.md:2:1: error: missing required field "title" in services`,
		`content/services/orpo.en.md:1:1: error: translation "orpo" has no default-language file`,
	}
	if got := strs(diags); !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
