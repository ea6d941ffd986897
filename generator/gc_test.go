package generator_test

import (
	"runtime/debug"
	"testing"

	"github.com/kimppa/kimppa/generator"
)

// TestLargePortalTightensTheGC checks that a build of a portal of at
// least LargePortal entities lets the heap grow by 35 %, not double,
// unless GOGC is set, and that a smaller one leaves the collector alone.
func TestLargePortalTightensTheGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer func(n int) { *generator.LargePortal = n }(*generator.LargePortal)
	s := loadSite(t, "testdata/sites/opendata.txtar")
	for _, c := range []struct {
		name  string
		large int
		gogc  string
		want  int
	}{
		{"small", 1 << 30, "", 100},
		{"large", 1, "", 35},
		{"large, GOGC set", 1, "100", 100},
	} {
		t.Run(c.name, func(t *testing.T) {
			*generator.LargePortal = c.large
			t.Setenv("GOGC", c.gogc)
			debug.SetGCPercent(100)
			build(t, s.opts)
			if got := debug.SetGCPercent(100); got != c.want {
				t.Errorf("GOGC %d after the build, want %d", got, c.want)
			}
		})
	}
}
