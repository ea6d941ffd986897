package diff_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/diff"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

func extract(t *testing.T, file, dir string) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		full := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func load(t *testing.T, dir string) *sitetest.Site {
	t.Helper()
	p := sitetest.Load(t, dir, sitetest.Options{Today: "2025-06-01"})
	if p.Model == nil {
		t.Fatalf("%s does not load: %v", dir, p.Diags)
	}
	return p
}

// golden compares got with testdata/golden/name, or rewrites it.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	sitetest.Golden(t, filepath.Join("testdata", "golden", name), got)
}

func report(t *testing.T) *diff.Report {
	t.Helper()
	base, head := t.TempDir(), t.TempDir()
	extract(t, "testdata/base.txtar", base)
	extract(t, "testdata/head.txtar", head)
	hp := load(t, head)
	r := diff.Compare(load(t, base).Model, hp.Model, hp.Diags)
	r.Base, r.Head = "main", "HEAD"
	return r
}

func TestReportGolden(t *testing.T) {
	r := report(t)
	for _, lang := range diff.Langs {
		for _, format := range diff.Formats {
			var b bytes.Buffer
			if err := r.Write(&b, format, lang); err != nil {
				t.Fatal(err)
			}
			ext := map[string]string{"markdown": "md", "json": "json"}[format]
			golden(t, "report."+lang+"."+ext, b.Bytes())
		}
	}
}

func TestReportJSONIsValid(t *testing.T) {
	var b bytes.Buffer
	if err := report(t).Write(&b, "json", "en"); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Summary  map[string]int `json:"summary"`
		Entities []struct {
			Type, Slug, Change string
		} `json:"entities"`
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Summary["added"] != 1 || v.Summary["removed"] != 1 || v.Summary["changed"] != 5 {
		t.Errorf("summary = %v", v.Summary)
	}
}

func TestMarkdownShowsContentAsWritten(t *testing.T) {
	md := report(t).Markdown("en")
	for _, bad := range []string{"[Matti](", "<b>", " @someone"} {
		if strings.Contains(md, bad) {
			t.Errorf("the report renders %q from the content as Markdown", bad)
		}
	}
}

func TestSameSiteHasNoChanges(t *testing.T) {
	dir := t.TempDir()
	extract(t, "testdata/base.txtar", dir)
	p := load(t, dir)
	r := diff.Compare(p.Model, load(t, dir).Model, nil)
	if !r.Empty() {
		t.Errorf("a site compared with itself has changes: %+v", r.Entities)
	}
	if md := r.Markdown("fi"); !strings.Contains(md, "Sisältö ei muutu.") {
		t.Errorf("markdown = %q", md)
	}
}

func TestUnknownLanguageAndFormat(t *testing.T) {
	r := report(t)
	if err := r.Write(&bytes.Buffer{}, "markdown", "de"); err == nil {
		t.Error("no error for an unknown language")
	}
	if err := r.Write(&bytes.Buffer{}, "html", "fi"); err == nil {
		t.Error("no error for an unknown format")
	}
}

// gitRepo makes a repository with the base fixture in one commit and the
// head fixture in the next.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	extract(t, "testdata/base.txtar", dir)
	// Export rules must not hide files from a materialised revision.
	os.WriteFile(filepath.Join(dir, ".gitattributes"), []byte("content/funding/* export-ignore\n"), 0o644)
	git("add", "-A")
	git("commit", "-q", "-m", "base")
	os.RemoveAll(filepath.Join(dir, "content"))
	extract(t, "testdata/head.txtar", dir)
	git("add", "-A")
	git("commit", "-q", "-m", "head")
	return dir
}

func TestGitRevisions(t *testing.T) {
	dir := gitRepo(t)
	ctx := context.Background()
	g := diff.Git{Dir: dir}
	tree, cleanup, err := g.Tree(ctx, "HEAD~1")
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	if _, err := os.Stat(filepath.Join(tree, "content/funding/vanha.md")); err != nil {
		t.Errorf("the base revision's files are not there: %v", err)
	}
	changed, err := g.Changed(ctx, "HEAD~1", "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(changed, " "); !strings.Contains(got, "content/funding/vanha.md") || !strings.Contains(got, "kimppa.yaml") || strings.Contains(got, "content/funding/eakr.md") {
		t.Errorf("changed = %s", got)
	}
	data, ok, err := g.Show(ctx, "HEAD", "content/services/kartoitus.md", 1<<20)
	if err != nil || !ok || !bytes.Contains(data, []byte("Materiaalikartoitus")) {
		t.Errorf("Show = %q, %v, %v", data, ok, err)
	}
	if _, ok, err := g.Show(ctx, "HEAD", "content/funding/vanha.md", 1<<20); ok || err != nil {
		t.Errorf("a deleted file is shown: %v %v", ok, err)
	}
	for _, bad := range []string{"--output=/tmp/x", "no-such-revision", ""} {
		if _, _, err := g.Tree(ctx, bad); err == nil {
			t.Errorf("Tree(%q) works", bad)
		}
	}
}

// TestLargeFilesAreNeverReadWhole: Show refuses a file over its limit
// from its size (a 300 MB file once crashed owners check), and Tree
// streams every blob to disk, writing one over the largest file a site
// may hold as a file of the same size without its content.
func TestLargeFilesAreNeverReadWhole(t *testing.T) {
	dir := gitRepo(t)
	big := bytes.Repeat([]byte("kierto "), (11<<20)/7)
	os.WriteFile(filepath.Join(dir, "content/actors/iso.md"), big, 0o644)
	for _, args := range [][]string{{"add", "-A"}, {"commit", "-q", "-m", "big"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	ctx := context.Background()
	g := diff.Git{Dir: dir}
	_, ok, err := g.Show(ctx, "HEAD", "content/actors/iso.md", 1<<20)
	var tooLarge *diff.TooLargeError
	if ok || !errors.As(err, &tooLarge) || tooLarge.Size != int64(len(big)) || !strings.Contains(err.Error(), "more than the 1048576 bytes") {
		t.Errorf("Show of a %d-byte file: ok %v, %v", len(big), ok, err)
	}
	tree, cleanup, err := g.Tree(ctx, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	st, err := os.Stat(filepath.Join(tree, "content/actors/iso.md"))
	if err != nil || st.Size() != int64(len(big)) {
		t.Fatalf("the tree's copy: %v, %v", st, err)
	}
	data, _ := os.ReadFile(filepath.Join(tree, "content/actors/iso.md"))
	if !bytes.Equal(data[:10<<20], big[:10<<20]) || bytes.ContainsAny(data[10<<20:], "k") {
		t.Error("the tree's copy is not the blob's first 10 MB, then nothing")
	}
	if _, err := os.Stat(filepath.Join(tree, "content/services/kartoitus.md")); err != nil {
		t.Errorf("a file after the large one is missing: %v", err)
	}
}
