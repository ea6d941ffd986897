package generator_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator"
)

// tree reads every file below dir: slash path → bytes.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameTree(t *testing.T, a, b map[string][]byte, what string) {
	t.Helper()
	for p, data := range a {
		other, ok := b[p]
		switch {
		case !ok:
			t.Errorf("%s: %s is only in the first", what, p)
		case !bytes.Equal(data, other):
			t.Errorf("%s: %s differs", what, p)
		}
	}
	for p := range b {
		if _, ok := a[p]; !ok {
			t.Errorf("%s: %s is only in the second", what, p)
		}
	}
}

func build(t *testing.T, opts generator.Options) {
	t.Helper()
	diags, err := generator.Build(context.Background(), opts)
	if err != nil {
		t.Fatalf("Build: %v\n%s", err, format(t, diags, "text"))
	}
}

// TestBuildIsDeterministic builds the same site twice, the second time on
// one core, and compares every byte of every file.
func TestBuildIsDeterministic(t *testing.T) {
	s := loadSite(t, "testdata/sites/valid.txtar")
	first, second := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	s.opts.Out = first
	build(t, s.opts)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	s.opts.Out = second
	build(t, s.opts)
	a, b := tree(t, first), tree(t, second)
	if len(a) == 0 {
		t.Fatal("the build wrote no files")
	}
	sameTree(t, a, b, "two builds")
}

