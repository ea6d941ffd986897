package genfile_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/genfile"
	"github.com/kimppa/kimppa/generator/output"
)

// marker begins every file the test's generator writes.
const marker = "# generated\n"

func set(files ...string) genfile.Set {
	s := genfile.Set{Dir: "gen", Kind: func(name string) bool { return strings.HasSuffix(name, ".yml") },
		Ours: func(_ string, data []byte) bool { return strings.HasPrefix(string(data), marker) },
		Hint: "move it away"}
	for _, f := range files {
		s.Files = append(s.Files, genfile.File{Name: f, Data: []byte(marker + f + "\n")})
	}
	return s
}

// site is a folder with the files given (path → text; "->target" makes a
// symbolic link) and the Root of it.
func site(t *testing.T, files map[string]string) (string, *genfile.Root) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		if target, ok := strings.CutPrefix(text, "->"); ok {
			err = os.Symlink(target, full)
		} else {
			err = os.WriteFile(full, []byte(text), 0o644)
		}
		if err != nil {
			t.Skipf("cannot make the site here: %v", err)
		}
	}
	r, err := genfile.Open(dir, "site")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return dir, r
}

func refused(t *testing.T, err error, want string) {
	t.Helper()
	var te *output.TargetError
	if !errors.As(err, &te) || !strings.Contains(te.Error(), want) {
		t.Fatalf("err = %v, want a refusal saying %q", err, want)
	}
	if strings.Contains(te.Error(), "\n") {
		t.Errorf("the refusal is not one line: %q", te.Error())
	}
}

func read(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestSyncWritesTheStaleAndRemovesItsOwnLeftovers(t *testing.T) {
	dir, r := site(t, map[string]string{
		"gen/a.yml":    marker + "old\n",
		"gen/gone.yml": marker + "gone\n",
		"gen/own.yml":  "hand-written\n",
		"gen/b.yml":    marker + "b.yml\n",
	})
	s := set("a.yml", "b.yml", "c.yml")
	stale, err := r.Stale(s)
	if err != nil || strings.Join(stale, " ") != "a.yml c.yml gone.yml" {
		t.Fatalf("Stale = %v, %v; want a.yml c.yml gone.yml", stale, err)
	}
	var did []string
	if err := r.Sync(s, func(verb, name string) { did = append(did, verb+" "+name) }); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(did, ", "); got != "wrote site/gen/a.yml, wrote site/gen/c.yml, removed site/gen/gone.yml" {
		t.Errorf("Sync did %s", got)
	}
	if read(t, filepath.Join(dir, "gen/own.yml")) != "hand-written\n" {
		t.Error("a hand-written file of the kind was touched")
	}
	if stale, err := r.Stale(s); err != nil || len(stale) > 0 {
		t.Errorf("after Sync, Stale = %v, %v; want none", stale, err)
	}
}

func TestAHandWrittenFileIsNeverReplaced(t *testing.T) {
	dir, r := site(t, map[string]string{"gen/a.yml": "mine\n"})
	s := set("a.yml", "b.yml")
	stale, err := r.Stale(s)
	if err != nil || strings.Join(stale, " ") != "a.yml b.yml" {
		t.Fatalf("Stale = %v, %v; want both (--check reports it)", stale, err)
	}
	err = r.Sync(s, func(string, string) {})
	refused(t, err, "will not replace site/gen/a.yml: kimppa did not write it; move it away")
	if read(t, filepath.Join(dir, "gen/a.yml")) != "mine\n" {
		t.Error("the hand-written file was replaced")
	}
	if _, err := os.Stat(filepath.Join(dir, "gen/b.yml")); err == nil {
		t.Error("a file was written before the refusal")
	}
}

func TestALinkedFileIsNeverWrittenThrough(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "target.yml")
	if err := os.WriteFile(outside, []byte(marker+"outside\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir, r := site(t, map[string]string{"gen/a.yml": "->" + outside})
	s := set("a.yml")
	if stale, err := r.Stale(s); err != nil || len(stale) != 1 {
		t.Errorf("Stale = %v, %v; want a.yml, a link is not up to date", stale, err)
	}
	refused(t, r.Sync(s, func(string, string) {}), "will not replace site/gen/a.yml: it is a symbolic link")
	refused(t, r.Replace("gen/a.yml", []byte("x")), "it is a symbolic link")
	refused(t, r.Create("gen/a.yml", []byte("x")), "it already exists")
	if _, _, err := r.Read("gen/a.yml"); err == nil {
		t.Error("Read follows the link")
	}
	if read(t, outside) != marker+"outside\n" {
		t.Error("the file outside was written through the link")
	}
	if st, err := os.Lstat(filepath.Join(dir, "gen/a.yml")); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link itself was replaced")
	}
}

func TestALinkedFolderIsNeverWrittenThrough(t *testing.T) {
	outside := t.TempDir()
	for _, target := range []string{outside, "inside"} { // a link that stays in the site is refused too
		t.Run(target, func(t *testing.T) {
			_, r := site(t, map[string]string{"inside/keep": "", "gen": "->" + target})
			for what, err := range map[string]error{
				"Sync":    r.Sync(set("a.yml"), func(string, string) {}),
				"Create":  r.Create("gen/new.md", []byte("x")),
				"Replace": r.Replace("gen/a.yml", []byte("x")),
			} {
				t.Run(what, func(t *testing.T) { refused(t, err, "its folder site/gen is a symbolic link") })
			}
			if _, err := r.Stale(set("a.yml")); err == nil {
				t.Error("--check reads through the link")
			}
			entries, _ := os.ReadDir(outside)
			if len(entries) > 0 {
				t.Errorf("%d files written outside the site", len(entries))
			}
		})
	}
}

func TestCreateWritesOnlyNewFiles(t *testing.T) {
	dir, r := site(t, map[string]string{"content/actors/a.md": "old\n"})
	if err := r.Create("content/services/s.md", []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(dir, "content/services/s.md")) != "new\n" {
		t.Error("Create did not write the new file")
	}
	refused(t, r.Create("content/actors/a.md", []byte("x")), "will not write site/content/actors/a.md: it already exists")
	if err := r.Replace("content/actors/a.md", []byte("changed\n")); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(dir, "content/actors/a.md")) != "changed\n" {
		t.Error("Replace did not replace the file")
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "content/actors")); len(entries) != 1 {
		t.Errorf("Replace left %d files behind, want only a.md", len(entries))
	}
}
