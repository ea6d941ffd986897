package match_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

// TestTranslationIsReadInItsLanguage: a challenge whose need is told in
// its English translation file finds the Finnish profile that meets it,
// through the glossary (the English words read as English, bridged to
// Finnish), and no English stop word is a reason (issue 18: "a
// translation file, where there is one, is read in its language").
func TestTranslationIsReadInItsLanguage(t *testing.T) {
	s := sitetest.Load(t, sitetest.Write(t, txtar.Parse([]byte(`
-- kimppa.yaml --
title: T
languages: [fi, en]
-- content/actors/kaupunki.md --
---
name: Kaupunki
kind: municipality
---
Kaupunki.
-- content/actors/pakkaus.md --
---
name: Kiertopakkaus Oy
kind: company
---
Keräämme muovia ja muovipakkauksia ja kierrätämme ne uusiksi tuotteiksi.
-- content/actors/puu.md --
---
name: Puuverstas Oy
kind: company
---
Korjaamme vanhoja huonekaluja verstaallamme.
-- content/challenges/haaste.md --
---
title: Haaste
owner: kaupunki
status: open
---
Haaste.
-- content/challenges/haaste.en.md --
---
title: Plastic packaging from our events
---
We are looking for a partner who would collect and recycle the plastic packaging and waste of our events.
`))), sitetest.Options{Today: "2026-12-01"})
	if s.Diags.Failed(false) {
		t.Fatal(s.Diags)
	}
	m := matcherOf(t, s)
	solvers := m.All().Solvers[model.Ref{Type: "challenges", Slug: "haaste"}]
	if len(solvers) == 0 || solvers[0].Ref.Slug != "pakkaus" {
		t.Fatalf("the English need does not find the Finnish packaging recycler: %+v", solvers)
	}
	words := solvers[0].Because.Words
	if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "plastic") || strings.HasPrefix(w, "packaging") }) {
		t.Errorf("reasons %q: no bridged English word", words)
	}
	for _, w := range words {
		if slices.Contains([]string{"we", "are", "for", "a", "who", "would", "and", "the", "of", "our"}, strings.Fields(w)[0]) {
			t.Errorf("reasons %q: %q is an English stop word", words, w)
		}
	}
}
