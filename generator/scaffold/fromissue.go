package scaffold

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/forms"
	"github.com/kimppa/kimppa/generator/genfile"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/sitefs"
)

// IssueOptions are the inputs of FromIssue.
type IssueOptions struct {
	Source string // the site directory
	Issue  []byte // the issue body as GitHub renders a submitted form
	Form   []byte // the form file the issue was made with
	Author string // who sent the form: a new actor's first maintainer
	Today  string // YYYY-MM-DD for the check; default today
}

// FromIssue turns a submitted issue form into a content file, checks the
// site with the file in place exactly as `kimppa check` would, and writes
// it only when it passes. It returns the file's path. A form the member
// must fix gives a *forms.Rejected error and writes nothing.
func FromIssue(ctx context.Context, opts IssueOptions) (_ string, err error) {
	defer diag.Recover(&err)
	if !forms.ValidHandle(opts.Author) {
		return "", &UsageError{fmt.Sprintf("--author %q is not a GitHub handle", opts.Author)}
	}
	form, err := forms.ReadForm(opts.Form)
	if err != nil {
		return "", &UsageError{err.Error()}
	}
	p, err := generator.Load(ctx, generator.Options{Source: opts.Source, Today: opts.Today})
	if err != nil {
		return "", err
	}
	defer p.Close()
	if p.Config == nil {
		return "", fmt.Errorf("fix %s first: %s", config.FileName, p.Diags[0])
	}
	site := p.Files.FS()
	r, err := forms.Apply(forms.Request{
		Config: p.Config, Form: form, Issue: opts.Issue, Author: opts.Author,
		Taken: func(typ, slug string) bool { return taken(site, typ, slug) },
		Entry: func(typ, slug string) (string, []byte, bool) { return entryFile(site, typ, slug) },
	})
	if err != nil {
		return "", err
	}
	checked, err := generator.Load(ctx, generator.Options{Source: opts.Source, Today: opts.Today, Overlay: fstest.MapFS{r.File: {Data: r.Data, Mode: 0o644}}})
	if err != nil {
		return "", err
	}
	checked.Close()
	// Problems the file had before (an update of an entry that was already
	// wrong somewhere) are not the member's to fix here.
	before := map[string]bool{}
	for _, d := range p.Diags {
		if d.Pos.File == r.File {
			before[d.Field+"\x00"+d.Message] = true
		}
	}
	var fresh diag.List
	for _, d := range checked.Diags {
		if !before[d.Field+"\x00"+d.Message] {
			fresh = append(fresh, d)
		}
	}
	if rej := forms.Problems(r, p.Config, fresh); rej != nil {
		return "", rej
	}
	full := filepath.Join(opts.Source, filepath.FromSlash(r.File))
	if err := writeEntry(p.Files, r.File, r.Data, r.New); err != nil {
		return "", err
	}
	return full, nil
}

// writeEntry writes a content file of the site through genfile: a new
// one must not exist yet, an update replaces the file, and no link is
// followed on the way.
func writeEntry(site *sitefs.Site, rel string, data []byte, isNew bool) error {
	r, err := genfile.Open(site.Dir, "")
	if err != nil {
		return err
	}
	defer r.Close()
	if isNew {
		return r.Create(rel, data)
	}
	return r.Replace(rel, data)
}

// taken reports whether content/typ has a file or bundle named slug, in
// any language.
func taken(site fs.FS, typ, slug string) bool {
	entries, err := fs.ReadDir(site, path.Join(load.ContentDir, typ))
	if err != nil {
		return false
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() {
			if name == slug {
				return true
			}
			continue
		}
		if base, _, _ := strings.Cut(name, "."); base == slug {
			return true
		}
	}
	return false
}

// entryFile finds the default-language file of typ/slug.
func entryFile(site fs.FS, typ, slug string) (string, []byte, bool) {
	for _, p := range []string{path.Join(load.ContentDir, typ, slug+".md"), path.Join(load.ContentDir, typ, slug, "index.md")} {
		if b, err := fs.ReadFile(site, p); err == nil {
			return p, b, true
		}
	}
	return "", nil, false
}
