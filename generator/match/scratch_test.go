package match_test

import (
	"os"
	"strings"
	"testing"
)

func TestScratchNeeds(t *testing.T) {
	needs := os.Getenv("SCRATCH_NEEDS")
	if needs == "" {
		t.Skip()
	}
	m := matcherOf(t, portal(t, os.Getenv("SCRATCH_PORTAL")))
	for _, n := range strings.Split(needs, "\n") {
		t.Logf("NEED %s", n)
		for i, s := range m.Need(n, "fi", pageTypes) {
			if i < 5 {
				t.Logf("  %s fit %.2f %s %v %v", s.Ref, s.Fit, s.Strength, s.Because.Words, s.Because.Terms)
			}
		}
	}
}
