package corpus_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/kimppa/kimppa/bench/corpus"
	"github.com/kimppa/kimppa/generator"
)

// TestCorpusBuildsTheSameTwice builds a generated corpus of 600 entities
// twice, the second time on one core, and compares every byte: a larger
// site than the sample, with more of the ties and shared words that
// matching orders. (The tie that once made gen_corpus.py's 10,000-entity
// matches.json differ from build to build is held by
// match.TestEqualRoutesKeepTheSameOne; this corpus does not reach it.)
func TestCorpusBuildsTheSameTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("a 600-entity build, twice")
	}
	src := t.TempDir()
	if err := corpus.Write(src, 600); err != nil {
		t.Fatal(err)
	}
	out := func(name string) map[string][]byte {
		dir := filepath.Join(t.TempDir(), name)
		opts := generator.Options{Source: src, Out: dir, Today: "2026-12-01"}
		if _, err := generator.Build(context.Background(), opts); err != nil {
			t.Fatalf("build: %v", err)
		}
		files := map[string][]byte{}
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files[p[len(dir):]], _ = os.ReadFile(p)
			}
			return err
		})
		return files
	}
	a := out("a")
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b := out("b")
	if len(a) < 600 || len(a) != len(b) {
		t.Fatalf("%d and %d files", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}
