package match_test

import (
	"slices"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

// compoundSite has container and bus profiles; no text writes
// "laivakontti", and "laiva" only in another profile's words.
const compoundSite = `
-- kimppa.yaml --
title: T
languages: [fi]
-- content/actors/konttihuolto.md --
---
name: Konttihuolto Oy
kind: company
---
Korjaamme vanhoja merikontteja. Konttien vuokraus työmaille.
-- content/actors/varustamo.md --
---
name: Varustamo Oy
kind: company
---
Laivojen huolto ja telakointi satamassa.
-- content/actors/linja.md --
---
name: Linja Oy
kind: company
---
Ajamme busseja ja huollamme autoja.
`

// TestCompoundHeadIsAReason: a compound the site does not write, whose
// first part is a word of the site, is a kind of its head: "laivakontteja"
// finds the profile with "kontteja" and shows it as "laivakontteja →
// kontteja", with the fit a part gives (issue 18: no right answer without
// a reason). A head whose first part the site does not have stays a
// ranking signal only.
func TestCompoundHeadIsAReason(t *testing.T) {
	m := matcherOf(t, sitetest.Load(t, sitetest.Write(t, txtar.Parse([]byte(compoundSite))), sitetest.Options{Today: "2026-12-01"}))
	list := m.Need("Löytyykö laivakontteja?", "fi", match.Filters{})
	if len(list) == 0 || list[0].Ref.Slug != "konttihuolto" {
		t.Fatalf("laivakontteja: got %v, want konttihuolto first", list)
	}
	if !slices.Contains(list[0].Because.Words, "laivakontteja → kontteja") {
		t.Errorf("laivakontteja: reasons %v, want the head as a bridge", list[0].Because.Words)
	}
	if list[0].Fit > 0.5 {
		t.Errorf("laivakontteja: fit %.2f; a head covers at most half the word", list[0].Fit)
	}
	for _, sg := range m.Need("Tarvitaan rahtikontteja", "fi", match.Filters{}) { // no "rahti" on the site
		for _, w := range sg.Because.Words {
			if w == "rahtikontteja → kontteja" {
				t.Errorf("rahtikontteja: %s shows its head though the site has no first part", sg.Ref)
			}
		}
	}
}

// TestCliticIsReadOff: a question's clitic does not hide the word
// ("vuokraako" is vuokraa + -ko; "huoltaakin" huoltaa + -kin), while a
// word that only ends so is kept ("verkko").
func TestCliticIsReadOff(t *testing.T) {
	m := matcherOf(t, sitetest.Load(t, sitetest.Write(t, txtar.Parse([]byte(compoundSite))), sitetest.Options{Today: "2026-12-01"}))
	list := m.Need("vuokraako joku", "fi", match.Filters{})
	if len(list) == 0 || list[0].Ref.Slug != "konttihuolto" || !slices.Contains(list[0].Because.Words, "vuokraako") {
		t.Errorf("vuokraako: got %v, want konttihuolto for the word", list)
	}
}
