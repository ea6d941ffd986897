package generator_test

// The cost of every stage is bounded by the size of its input: what check
// accepts, build builds, in work that grows linearly with the content.
// Work is measured as bytes allocated and bytes written, never as time;
// searchindex's TestWordLevelWorkIsBounded proves that no word longer than
// MaxWordRunes reaches the word-level steps whose work is per letter
// pair (the compound splitter), which allocation would not show.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator"
)

// boundedSite writes a site of actors actors, each tagged with all of
// terms taxonomy terms, and one actor, service and project whose name,
// tags and body are one a–z word of about wordBytes bytes.
func boundedSite(t *testing.T, dir string, wordBytes, terms, actors int) {
	t.Helper()
	files := map[string]string{}
	var cfg strings.Builder
	cfg.WriteString("title: {fi: Testi, en: Test}\nbase_url: https://example.org/\nlanguages: [fi, en]\nadmins: [admin]\n" +
		"taxonomies:\n  focus_areas:\n    label: {fi: Teemat, en: Themes}\n    path: {fi: teemat, en: themes}\n    terms:\n")
	keys := make([]string, terms)
	for i := range terms {
		keys[i] = fmt.Sprintf("t%d", i)
		fmt.Fprintf(&cfg, "      t%d: {fi: Teema numero %d, en: Theme number %d}\n", i, i, i)
	}
	files["kimppa.yaml"] = cfg.String()
	for i := range actors {
		files[fmt.Sprintf("content/actors/a%d.md", i)] = fmt.Sprintf("---\nname: Toimija %d\nkind: company\nfocus_areas: [%s]\n---\nToimija.\n", i, strings.Join(keys, ", "))
	}
	if wordBytes > 0 {
		word := func(n int) string { return strings.Repeat("kiertomuovi", n/11) }
		// each file stays under the 1 MB limit with its front matter
		files["content/actors/pitka.md"] = "---\nname: " + word(wordBytes/2) + "\nkind: company\n---\n" + word(wordBytes/2-100) + "\n"
		files["content/services/pitka.md"] = "---\ntitle: " + word(wordBytes/2) + "\nproviders: [pitka]\ntags: [" + word(wordBytes/3) + "]\n---\n"
		files["content/projects/pitka.md"] = "---\ntitle: Hanke\nstatus: ongoing\nstart: 2024-01-01\ncoordinator: pitka\n---\n" + word(wordBytes-200) + "\n"
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// buildCost checks and builds the site in dir under the memory watchdog
// and returns the bytes the build allocated and the bytes it wrote.
func buildCost(t *testing.T, dir string) (alloc, written int64) {
	t.Helper()
	opts := generator.Options{Source: dir, Out: filepath.Join(dir, "public"), Today: fixedToday}
	var before, after runtime.MemStats
	watch(t, func() error {
		diags, err := generator.Check(context.Background(), opts)
		if err != nil {
			return err
		}
		if diags.Failed(false) {
			return fmt.Errorf("check refuses the site:\n%s", diags)
		}
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err = generator.Build(context.Background(), opts)
		runtime.ReadMemStats(&after)
		return err
	})
	err := filepath.WalkDir(opts.Out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		written += info.Size()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return int64(after.TotalAlloc - before.TotalAlloc), written
}

// TestOneWordUpToTheFileLimitBuildsInLinearWork: a name, title, tag and
// body that are each one a–z word up to the file limit pass check; build
// must build them, and doubling the word at most about doubles the work
// (a word-level step that is quadratic in the word took 233 s for 1 MB).
func TestOneWordUpToTheFileLimitBuildsInLinearWork(t *testing.T) {
	const big = 1000 << 10
	base, _ := buildCost(t, mkdir(t, func(dir string) { boundedSite(t, dir, 0, 3, 3) }))
	half, _ := buildCost(t, mkdir(t, func(dir string) { boundedSite(t, dir, big/2, 3, 3) }))
	full, _ := buildCost(t, mkdir(t, func(dir string) { boundedSite(t, dir, big, 3, 3) }))
	t.Logf("allocated: no word %d MB, %d KB words %d MB, %d KB words %d MB", base>>20, big>>11, half>>20, big>>10, full>>20)
	// linear: the word's share of the work doubles; quadratic: it quadruples
	if grow := float64(full-base) / float64(half-base); grow > 3 {
		t.Errorf("doubling the word multiplies the build's allocations by %.1f: not linear", grow)
	}
}

func mkdir(t *testing.T, fill func(dir string)) string {
	dir := t.TempDir()
	fill(dir)
	return dir
}

// TestOutputGrowsLinearlyWithTerms: 20 actors each tagged with every term
// of a taxonomy; four times the terms (and so four times the content)
// must write at most about four times the bytes. Every term page listing
// its entries with all their chips and facets, and every term page
// listing every term, wrote terms² (600 terms: 1.1 GB).
func TestOutputGrowsLinearlyWithTerms(t *testing.T) {
	const actors = 20
	_, small := buildCost(t, mkdir(t, func(dir string) { boundedSite(t, dir, 0, 40, actors) }))
	_, large := buildCost(t, mkdir(t, func(dir string) { boundedSite(t, dir, 0, 160, actors) }))
	t.Logf("output: 40 terms %d KB, 160 terms %d KB", small>>10, large>>10)
	if grow := float64(large) / float64(small); grow > 6 {
		t.Errorf("four times the terms write %.1f times the bytes: output is not linear in the content", grow)
	}
}

// FuzzBoundedSites states the property of the two tests above for any
// size: a site with a word of wordKB kilobytes (up to the file limit) and
// terms terms on actors actors, and the same site with four times the
// word and the terms, both pass check and build under the memory
// watchdog, and the larger writes at most about four times the bytes.
// `go test` runs the seeds; `go test -fuzz FuzzBoundedSites ./generator`
// explores further.
func FuzzBoundedSites(f *testing.F) {
	f.Add(uint16(16), uint16(10), uint8(5))
	f.Add(uint16(0), uint16(30), uint8(12))
	f.Fuzz(func(t *testing.T, wordKB, terms uint16, actors uint8) {
		word := int(wordKB%251) << 10 // ×4 stays under the 1 MB limit
		n, a := 1+int(terms%150), 1+int(actors%30)
		_, small := buildCost(t, mkdir(t, func(dir string) { boundedSite(t, dir, word, n, a) }))
		_, large := buildCost(t, mkdir(t, func(dir string) { boundedSite(t, dir, 4*word, 4*n, a) }))
		if grow := float64(large) / float64(small); grow > 6 {
			t.Errorf("word %d KB, %d terms, %d actors: four times the content writes %.1f times the bytes", word>>10, n, a, grow)
		}
	})
}

// checkAlloc checks the site in dir and returns the bytes it allocated.
func checkAlloc(t *testing.T, dir string) int64 {
	t.Helper()
	var before, after runtime.MemStats
	watch(t, func() error {
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := generator.Check(context.Background(), generator.Options{Source: dir, Today: fixedToday})
		runtime.ReadMemStats(&after)
		return err
	})
	return int64(after.TotalAlloc - before.TotalAlloc)
}

// TestUnknownReferencesCheckInLinearWork: a file of n unknown references
// and unknown terms in a site of n actors. Each "did you mean" compared a
// reference with every slug, so four times the content made sixteen
// times the work (50,000 references against 300 actors: 256 s); a file
// now gets at most diag.MaxHintsPerFile hints.
func TestUnknownReferencesCheckInLinearWork(t *testing.T) {
	site := func(n int) func(dir string) {
		return func(dir string) {
			boundedSite(t, dir, 0, 3, n)
			var refs, terms []string
			for i := range n {
				refs = append(refs, fmt.Sprintf("toimia-%d", i))
				terms = append(terms, fmt.Sprintf("t%dx", i))
			}
			front := fmt.Sprintf("---\ntitle: P\nstatus: ongoing\npartners: [%s]\nfocus_areas: [%s]\n---\n", strings.Join(refs, ", "), strings.Join(terms, ", "))
			if err := os.MkdirAll(filepath.Join(dir, "content/projects"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "content/projects/p.md"), []byte(front), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	small := checkAlloc(t, mkdir(t, site(400)))
	large := checkAlloc(t, mkdir(t, site(1600)))
	t.Logf("allocated: 400 %d MB, 1600 %d MB", small>>20, large>>20)
	if grow := float64(large) / float64(small); grow > 6 {
		t.Errorf("four times the content allocates %.1f times the bytes: not linear", grow)
	}
}
