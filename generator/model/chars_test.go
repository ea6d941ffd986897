package model_test

import (
	"math"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/model"
)

// TestControlAndBidiCharactersAreRefusedHoweverWritten: a control
// character written as a YAML or TOML escape decodes to the character
// itself; the decoded value is checked, in every kind of field.
func TestControlAndBidiCharactersAreRefusedHoweverWritten(t *testing.T) {
	for _, c := range []struct{ front, want string }{
		{`name: "Paha\0 Oy"`, "control character U+0000"},
		{`name: "Paha\e[31m Oy"`, "control character U+001B"},
		{`name: "Paha\x07 Oy"`, "control character U+0007"},
		{`name: "Paha\x0b Oy"`, "control character U+000B"},
		{`name: "Paha\N Oy"`, "control character U+0085"},
		{`name: "Paha\u0085 Oy"`, "control character U+0085"},
		{`name: "Paha\x9b Oy"`, "control character U+009B"},
		{`name: "Paha\L Oy"`, "control character U+2028"},
		{`name: "Paha\u202eyO ahaP"`, "bidirectional control U+202E"},
		{`name: "Paha\u2066Oy\u2069"`, "bidirectional control U+2066"},
		{`name: "Paha\u200fOy"`, "bidirectional control U+200F"},
		{`name: "Paha\u061cOy"`, "bidirectional control U+061C"},
		{"name: Paha Oy\nsummary: \"kuvaus\\x07\"", "control character U+0007"},
		{"name: Paha Oy\ntags: [\"a\\eb\"]", "control character U+001B"},
		{"name: Paha Oy\nmunicipality: \"Hel\\u202dsinki\"", "bidirectional control U+202D"},
		{"name: Paha Oy\nwebsite: \"https://example.org/\\u202e\"", "bidirectional control U+202E"},
		{"name: Paha Oy\ncontacts:\n  - name: \"Maija\\0\"", "control character U+0000"},
	} {
		_, diags := build(t, map[string]string{"content/actors/paha.md": "---\n" + c.front + "\nkind: company\n---\n"}, model.Options{})
		if got := strings.Join(strs(diags), "\n"); !strings.Contains(got, c.want) {
			t.Errorf("%s: diagnostics %q, want %q", c.front, got, c.want)
		}
	}
	// TOML's escapes decode the same way
	for _, c := range []struct{ front, want string }{
		{`name = "Paha\u0007 Oy"`, "control character U+0007"},
		{`name = "Paha\u202E Oy"`, "bidirectional control U+202E"},
		{`name = "Paha\b Oy"`, "control character U+0008"},
	} {
		_, diags := build(t, map[string]string{"content/actors/paha.md": "+++\n" + c.front + "\nkind = \"company\"\n+++\n"}, model.Options{})
		if got := strings.Join(strs(diags), "\n"); !strings.Contains(got, c.want) {
			t.Errorf("%s: diagnostics %q, want %q", c.front, got, c.want)
		}
	}
	// right-to-left text without controls, tabs in a body: fine
	_, diags := build(t, map[string]string{"content/actors/ok.md": "---\nname: \"شركة Oy\"\nkind: company\n---\nTeksti\tja \u202eRTL\u202c.\n"}, model.Options{})
	if len(diags) > 0 {
		t.Errorf("plain text refused: %v", strs(diags))
	}
}

// TestMinusZeroIsZero: -0 euros is 0, not a number that prints "-0".
func TestMinusZeroIsZero(t *testing.T) {
	s, diags := build(t, map[string]string{"content/projects/p.md": "---\ntitle: P\nstatus: ongoing\nbudget: -0\n---\n"}, model.Options{})
	if len(diags) > 0 {
		t.Fatal(strs(diags))
	}
	m, ok := s.Entities[model.Ref{Type: "projects", Slug: "p"}].Money("budget")
	if !ok || m != 0 || math.Signbit(m) {
		t.Errorf("budget = %v, %v (sign bit %v)", m, ok, math.Signbit(m))
	}
}