// TestFailedBuildLeavesOutputAsItWas builds a valid site, breaks a file
// and builds again: the build fails and the output is byte for byte the
// same, with no temporary folder left beside it.
func TestFailedBuildLeavesOutputAsItWas(t *testing.T) {
	s := loadSite(t, "testdata/sites/valid.txtar")
	build(t, s.opts)
	before := tree(t, s.opts.Out)
	if len(before) == 0 {
		t.Fatal("the build wrote no files")
	}
	for _, broken := range []struct{ file, text, want string }{
		{"content/actors/vtt.md", "---\nname: VTT\nkind: researcher\n---\n", `content/actors/vtt.md:3:7: error: "researcher" is not an allowed value of "kind"`},
		{"content/actors/vtt.md", "---\nname: VTT\nsummary: a: b\n---\n", "content/actors/vtt.md:3:1: error: broken front matter"},
		{"kimppa.yaml", "title: [\n", "kimppa.yaml:1:1: error: broken YAML"},
	} {
		full := filepath.Join(s.dir, filepath.FromSlash(broken.file))
		good, err := os.ReadFile(full)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(broken.text), 0o644); err != nil {
			t.Fatal(err)
		}
		diags, err := generator.Build(context.Background(), s.opts)
		if !errors.Is(err, generator.ErrInvalid) {
			t.Errorf("%s: Build = %v, want ErrInvalid", broken.file, err)
		}
		if text := string(format(t, diags, "text")); !strings.Contains(text, broken.want) {
			t.Errorf("%s: diagnostics\n%s\nwant %q", broken.file, text, broken.want)
		}
		sameTree(t, before, tree(t, s.opts.Out), "output before and after a failed build")
		entries, err := os.ReadDir(filepath.Dir(s.opts.Out))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if !slices.Equal(names, []string{filepath.Base(s.opts.Out)}) {
			t.Errorf("%s: beside the output: %q, want only %q", broken.file, names, filepath.Base(s.opts.Out))
		}
		if err := os.WriteFile(full, good, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Fixed again, the site builds into the same output.
	build(t, s.opts)
	sameTree(t, before, tree(t, s.opts.Out), "output of the same site")
}

// TestBuildReplacesTheWholeOutput removes pages of deleted entities.
func TestBuildReplacesTheWholeOutput(t *testing.T) {
	s := loadSite(t, "testdata/sites/valid.txtar")
	build(t, s.opts)
	if err := os.WriteFile(filepath.Join(s.opts.Out, "stale.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	build(t, s.opts)
	if _, err := os.Stat(filepath.Join(s.opts.Out, "stale.html")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file of an earlier build survived: %v", err)
	}
}

// TestDraftsArePublishedOnlyWithDrafts looks for a draft's slug in every
// output file.
func TestDraftsArePublishedOnlyWithDrafts(t *testing.T) {
	s := loadSite(t, "testdata/sites/valid.txtar")
	draft := filepath.Join(s.dir, "content", "actors", "salainen-luonnos.md")
	if err := os.WriteFile(draft, []byte("---\nname: Salainen luonnos\nkind: company\ndraft: true\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mentions := func() []string {
		var out []string
		for p, b := range tree(t, s.opts.Out) {
			if strings.Contains(p, "salainen-luonnos") || bytes.Contains(b, []byte("salainen-luonnos")) {
				out = append(out, p)
			}
		}
		return out
	}
	build(t, s.opts)
	if m := mentions(); len(m) > 0 {
		t.Errorf("a draft is published without --drafts: %q", m)
	}
	s.opts.Drafts = true
	build(t, s.opts)
	if files := tree(t, s.opts.Out); len(files) > 0 && len(mentions()) == 0 {
		t.Errorf("a draft is not published with --drafts")
	}
}

// TestCheckOfAMissingSiteIsAnError: only content problems are
// diagnostics; a folder that is not a site is an error.
func TestCheckOfAMissingSiteIsAnError(t *testing.T) {
	for _, dir := range []string{filepath.Join(t.TempDir(), "nowhere"), t.TempDir()} {
		diags, err := generator.Check(context.Background(), generator.Options{Source: dir})
		if err == nil || len(diags) > 0 {
			t.Errorf("Check(%s) = %v, %v; want an error", dir, diags, err)
		}
	}
}

// TestStrictMakesWarningsFail: warnings alone let a build write, unless
// it is strict.
func TestStrictMakesWarningsFail(t *testing.T) {
	s := loadSite(t, "testdata/sites/warnings.txtar")
	diags, err := generator.Build(context.Background(), s.opts)
	if err != nil || diags.Warnings() == 0 || diags.Errors() != 0 {
		t.Fatalf("Build = %d errors, %d warnings, %v; want only warnings and no error", diags.Errors(), diags.Warnings(), err)
	}
	before := tree(t, s.opts.Out)
	s.opts.Strict = true
	if _, err := generator.Build(context.Background(), s.opts); !errors.Is(err, generator.ErrInvalid) {
		t.Errorf("strict Build = %v, want ErrInvalid", err)
	}
	sameTree(t, before, tree(t, s.opts.Out), "output before and after a failed strict build")
}

// TestBuildRefusesAnOutThatIsNotItsOwnFirst: an --out kimppa will not
// replace is refused before the site is read, so even an invalid site
// gets the refusal, and nothing beside or in the folder changes.
func TestBuildRefusesAnOutThatIsNotItsOwnFirst(t *testing.T) {
	s := loadSite(t, "testdata/sites/valid.txtar")
	if err := os.WriteFile(filepath.Join(s.dir, "kimppa.yaml"), []byte("title: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := filepath.Join(t.TempDir(), "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(docs, "letter.txt"), []byte("my letter"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{s.dir, filepath.Join(s.dir, "content"), filepath.Dir(s.dir), docs} {
		s.opts.Out = out
		diags, err := generator.Build(context.Background(), s.opts)
		var refused *generator.TargetError
		if !errors.As(err, &refused) || len(diags) > 0 {
			t.Errorf("Build(--out %s) = %v, %d diagnostics; want a *TargetError and none", out, err, len(diags))
		}
	}
	if got := tree(t, filepath.Dir(docs)); len(got) != 1 || string(got["docs/letter.txt"]) != "my letter" {
		t.Errorf("after the refusals the documents' folder holds %q", slices.Collect(maps.Keys(got)))
	}
}
