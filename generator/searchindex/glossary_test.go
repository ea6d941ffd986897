package searchindex

import (
	"slices"
	"strings"
	"testing"
)

// TestGlossaryWordsAreWordsOfTheirLanguage: every glossary word is one
// word as a need's text is read (else no need could ever use it), and
// every Finnish word it finds is one word too (the JS table is split at
// spaces) and no filler: a bridge to filler would score and be shown.
func TestGlossaryWordsAreWordsOfTheirLanguage(t *testing.T) {
	for lang, table := range bridges {
		for w, fis := range table {
			if ws := Words(lang, w); len(ws) != 1 || ws[0].Folded != fold(w) {
				t.Errorf("%s glossary word %q is read as %v", lang, w, ws)
			}
			for _, fi := range fis {
				if strings.ContainsAny(fi, " ,:") || fi == "" {
					t.Errorf("%s %q → %q: not one Finnish word", lang, w, fi)
				}
				if Filler(fold(fi)) {
					t.Errorf("%s %q → %q: a Finnish word of filler", lang, w, fi)
				}
			}
		}
	}
}

// TestGlossaryGeneralRepeatsNoWord: the general vocabulary adds words,
// it does not say again what the core tables say (one place per word).
func TestGlossaryGeneralRepeatsNoWord(t *testing.T) {
	for _, pair := range [][2]map[string][]string{{enGlossary, enGeneral}, {svGlossary, svGeneral}} {
		for w := range pair[1] {
			if _, ok := pair[0][w]; ok {
				t.Errorf("%q is in both tables", w)
			}
		}
	}
}

// TestGlossaryIsBroad: the glossary is a general vocabulary of needs,
// not a list of a few portals' words.
func TestGlossaryIsBroad(t *testing.T) {
	if n := len(glossaryWords["en"]); n < 1000 {
		t.Errorf("%d English words, want 1,000 or more", n)
	}
	if n := len(glossaryWords["sv"]); n < 600 {
		t.Errorf("%d Swedish words, want 600 or more", n)
	}
}

// TestPrunedGlossaryFindsEveryWord: every word the glossary was written
// with finds its Finnish words in a need of its language, though the
// table keeps only one form of a stem whose forms find the same.
func TestPrunedGlossaryFindsEveryWord(t *testing.T) {
	for lang, table := range glossaryWords {
		for w, fis := range table {
			got := TranslatedKeys(lang, []string{"fi"}, fold(w))
			for _, fi := range fis {
				k := stem("fi", fold(fi))
				if k != stem(lang, fold(w)) && !slices.ContainsFunc(got, func(kw KeyWeight) bool { return kw.Key == k }) {
					t.Errorf("%s %q finds %v, not %q", lang, w, got, fi)
				}
			}
		}
	}
}
