package forms

import (
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/schema"
)

// updateOf applies the update form with answers to the files given
// (content/actors/x.md and translations), as the member author.
func updateOf(t *testing.T, files map[string]string, author string, answers map[string]string) (*Result, error) {
	t.Helper()
	cfg := testConfig(t)
	actors, _ := schema.Lookup("actors", cfg.TaxonomyKeys())
	form := updateForm(cfg, []schema.Type{actors})
	var body strings.Builder
	for _, e := range form.Body {
		if e.ID == "" {
			continue
		}
		v := answers[e.ID]
		if v == "" {
			v = noResponse
		}
		if e.Type == "checkboxes" {
			v = "- [X] " + e.Attributes.Options[0].(map[string]any)["label"].(string)
		}
		body.WriteString("### " + e.Attributes.Label + "\n\n" + v + "\n\n")
	}
	return Apply(Request{Config: cfg, Form: &form, Issue: []byte(body.String()), Author: author, Today: "2026-12-07",
		Taken: func(string, string) bool { return true },
		Entry: func(typ, slug, lang string) (string, []byte, bool) {
			name := "content/" + typ + "/" + slug + ".md"
			if lang != "" {
				name = "content/" + typ + "/" + slug + "." + lang + ".md"
			}
			d, ok := files[name]
			return name, []byte(d), ok
		},
	})
}

const espoo = "---\nname: Espoo\nkind: municipality\nmaintainers: [espoo-a, maija-m]\ntags: [purku]\nfocus_areas: [plastics]\n---\nTeksti.\n"

func TestUpdateAddsToListsUnlessToldToReplace(t *testing.T) {
	files := map[string]string{"content/actors/espoo.md": espoo}
	r, err := updateOf(t, files, "maija-m", map[string]string{EntryID: "actors/espoo", "focus_areas": "Ruoka / Food", "tags": "kierrätys, uusiokäyttö"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"focus_areas: [plastics, food]", "tags: [purku, kierrätys, uusiokäyttö]", "updated: 2026-12-07", "maintainers: [espoo-a, maija-m]"} {
		if !strings.Contains(string(r.Data), want) {
			t.Errorf("lacks %q:\n%s", want, r.Data)
		}
	}
	r, err = updateOf(t, files, "maija-m", map[string]string{EntryID: "actors/espoo", ListModeID: both(listReplace.fi, listReplace.en), "focus_areas": "Ruoka / Food", "maintainers": "uusi-henkilo"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"focus_areas: [food]", "maintainers: [uusi-henkilo, maija-m]", "tags: [purku]"} {
		if !strings.Contains(string(r.Data), want) {
			t.Errorf("replace: lacks %q (the sender is always kept):\n%s", want, r.Data)
		}
	}
}

func TestUpdateKeepsCRLFAndWritesEmoji(t *testing.T) {
	crlf := strings.ReplaceAll(espoo, "\n", "\r\n")
	r, err := updateOf(t, map[string]string{"content/actors/espoo.md": crlf}, "maija-m", map[string]string{EntryID: "actors/espoo", "summary": "Kuljetamme 🚛 \"heti\""})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(r.Data), "\n") != strings.Count(string(r.Data), "\r\n") {
		t.Errorf("a line lost its CRLF: %q", r.Data)
	}
	if !strings.Contains(string(r.Data), "🚛") || strings.Contains(string(r.Data), `\U`) {
		t.Errorf("the emoji is not written as UTF-8: %q", r.Data)
	}
}

func TestUpdateByAnEnglishAddressEditsTheEnglishFile(t *testing.T) {
	files := map[string]string{"content/actors/espoo.md": espoo, "content/actors/espoo.en.md": "---\nname: City of Espoo\n---\nText.\n"}
	byFile := func(r *Result) map[string]string {
		out := map[string]string{}
		for _, c := range r.Changes() {
			out[c.File] = string(c.Data)
		}
		return out
	}
	// The English page: its text goes to the English file, a list to the
	// main file (which also gets the date).
	r, err := updateOf(t, files, "maija-m", map[string]string{EntryID: "https://example.org/en/actors/espoo/", "summary": "A city.", "focus_areas": "Ruoka / Food"})
	if err != nil {
		t.Fatal(err)
	}
	got := byFile(r)
	if en := got["content/actors/espoo.en.md"]; en != "---\nname: City of Espoo\nsummary: A city.\n---\nText.\n" {
		t.Errorf("the English file: %q", en)
	}
	if fi := got["content/actors/espoo.md"]; !strings.Contains(fi, "focus_areas: [plastics, food]") || strings.Contains(fi, "A city") || !strings.Contains(fi, "updated: 2026-12-07") {
		t.Errorf("the main file: %q", fi)
	}
	// The Finnish address: the main file only.
	r, err = updateOf(t, files, "maija-m", map[string]string{EntryID: "https://example.org/toimijat/espoo/", "summary": "Kaupunki."})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Extra) > 0 || r.File != "content/actors/espoo.md" {
		t.Errorf("edited %v", byFile(r))
	}
	// An English page without an English file yet: the file is made.
	delete(files, "content/actors/espoo.en.md")
	r, err = updateOf(t, files, "maija-m", map[string]string{EntryID: "/en/actors/espoo", "name": "City of Espoo"})
	if err != nil {
		t.Fatal(err)
	}
	if en := byFile(r)["content/actors/espoo.en.md"]; en != "---\nname: City of Espoo\n---\n" {
		t.Errorf("the new English file: %q (%v)", en, byFile(r))
	}
}
