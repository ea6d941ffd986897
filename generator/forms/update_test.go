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
	r, err := updateOf(t, files, "maija-m", map[string]string{EntryID: "https://example.org/en/actors/espoo/", "summary": "A city."})
	if err != nil {
		t.Fatal(err)
	}
	if r.File != "content/actors/espoo.en.md" || !strings.Contains(string(r.Data), "summary: A city.") {
		t.Errorf("edited %s:\n%s", r.File, r.Data)
	}
	// The Finnish address, or a field no translation carries: the main file.
	for _, a := range []map[string]string{
		{EntryID: "https://example.org/toimijat/espoo/", "summary": "Kaupunki."},
		{EntryID: "https://example.org/en/actors/espoo/", "focus_areas": "Ruoka / Food"},
	} {
		r, err := updateOf(t, files, "maija-m", a)
		if err != nil {
			t.Fatal(err)
		}
		if r.File != "content/actors/espoo.md" {
			t.Errorf("%v edited %s", a, r.File)
		}
	}
}

// The portal's "Update this profile" fills the form in with the page's
// values: those left as they are change no line.
func TestUpdatePrefilledChangesOnlyWhatChanged(t *testing.T) {
	files := map[string]string{"content/actors/espoo.md": espoo}
	r, err := updateOf(t, files, "maija-m", map[string]string{EntryID: "actors/espoo", "name": "Espoo", "tags": "purku", "maintainers": "espoo-a\nmaija-m", BodyID: "Teksti.", "summary": "Uusi."})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(espoo, "---\nTeksti.", "summary: Uusi.\nupdated: 2026-12-07\n---\nTeksti.", 1)
	if string(r.Data) != want {
		t.Errorf("got\n%s\nwant\n%s", r.Data, want)
	}
	_, err = updateOf(t, files, "maija-m", map[string]string{EntryID: "actors/espoo", "name": "Espoo"})
	if err == nil || !strings.Contains(err.Error(), "changes nothing") {
		t.Errorf("an update that changes nothing: %v", err)
	}
}
