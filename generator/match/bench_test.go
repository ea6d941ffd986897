package match_test

import (
	"runtime"
	"testing"

	"github.com/kimppa/kimppa/bench/corpus"
	"github.com/kimppa/kimppa/generator/searchdoc"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// BenchmarkMatch10000 times working out every suggestion of a synthetic
// site of 10,000 entities (make bench's corpus), after its search index:
// what matching adds to a build. Run: go test ./generator/match -bench .
func BenchmarkMatch10000(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.Write(dir, 10000); err != nil {
		b.Fatal(err)
	}
	p := sitetest.Load(b, dir, sitetest.Options{Today: "2026-11-23"})
	m, _, err := searchdoc.Matcher(p.Model, p.Today)
	if err != nil {
		b.Fatal(err)
	}
	var before, after runtime.MemStats
	b.ResetTimer()
	for range b.N {
		runtime.GC()
		runtime.ReadMemStats(&before)
		r := m.All()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "MB-allocated/op")
		if len(r.Partners) == 0 {
			b.Fatal("no partners")
		}
	}
}
