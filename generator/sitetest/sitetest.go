// Package sitetest loads test sites for the tests of the stages below
// the façade, as generator.Load does but without it: a folder, or a
// txtar archive written to a temporary folder, read into the model with
// every stage's diagnostics. Golden compares output with a golden file;
// go test -update rewrites them.
//
// In an archive, a file name may be followed by directives, separated by
// spaces:
//
//	unquote    the content is the body of a Go string literal, so that
//	           binary headers can be written as \x89PNG\r\n\x1a\n
//	size=N     the file is padded to N bytes: with spaces for a .md file
//	           (a body may not hold control characters), else zero bytes
//	symlink=T  the file is a symbolic link to T (relative to the link's
//	           folder); its content is ignored
//
// Files under want/ are the test's, not the site's, and are not written.
package sitetest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/sitefs"
	"github.com/kimppa/kimppa/generator/validate"
	"golang.org/x/tools/txtar"
)

// Site is a loaded test site: the fields of generator.Project.
type Site struct {
	Dir    string
	Files  *sitefs.Site
	Config *config.Config // nil when kimppa.yaml has errors
	Model  *model.Site    // nil when kimppa.yaml has errors
	Diags  diag.List      // of every stage that ran, sorted
	Today  string
}

// Options are the settings a test loads a site with.
type Options struct {
	Today  string // YYYY-MM-DD; required, so that no test depends on the calendar
	Drafts bool
}

// Load loads the site in dir with the steps of generator.Load:
// kimppa.yaml (config.Read), content and words into the model
// (model.Read), the rules across entities (validate.Site). The site is
// closed when the test ends.
func Load(t testing.TB, dir string, opts Options) *Site {
	t.Helper()
	if opts.Today == "" {
		t.Fatal("sitetest.Load: Options.Today is required")
	}
	files, err := sitefs.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { files.Close() })
	s := &Site{Dir: dir, Files: files, Today: opts.Today}
	cfg, diags, err := config.Read(files.FS(), dir, "")
	if err != nil {
		t.Fatal(err)
	}
	s.Diags.Add(diags...)
	if cfg == nil {
		return s
	}
	s.Config = cfg
	m, diags, err := model.Read(files.FS(), cfg, model.Options{Drafts: opts.Drafts})
	if err != nil {
		t.Fatal(err)
	}
	s.Diags.Add(diags...)
	s.Model = m
	s.Diags.Add(validate.Site(m, validate.Options{Today: opts.Today})...)
	s.Diags.Sort()
	return s
}

// Valid is Load of a site that must have no errors.
func Valid(t testing.TB, dir string, opts Options) *Site {
	t.Helper()
	s := Load(t, dir, opts)
	if s.Model == nil || s.Diags.Errors() > 0 {
		t.Fatalf("%s is not a valid site: %v", dir, s.Diags)
	}
	return s
}

// Write writes the site files of ar into a new temporary folder and
// returns it. A test skips where symbolic links cannot be made.
func Write(t testing.TB, ar *txtar.Archive) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "want/") {
			continue
		}
		name, data := file(t, f)
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if target, ok := symlinkTarget(f.Name); ok {
			if err := os.Symlink(filepath.FromSlash(target), full); err != nil {
				t.Skipf("cannot make a symbolic link here: %v", err)
			}
			continue
		}
		if err := os.WriteFile(full, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// file applies the directives after a file's name.
func file(t testing.TB, f txtar.File) (string, []byte) {
	t.Helper()
	fields := strings.Fields(f.Name)
	name, data := fields[0], f.Data
	for _, d := range fields[1:] {
		switch {
		case d == "unquote":
			s, err := strconv.Unquote(`"` + strings.TrimSuffix(string(data), "\n") + `"`)
			if err != nil {
				t.Fatalf("%s: unquote: %v", name, err)
			}
			data = []byte(s)
		case strings.HasPrefix(d, "symlink="):
		case strings.HasPrefix(d, "size="):
			n, err := strconv.Atoi(strings.TrimPrefix(d, "size="))
			if err != nil || n < len(data) {
				t.Fatalf("%s: bad %s", name, d)
			}
			pad := make([]byte, n-len(data))
			if strings.HasSuffix(name, ".md") {
				for i := range pad {
					pad[i] = ' '
				}
			}
			data = append(data, pad...)
		default:
			t.Fatalf("%s: unknown directive %q", name, d)
		}
	}
	return name, data
}

// symlinkTarget returns the target of a symlink= directive.
func symlinkTarget(name string) (string, bool) {
	for _, d := range strings.Fields(name)[1:] {
		if t, ok := strings.CutPrefix(d, "symlink="); ok {
			return t, true
		}
	}
	return "", false
}
