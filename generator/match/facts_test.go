package match_test

import (
	"reflect"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
)

// TestLoopsReadFactsOnce: what matching asks of every doc it meets (a
// funding source's open calls, eligible kinds and regions, whether a
// challenge is open, an actor's kind, a doc's terms) is read once, when
// the Matcher is made, not in the loops over candidates; so clearing
// those fields in the model afterwards changes no suggestion. (A loop
// that read the model would lose every call and challenge here.)
func TestLoopsReadFactsOnce(t *testing.T) {
	p := sample(t)
	m := matcherOf(t, p)
	need := func() []match.Suggestion {
		return m.Need("rahoitusta muovin kierrätykseen ja maamassojen hyötykäyttöön", "fi", match.Filters{Types: []string{"actors", "services", "challenges", "funding"}, Place: "Helsinki"})
	}
	before, typed := m.All(), need()
	calls := 0
	for _, l := range before.Calls {
		calls += len(l)
	}
	t.Logf("%d calls, %d suggestions for the typed need", calls, len(typed))
	if calls == 0 || len(typed) == 0 {
		t.Fatal("nothing to compare")
	}
	for _, e := range p.Model.Entities {
		switch e.Type {
		case "funding":
			for _, f := range []string{"calls", "eligible", "regions", "focus_areas", "business_models"} {
				delete(e.Default.Fields, f)
			}
		case "challenges":
			delete(e.Default.Fields, "status")
		}
	}
	if after := m.All(); !reflect.DeepEqual(before, after) {
		t.Error("the suggestions changed with the model: the loops read it, not their facts")
	}
	if after := need(); !reflect.DeepEqual(typed, after) {
		t.Error("a typed need's suggestions changed with the model: the loops read it, not their facts")
	}
}
