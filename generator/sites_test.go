package generator_test

// The fixture sites in testdata/sites are txtar archives: the files of a
// site (kimppa.yaml, content/…) and the diagnostics `kimppa check` must
// print for it:
//
//	want/diagnostics.txt     the text format, exactly as printed
//	want/diagnostics.github  optional: the --format github output
//	want/diagnostics.json    optional: the --format json output
//
// The archive's comment may set options, one per line:
//
//	today: 2031-01-01   the date that warnings compare against
//	drafts: true        build drafts too
//
// A file name may be followed by directives (unquote, size=N,
// symlink=T): see generator/sitetest, which writes the site.
//
// go test ./generator -update rewrites the want files; read the diff
// before committing it.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

// fixedToday is the date fixtures are checked on, so that warnings about
// passed dates do not change with the calendar.
const fixedToday = "2025-06-01"

// site is a fixture site written to a temporary directory.
type site struct {
	name    string
	file    string // the .txtar file
	archive *txtar.Archive
	dir     string
	opts    generator.Options
}

// loadSite parses a fixture archive and writes its site files into a new
// temporary directory.
func loadSite(t *testing.T, file string) *site {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := &site{
		name:    strings.TrimSuffix(filepath.Base(file), ".txtar"),
		file:    file,
		archive: ar,
	}
	s.opts = generator.Options{Out: filepath.Join(t.TempDir(), "public"), Today: fixedToday}
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "today":
			s.opts.Today = strings.TrimSpace(val)
		case "drafts":
			s.opts.Drafts = strings.TrimSpace(val) == "true"
		}
	}
	s.dir = sitetest.Write(t, ar)
	s.opts.Source = s.dir
	return s
}

// want returns the data of the archive file name, and whether it exists.
func (s *site) want(name string) ([]byte, bool) {
	for _, f := range s.archive.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// setWant replaces or adds the archive file name.
func (s *site) setWant(name string, data []byte) {
	for i, f := range s.archive.Files {
		if f.Name == name {
			s.archive.Files[i].Data = data
			return
		}
	}
	s.archive.Files = append(s.archive.Files, txtar.File{Name: name, Data: data})
}

func (s *site) check(t *testing.T) diag.List {
	t.Helper()
	diags, err := generator.Check(context.Background(), s.opts)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return diags
}

func format(t *testing.T, diags diag.List, f string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := diags.Write(&b, f); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSites checks every fixture site and compares the diagnostics with
// the fixture's want files.
func TestSites(t *testing.T) {
	files, err := filepath.Glob("testdata/sites/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture sites: %v", err)
	}
	for _, file := range files {
		s := loadSite(t, file)
		t.Run(s.name, func(t *testing.T) {
			diags := s.check(t)
			changed := false
			for _, f := range []struct{ want, format string }{
				{"want/diagnostics.txt", "text"},
				{"want/diagnostics.github", "github"},
				{"want/diagnostics.json", "json"},
			} {
				want, ok := s.want(f.want)
				if !ok && f.format != "text" {
					continue
				}
				got := format(t, diags, f.format)
				if bytes.Equal(got, want) {
					continue
				}
				if *sitetest.Update {
					s.setWant(f.want, got)
					changed = true
					continue
				}
				t.Errorf("%s: %s differs\n--- got\n%s--- want\n%s", file, f.want, got, want)
			}
			if changed {
				if err := os.WriteFile(file, txtar.Format(s.archive), 0o644); err != nil {
					t.Fatal(err)
				}
				t.Logf("updated %s", file)
			}
			checkDiagnostics(t, s, diags)
			checkBuildAgrees(t, s, diags)
			checkTestLoaderAgrees(t, s, diags)
		})
	}
}

// checkDiagnostics holds every diagnostic to the contract: a position in
// a file of the site, a line, lower-case messages without a full stop,
// and sorted order.
func checkDiagnostics(t *testing.T, s *site, diags diag.List) {
	t.Helper()
	for i, d := range diags {
		if d.Pos.File == "" || d.Pos.Line < 1 || d.Pos.Col < 1 {
			t.Errorf("%s: diagnostic without a full position: %+v", s.name, d)
		}
		full := filepath.Join(s.dir, filepath.FromSlash(d.Pos.File))
		data, err := os.ReadFile(full)
		if st, lerr := os.Lstat(full); lerr == nil && st.Mode()&os.ModeSymlink != 0 {
			// reported at the link itself, on line 1
		} else if err != nil {
			t.Errorf("%s: diagnostic names a file that is not in the site: %v", d, err)
		} else if lines := bytes.Count(data, []byte("\n")) + 1; d.Pos.Line > lines {
			t.Errorf("%s: line %d is past the end of the file (%d lines)", d, d.Pos.Line, lines)
		}
		for _, text := range []string{d.Message, d.Hint} {
			if text == "" {
				continue
			}
			if first := text[0]; first >= 'A' && first <= 'Z' {
				t.Errorf("%s: %q starts with a capital letter", s.name, text)
			}
			if strings.HasSuffix(text, ".") {
				t.Errorf("%s: %q ends with a full stop", s.name, text)
			}
		}
		if d.Message == "" {
			t.Errorf("%s: diagnostic without a message: %+v", s.name, d)
		}
		if i > 0 {
			a, b := diags[i-1].Pos, d.Pos
			if a.File > b.File || a.File == b.File && (a.Line > b.Line || a.Line == b.Line && a.Col > b.Col) {
				t.Errorf("%s: diagnostics not sorted: %s before %s", s.name, a, b)
			}
		}
	}
}

// checkBuildAgrees builds the fixture: a site with errors must not be
// written at all, a valid one must build.
func checkBuildAgrees(t *testing.T, s *site, checked diag.List) {
	t.Helper()
	diags, err := generator.Build(context.Background(), s.opts)
	if got, want := fmt.Sprint(diags), fmt.Sprint(checked); got != want {
		t.Errorf("build and check disagree:\nbuild: %s\ncheck: %s", got, want)
	}
	_, statErr := os.Stat(s.opts.Out)
	switch {
	case checked.Failed(false):
		if !errors.Is(err, generator.ErrInvalid) {
			t.Errorf("Build of an invalid site: err = %v, want ErrInvalid", err)
		}
		if statErr == nil {
			t.Errorf("Build of an invalid site wrote %s", s.opts.Out)
		}
	default:
		if err != nil {
			t.Errorf("Build of a valid site: %v", err)
		}
		if statErr != nil {
			t.Errorf("Build of a valid site wrote no output: %v", statErr)
		}
	}
}

// checkTestLoaderAgrees holds sitetest.Load, which the stages' tests load
// sites with, to the façade's Load: the same diagnostics.
func checkTestLoaderAgrees(t *testing.T, s *site, checked diag.List) {
	t.Helper()
	loaded := sitetest.Load(t, s.dir, sitetest.Options{Today: s.opts.Today, Drafts: s.opts.Drafts})
	if got, want := fmt.Sprint(loaded.Diags), fmt.Sprint(checked); got != want {
		t.Errorf("sitetest.Load and check disagree:\nsitetest: %s\ncheck:    %s", got, want)
	}
}
