package match_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// reasonWords are the reason words of a need's suggestions, by ref.
func reasonWords(list []match.Suggestion) map[string][]string {
	out := map[string][]string{}
	for _, s := range list {
		out[s.Ref.String()] = s.Because.Words
	}
	return out
}

// TestConceptBridgeIsShownAsBridge: a word the site does not write
// reaches, through the concept vocabulary, what it names ("manure" is
// no word of the sample, whose biogas plant takes it), and the reason
// says so as a bridge ("manure → biokaasu").
func TestConceptBridgeIsShownAsBridge(t *testing.T) {
	m := matcherOf(t, sample(t))
	list := m.Need("We have manure from our farm every week.", "en", match.Filters{})
	for ref, ws := range reasonWords(list) {
		if slices.Contains(ws, "manure → biokaasu") {
			return
		}
		_ = ref
	}
	t.Errorf("no suggestion gives manure → biokaasu: %v", reasonWords(list))
}

// TestConceptWeakerThanSharedWord: the same doc found through a concept
// fits a need less than found by the word itself (or its translation):
// a concept is weaker evidence.
func TestConceptWeakerThanSharedWord(t *testing.T) {
	m := matcherOf(t, sample(t))
	fit := func(need string) float64 {
		for _, s := range m.Need(need, "en", match.Filters{}) {
			if s.Ref.String() == "services/ekomo" {
				return s.Fit
			}
		}
		return 0
	}
	word, concept := fit("biogas"), fit("manure")
	if concept == 0 || word == 0 {
		t.Fatalf("ekomo is not found: biogas %.2f, manure %.2f", word, concept)
	}
	if concept >= word {
		t.Errorf("found through a concept ekomo fits %.2f, by the word itself %.2f", concept, word)
	}
	if searchindex.ConceptWeight >= 0.8 {
		t.Errorf("a concept's word counts %.2f, as much as a glossary word", searchindex.ConceptWeight)
	}
}

// TestPlaceRanksButIsNoReason: a place a need names ranks what its words
// find there, but is never a reason, and alone finds nothing.
func TestPlaceRanksButIsNoReason(t *testing.T) {
	m := matcherOf(t, sample(t))
	plain := m.Need("Muovin kierrätys ja lajittelu", "fi", match.Filters{})
	placed := m.Need("Muovin kierrätys ja lajittelu Helsingissä", "fi", match.Filters{})
	score := map[string]float64{}
	for _, s := range plain {
		score[s.Ref.String()] = s.Score
	}
	changed := false
	for _, s := range placed {
		for _, w := range s.Because.Words {
			if strings.HasPrefix(strings.ToLower(w), "helsing") {
				t.Errorf("%s has the place %q as a reason", s.Ref, w)
			}
		}
		if old, ok := score[s.Ref.String()]; ok && old != s.Score {
			changed = true
		}
	}
	if !changed {
		t.Error("the need's place ranks nothing")
	}
	for _, need := range []string{"Helsingissä", "Ouluun"} {
		if list := m.Need(need, "fi", match.Filters{}); len(list) > 0 {
			t.Errorf("%q alone gives %d suggestions, the first %s", need, len(list), list[0].Ref)
		}
	}
}

// TestFinnishFillerInEnglishNeed: a Finnish word of asking or trading in
// a need read as English ("kuka myy?") is no reason.
func TestFinnishFillerInEnglishNeedIsNoReason(t *testing.T) {
	m := matcherOf(t, portal(t, "portal3")) // whose mill writes "myy"
	for _, s := range m.Need("Our factory needs oat hulls as raw material, kuka myy or ostaa?", "en", match.Filters{}) {
		for _, w := range s.Because.Words {
			if own, _, _ := strings.Cut(w, " → "); own == "myy" || own == "ostaa" {
				t.Errorf("%s has %q as a reason", s.Ref, w)
			}
		}
	}
}
