package forms

import (
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/schema"
)

// challenges is the type the contract describes ("challenges — needs
// looking for partners"), as another change adds it to the field table.
// Until then this stands in for it, to show that its form appears with no
// change here: the generator and the parser go by the field table.
var challenges = schema.Type{Name: "challenges", TitleField: "title", Fields: []schema.Field{
	{Name: "title", Kind: schema.String, Required: true, OneLine: true},
	{Name: "owner", Kind: schema.Ref, Required: true, RefType: "actors"},
	{Name: "status", Kind: schema.Enum, Required: true, Values: []string{"open", "in-progress", "solved", "closed"}},
	{Name: "seeking", Kind: schema.EnumList, Values: schema.ActorKinds},
	{Name: "deadline", Kind: schema.Date},
	{Name: "budget", Kind: schema.Money},
	{Name: "contact", Kind: schema.Email},
	{Name: "related", Kind: schema.Related},
}}

func withChallenges(t *testing.T) []schema.Type {
	t.Helper()
	all := schema.Types(testConfig(t).TaxonomyKeys())
	if slices.ContainsFunc(all, func(t schema.Type) bool { return t.Name == "challenges" }) {
		return all // the field table has it now
	}
	return append(all, challenges)
}

func TestChallengesFormAppearsWithTheType(t *testing.T) {
	cfg := testConfig(t)
	var names []string
	var data []byte
	for _, f := range generate(cfg, withChallenges(t)) {
		names = append(names, f.Name)
		if f.Name == "challenges.yml" {
			data = f.Data
		}
	}
	if !slices.Equal(names, []string{"actors.yml", "services.yml", "challenges.yml", "update.yml"}) {
		t.Fatalf("forms %v", names)
	}
	form, err := ReadForm(data)
	if err != nil {
		t.Fatal(err)
	}
	if form.Type() != "challenges" || !slices.Contains(form.Labels, "lomake-challenges") {
		t.Errorf("type %q, labels %v", form.Type(), form.Labels)
	}
	want := map[string]string{"title": "input", "owner": "input", "status": "dropdown", "seeking": "dropdown", "deadline": "input", "budget": "input", "contact": "input", "related": "textarea", BodyID: "textarea"}
	for _, e := range form.Body {
		if w, ok := want[e.ID]; ok {
			if e.Type != w {
				t.Errorf("%s is a %s, want %s", e.ID, e.Type, w)
			}
			delete(want, e.ID)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing: %v", want)
	}

	// Filled in and rendered as GitHub does, it gives the entry.
	values := map[string]string{"title": "Purkupuun uusi käyttö", "owner": "esimerkki-oy", "status": "open",
		"seeking": "Yritys / Company, Tutkimuslaitos / Research institute", "deadline": "2026-09-30", "budget": "10 000 €",
		"contact": "haaste@esimerkki.fi", "related": "services/kartoitus", BodyID: "Etsimme kumppania."}
	var body strings.Builder
	for _, e := range form.Body {
		if e.Type == "markdown" {
			continue
		}
		v := values[e.ID]
		if v == "" {
			v = noResponse
		}
		if e.Type == "checkboxes" {
			v = "- [X] " + e.Attributes.Options[0].(map[string]any)["label"].(string)
		}
		body.WriteString("### " + e.Attributes.Label + "\n\n" + v + "\n\n")
	}
	r, err := Apply(Request{Config: cfg, Form: form, Issue: []byte(body.String()), Author: "maija-m",
		Taken: func(string, string) bool { return false }, types: withChallenges(t)})
	if err != nil {
		t.Fatal(err)
	}
	wantFile := "---\ntitle: Purkupuun uusi käyttö\nowner: esimerkki-oy\nstatus: open\nseeking: [company, research]\ndeadline: \"2026-09-30\"\nbudget: 10000\ncontact: haaste@esimerkki.fi\nrelated: [services/kartoitus]\n---\n\nEtsimme kumppania.\n"
	if r.File != "content/challenges/purkupuun-uusi-kaytto.md" || string(r.Data) != wantFile || len(r.Problems) > 0 {
		t.Errorf("%s %v:\n%s", r.File, r.Problems, r.Data)
	}
}
