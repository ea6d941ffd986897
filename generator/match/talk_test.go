package match_test

import (
	"testing"

	"github.com/kimppa/kimppa/generator/match"
)

// TestTalkNobodyOffersKeepsFit: a Finnish conditional or -kaan clitic form
// the site does not have ("valitsisimme", "osaamistakaan", spoken
// "keksis", "voisko") is how the need
// is said, not a thing nobody offers: it leaves the fit as it is, while a
// noun nobody has ("valtuusto") lowers it.
func TestTalkNobodyOffersKeepsFit(t *testing.T) {
	p := sample(t)
	m := matcherOf(t, p)
	fit := func(need string) float64 {
		list := m.Need(need, "fi", match.Filters{})
		if len(list) == 0 {
			t.Fatalf("%q: no suggestions", need)
		}
		return list[0].Fit
	}
	base := fit("työpajan sitoumus")
	if got := fit("työpajan sitoumus valitsisimme osaamistakaan"); got != base {
		t.Errorf("talk lowered the fit from %.3f to %.3f", base, got)
	}
	if got := fit("työpajan sitoumus keksis voisko"); got != base { // spoken: keksisi, voisiko
		t.Errorf("spoken talk lowered the fit from %.3f to %.3f", base, got)
	}
	if got := fit("työpajan sitoumus valtuusto"); got >= base {
		t.Errorf("a noun nobody has left the fit at %.3f (alone %.3f)", got, base)
	}
}
