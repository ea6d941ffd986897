package match_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/kimppa/kimppa/bench/corpus"
	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/searchdoc"
	"github.com/kimppa/kimppa/generator/searchindex"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// BenchmarkMatch10000 times working out every suggestion of a synthetic
// site of 10,000 entities (make bench's corpus), after its search index:
// what matching adds to a build. Run: go test ./generator/match -bench .
func BenchmarkMatch10000(b *testing.B) {
	_, m, _ := corpus10000(b)
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

// BenchmarkMatchServe10000 times what kimppa serve's matching costs on
// the same site, against a build's: the first matching, which records
// what each need reads, and a matching after a save that changed
// nothing, which works out no need again.
func BenchmarkMatchServe10000(b *testing.B) {
	p, _, view := corpus10000(b)
	b.Run("build", func(b *testing.B) { // as a build matches: nothing recorded
		for range b.N {
			match.New(p.Model, view, match.Options{Today: p.Today}).All()
		}
	})
	b.Run("first", func(b *testing.B) {
		for range b.N {
			if _, err := match.New(p.Model, view, match.Options{Today: p.Today, Memo: match.NewMemo()}).AllContext(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
	memo := match.NewMemo()
	match.New(p.Model, view, match.Options{Today: p.Today, Memo: memo}).AllContext(context.Background())
	b.Run("again", func(b *testing.B) {
		for range b.N {
			if _, err := match.New(p.Model, view, match.Options{Today: p.Today, Memo: memo}).AllContext(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// corpus10000 is make bench's synthetic site of 10,000 entities, loaded,
// with its matcher and the search index view the matcher reads.
func corpus10000(b *testing.B) (*sitetest.Site, *match.Matcher, *searchindex.Index) {
	dir := b.TempDir()
	if err := corpus.Write(dir, 10000); err != nil {
		b.Fatal(err)
	}
	p := sitetest.Load(b, dir, sitetest.Options{Today: "2026-11-23"})
	m, view, err := searchdoc.Matcher(p.Model, p.Today)
	if err != nil {
		b.Fatal(err)
	}
	return p, m, view
}
