package match_test

import (
	"slices"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
)

// TestPartOfAWordCoversPartOfFit: a compound found only by its first
// part ("ravintolaketjumme": the sample has restaurants, no chains) is
// no reason, yet covers part of the need: the fit of a suggestion that
// has the part lies between that of a word nobody has and that of the
// word itself.
func TestPartOfAWordCoversPartOfFit(t *testing.T) {
	m := matcherOf(t, sample(t))
	fit := func(need string) float64 {
		for _, s := range m.Need(need, "fi", match.Filters{}) {
			if s.Ref.String() == "actors/haaga-helia" {
				if slices.ContainsFunc(s.Because.Words, func(w string) bool { return w == "ravintolaketjumme" }) {
					t.Errorf("%q: a part is shown as a reason: %v", need, s.Because.Words)
				}
				return s.Fit
			}
		}
		t.Fatalf("%q: haaga-helia not suggested", need)
		return 0
	}
	part, none, whole := fit("ruokahävikki ravintolaketjumme"), fit("ruokahävikki valtuusto"), fit("ruokahävikki ravintola")
	if !(none < part && part < whole) {
		t.Errorf("fit with a word nobody has %.3f, with a part of it %.3f, with the word %.3f: want them rising", none, part, whole)
	}
}
