package forms

import (
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
)

func TestGeneratedFormsFollowGitHubsRulesAndAskConsent(t *testing.T) {
	for _, f := range Generate(testConfig(t)) {
		if ps := f.Problems(); len(ps) > 0 {
			t.Errorf("%s: %q", f.Name, ps)
		}
		form, _ := ReadForm(f.Data)
		consent := false
		for _, e := range form.Body {
			if e.ID == ConsentID && e.Type == "checkboxes" {
				m, _ := e.Attributes.Options[0].(map[string]any)
				consent = m["required"] == true
			}
		}
		if !consent {
			t.Errorf("%s: no required consent box", f.Name)
		}
	}
}

// One broken form per rule: each must be caught.
func TestValidateCatchesEachRule(t *testing.T) {
	ok := func() Form {
		return Form{Name: "N", Description: "D", Body: []Element{
			{Type: "markdown", Attributes: Attributes{Value: "intro"}},
			{Type: "input", ID: "name", Attributes: Attributes{Label: "Nimi"}},
			{Type: "dropdown", ID: "kind", Attributes: Attributes{Label: "Laji", Options: []any{"A", "B"}}},
		}}
	}
	if ps := Validate(ok()); len(ps) > 0 {
		t.Fatalf("a valid form: %q", ps)
	}
	for name, breakIt := range map[string]func(f *Form){
		"no name":          func(f *Form) { f.Name = " " },
		"no description":   func(f *Form) { f.Description = "" },
		"bad id":           func(f *Form) { f.Body[1].ID = "nimi ä" },
		"id twice":         func(f *Form) { f.Body[2].ID = "NAME" },
		"label twice":      func(f *Form) { f.Body[2].Attributes.Label = "nimi" },
		"no label":         func(f *Form) { f.Body[1].Attributes.Label = "" },
		"option None":      func(f *Form) { f.Body[2].Attributes.Options = []any{"A", "None"} },
		"option twice":     func(f *Form) { f.Body[2].Attributes.Options = []any{"A", "A"} },
		"empty option":     func(f *Form) { f.Body[2].Attributes.Options = []any{"A", " "} },
		"no options":       func(f *Form) { f.Body[2].Attributes.Options = nil },
		"boolean option":   func(f *Form) { f.Body[2].Attributes.Options = []any{"Yes", "No"} },
		"unknown type":     func(f *Form) { f.Body[1].Type = "select" },
		"empty markdown":   func(f *Form) { f.Body[0].Attributes.Value = "" },
		"only markdown":    func(f *Form) { f.Body = f.Body[:1] },
		"options on input": func(f *Form) { f.Body[1].Attributes.Options = []any{"x"} },
		"checkbox no label": func(f *Form) {
			f.Body[1] = Element{Type: "checkboxes", ID: "c", Attributes: Attributes{Label: "C", Options: []any{map[string]any{"required": true}}}}
		},
	} {
		f := ok()
		breakIt(&f)
		if len(Validate(f)) == 0 {
			t.Errorf("%s: not caught", name)
		}
	}
}

// A term labelled None, or two with the same label, would make a form
// GitHub refuses: Problems says so before anything is written.
func TestAConfigGitHubWouldRefuseIsCaught(t *testing.T) {
	cfg, diags := config.Parse([]byte("title: T\nlanguages: [fi, en]\ntaxonomies:\n  focus_areas:\n    label: Teemat\n    terms:\n      none: None\n      food: {fi: Ruoka, en: Food}\n      food2: {fi: Ruoka, en: Food}\n"))
	if cfg == nil {
		t.Fatal(diags)
	}
	var all []string
	for _, f := range Generate(cfg) {
		all = append(all, f.Problems()...)
	}
	joined := strings.Join(all, "\n")
	if !strings.Contains(joined, "None") || !strings.Contains(joined, "twice") {
		t.Errorf("problems: %s", joined)
	}
}
