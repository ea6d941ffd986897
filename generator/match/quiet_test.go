package match_test

import (
	"slices"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
)

// TestQuietWordRanksButIsNoReason: a quiet word (searchindex.QuietForm:
// "vaihtoehdossa", "syntyy", of how or when, not what) adds to the score
// of the texts that have it, as any word does, but is never shown as a
// reason; a need of quiet words alone gets no suggestion.
func TestQuietWordRanksButIsNoReason(t *testing.T) {
	m := matcherOf(t, sample(t))
	plain := m.Need("päästöjä", "fi", match.Filters{})
	with := m.Need("päästöjä syntyy vaihtoehdossa", "fi", match.Filters{})
	score := map[string]float64{}
	for _, s := range plain {
		score[s.Ref.String()] = s.Score
	}
	changed := false
	for _, s := range with {
		for _, w := range []string{"syntyy", "vaihtoehdossa"} {
			if slices.Contains(s.Because.Words, w) {
				t.Errorf("%s: %q, a quiet word, is a reason", s.Ref, w)
			}
		}
		if old, ok := score[s.Ref.String()]; ok && old != s.Score {
			changed = true
		}
	}
	if !changed {
		t.Error("the quiet words add nothing to any suggestion's score")
	}
	if list := m.Need("syntyy vaihtoehdossa samalla", "fi", match.Filters{}); len(list) > 0 {
		t.Errorf("quiet words alone gave %d suggestions, the first %s %v", len(list), list[0].Ref, list[0].Because.Words)
	}
}
