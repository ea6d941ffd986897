package scaffold

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/forms"
	"github.com/kimppa/kimppa/generator/genfile"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/owners"
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

// Submitted is what a form made, for the workflow's answer to the member.
type Submitted struct {
	Path string `json:"path"` // the file written
	File string `json:"file"` // the same, relative to the site
	// Files are every file written, relative to the site: File, and the
	// translation an update through a page of another language changes.
	Files []string `json:"files"`
	Type  string   `json:"type"`
	Slug  string   `json:"slug"`
	New   bool     `json:"new"` // a new entry rather than an update
	// Admins of kimppa.yaml, known even when the form could not be used
	// (as long as kimppa.yaml reads): they are told of failures.
	Admins []string `json:"admins"`
	// Approvers are the maintainers who may approve the change besides
	// the admins (ownership as owners.yml decides it); AuthorApproves
	// means the member's own approval is enough.
	Approvers      []string `json:"approvers"`
	AuthorApproves bool     `json:"author_approves"`
}

// FromIssue turns a submitted issue form into a content file, checks the
// site with the file in place exactly as `kimppa check` would, and writes
// it only when it passes. It returns the file's path. A form the member
// must fix gives a *forms.Rejected error and writes nothing.
func FromIssue(ctx context.Context, opts IssueOptions) (string, error) {
	s, err := Submit(ctx, opts)
	if err != nil {
		return "", err
	}
	return s.Path, nil
}

// Submit is FromIssue, telling more of what it made. The result is never
// nil: on an error it has the admins when kimppa.yaml could be read.
func Submit(ctx context.Context, opts IssueOptions) (_ *Submitted, err error) {
	out := &Submitted{Admins: []string{}, Approvers: []string{}, Files: []string{}}
	defer diag.Recover(&err)
	if !forms.ValidHandle(opts.Author) {
		return out, &UsageError{fmt.Sprintf("--author %q is not a GitHub handle", opts.Author)}
	}
	p, err := generator.Load(ctx, generator.Options{Source: opts.Source, Today: opts.Today})
	if err != nil {
		return out, err
	}
	defer p.Close()
	if p.Config == nil {
		return out, fmt.Errorf("fix %s first: %s", config.FileName, p.Diags[0])
	}
	out.Admins = append(out.Admins, owners.Handles(p.Config.Admins)...)
	form, err := forms.ReadForm(opts.Form)
	if err != nil {
		return out, err // the repository's form: not the member's to fix
	}
	site := p.Files.FS()
	r, err := forms.Apply(forms.Request{
		Config: p.Config, Form: form, Issue: opts.Issue, Author: opts.Author,
		Taken: func(typ, slug string) bool { return taken(site, typ, slug) },
		Entry: func(typ, slug, lang string) (string, []byte, bool) { return entryFile(site, typ, slug, lang) },
		Today: p.Today,
	})
	if err != nil {
		return out, err
	}
	overlay := fstest.MapFS{}
	for _, c := range r.Changes() {
		overlay[c.File] = &fstest.MapFile{Data: c.Data, Mode: 0o644}
	}
	checked, err := generator.Load(ctx, generator.Options{Source: opts.Source, Today: opts.Today, Overlay: overlay})
	if err != nil {
		return out, err
	}
	checked.Close()
	// Problems the file had before (an update of an entry that was already
	// wrong somewhere) are not the member's to fix here.
	before := map[string]bool{}
	for _, d := range p.Diags {
		if overlay[d.Pos.File] != nil {
			before[d.Pos.File+"\x00"+d.Field+"\x00"+d.Message] = true
		}
	}
	var fresh diag.List
	for _, d := range checked.Diags {
		if !before[d.Pos.File+"\x00"+d.Field+"\x00"+d.Message] {
			fresh = append(fresh, d)
		}
	}
	if rej := forms.Problems(r, p.Config, fresh); rej != nil {
		return out, rej
	}
	full := filepath.Join(opts.Source, filepath.FromSlash(r.File))
	for _, c := range r.Changes() {
		if err := writeEntry(p.Files, c.File, c.Data, c.New); err != nil {
			return out, err
		}
		out.Files = append(out.Files, c.File)
	}
	out.Path, out.File, out.Type, out.Slug, out.New = full, r.File, r.Type, r.Slug, r.New
	approval(out, p, r, opts.Author)
	return out, nil
}

// approval asks the ownership rules who may approve the file, and whether
// the member's own approval is enough; the pull request is the bot's.
func approval(out *Submitted, p *generator.Project, r *forms.Result, author string) {
	site := p.Files.FS()
	res := owners.Decide(p.Model, p.Config, "", []string{author}, out.Files, owners.WithHead(func(name string) ([]byte, bool) {
		for _, c := range r.Changes() {
			if c.File == name {
				return c.Data, true
			}
		}
		b, err := fs.ReadFile(site, name)
		return b, err == nil
	}))
	out.AuthorApproves = res.OK()
	out.Approvers = []string{}
	for _, v := range res.Files {
		for _, h := range v.Owners {
			if !slices.Contains(out.Approvers, h) {
				out.Approvers = append(out.Approvers, h)
			}
		}
	}
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

// entryFile finds the file of typ/slug in lang: the default language's
// for "", else the translation.
func entryFile(site fs.FS, typ, slug, lang string) (string, []byte, bool) {
	ext := ".md"
	if lang != "" {
		ext = "." + lang + ".md"
	}
	for _, p := range []string{path.Join(load.ContentDir, typ, slug+ext), path.Join(load.ContentDir, typ, slug, "index"+ext)} {
		if b, err := fs.ReadFile(site, p); err == nil {
			return p, b, true
		}
	}
	// A translation not written yet: beside the default file, bundle or not.
	if lang != "" {
		if def, _, ok := entryFile(site, typ, slug, ""); ok {
			return strings.TrimSuffix(def, ".md") + ext, nil, false
		}
	}
	return "", nil, false
}
