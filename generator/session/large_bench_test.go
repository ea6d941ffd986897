package session_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"testing"
	"time"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/session"
)

// BenchmarkSaveLargeSite times a save in a session on a large site, as
// kimppa serve sees it: the Update that serves the edited page, then the
// Finish steps that settle lists, index and matches. The site is a copy of
// $KIMPPA_BENCH_SITE (../shared/bench/gen_corpus.py 10000 DIR); with
// $KIMPPA_BENCH_PROFILE the saves' CPU profile is written there, with
// $KIMPPA_BENCH_MEMPROFILE the heap after them.
func BenchmarkSaveLargeSite(b *testing.B) {
	s, dir, actors := largeSession(b)
	ctx := context.Background()
	if prof := os.Getenv("KIMPPA_BENCH_PROFILE"); prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	var update, settle time.Duration
	worked := 0
	b.ResetTimer()
	for i := range b.N {
		rel := saveSummary(b, dir, actors[i%len(actors)])
		t := time.Now()
		u, err := s.Update(ctx, []string{rel})
		if err != nil || !u.Valid {
			b.Fatalf("save %d: %v valid=%v", i, err, u != nil && u.Valid)
		}
		update += time.Since(t)
		for u.Pending {
			if u, err = s.Finish(ctx); err != nil {
				b.Fatal(err)
			}
		}
		settle += time.Since(t)
		n, _ := s.MatchWork()
		worked += n
	}
	b.ReportMetric(float64(update.Milliseconds())/float64(b.N), "ms/page")
	b.ReportMetric(float64(worked)/float64(b.N), "needs-matched/save")
	b.ReportMetric(float64(settle.Milliseconds())/float64(b.N), "ms/settled")
	runtime.GC()
	if prof := os.Getenv("KIMPPA_BENCH_MEMPROFILE"); prof != "" {
		if f, err := os.Create(prof); err == nil {
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "MiB-live")
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "MiB-inuse") // live plus the free parts of the spans it holds
}

// BenchmarkSaveWhileSettling saves every 1.5 seconds as a member does
// while the previous save's lists, index and matches are still being
// worked out, as serve runs them: the save cancels that work and waits
// for it to stop before it renders the page. ms/page is from the save to
// the page, the wait included; ms/wait the wait alone.
func BenchmarkSaveWhileSettling(b *testing.B) {
	s, dir, actors := largeSession(b)
	var page, wait time.Duration
	var cancel context.CancelFunc = func() {}
	done := make(chan struct{})
	close(done)
	b.ResetTimer()
	for i := range b.N {
		rel := saveSummary(b, dir, actors[i%len(actors)])
		t := time.Now()
		cancel()
		<-done
		wait += time.Since(t)
		u, err := s.Update(context.Background(), []string{rel})
		if err != nil || !u.Valid {
			b.Fatalf("save %d: %v", i, err)
		}
		page += time.Since(t)
		var ctx context.Context
		ctx, cancel = context.WithCancel(context.Background())
		done = make(chan struct{})
		go func(pending bool) {
			defer close(done)
			for pending && ctx.Err() == nil {
				u, err := s.Finish(ctx)
				pending = err == nil && u.Pending
			}
		}(u.Pending)
		time.Sleep(1500 * time.Millisecond)
	}
	cancel()
	<-done
	b.ReportMetric(float64(page.Milliseconds())/float64(b.N), "ms/page")
	b.ReportMetric(float64(wait.Milliseconds())/float64(b.N), "ms/wait")
}

// largeSession is a session on a copy of $KIMPPA_BENCH_SITE, built, and
// the actor files to edit.
func largeSession(b *testing.B) (s *session.Session, dir string, actors []string) {
	src := os.Getenv("KIMPPA_BENCH_SITE")
	if src == "" {
		b.Skip("KIMPPA_BENCH_SITE is not set")
	}
	dir = b.TempDir()
	copyTree(b, src, dir, "kimppa.yaml", "content")
	s, err := session.Open(generator.Options{Source: dir, BaseURL: "http://127.0.0.1:1313/", Today: fixedToday})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if _, err := s.Build(context.Background()); err != nil {
		b.Fatal(err)
	}
	actors, _ = filepath.Glob(filepath.Join(dir, "content/actors/*.md"))
	return s, dir, actors
}

var (
	summaryLine = regexp.MustCompile(`(?m)^summary\s*[:=].*$`)
	tomlLine    = regexp.MustCompile(`^summary\s*=`)
)

// saveSummary gives the actor file f a new summary, in YAML or TOML front
// matter, as a member's save does, and returns its site path.
func saveSummary(b *testing.B, dir, f string) string {
	text, err := os.ReadFile(f)
	if err != nil {
		b.Fatal(err)
	}
	stamp := "Muokattu " + time.Now().Format(time.RFC3339Nano)
	text = summaryLine.ReplaceAllFunc(text, func(line []byte) []byte {
		if tomlLine.Match(line) {
			return []byte(`summary = "` + stamp + `"`)
		}
		return []byte("summary: " + stamp)
	})
	if err := os.WriteFile(f, text, 0o644); err != nil {
		b.Fatal(err)
	}
	rel, _ := filepath.Rel(dir, f)
	return filepath.ToSlash(rel)
}
