package match_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
)

// TestWordInMostDocsScoresButIsNoReason: on a site of a few hundred docs
// a word in more than half of them ("yritys" on the sample) still adds to
// the score of the docs that have it, by its small idf, but is never
// shown as a reason; a need of such words alone gets no suggestion.
func TestWordInMostDocsScoresButIsNoReason(t *testing.T) {
	p := sample(t)
	m := matcherOf(t, p)
	alone := m.Need("muovi", "fi", match.Filters{})
	with := m.Need("muovi yritys", "fi", match.Filters{})
	if len(alone) == 0 || len(with) == 0 {
		t.Fatal("no suggestions for muovi")
	}
	score := map[string]float64{}
	for _, s := range alone {
		score[s.Ref.String()] = s.Score
	}
	changed := false
	for _, s := range with {
		if slices.ContainsFunc(s.Because.Words, func(w string) bool { return strings.HasPrefix(w, "yritys") }) {
			t.Errorf("%s: %q, a word of most docs, is a reason", s.Ref, "yritys")
		}
		if old, ok := score[s.Ref.String()]; ok && old != s.Score {
			changed = true
		}
	}
	if !changed {
		t.Error("yritys, in most docs, adds nothing to any doc's score")
	}
	if list := m.Need("kiertotalous yritys", "fi", match.Filters{}); len(list) > 0 {
		t.Errorf("words of most docs alone gave %d suggestions, the first %s %v", len(list), list[0].Ref, list[0].Because.Words)
	}
}
