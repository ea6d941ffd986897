// Package review is the pull-request review workflow over two versions of
// a site, each a folder or a git revision: what changed (Diff) and
// whether the people entitled to approve every changed file have done so
// (CheckOwners), decided from the base version only.
package review

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/diff"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/owners"
)

// InvalidConfigError means a version of the site could not be compared or
// judged because its kimppa.yaml is broken; Diags say why.
type InvalidConfigError struct {
	Version string
	Diags   diag.List
}

func (e *InvalidConfigError) Error() string {
	return e.Version + ": kimppa.yaml is not valid"
}

// SiteVersion finds a version of the site: arg itself when it is a folder,
// else the folder source (relative to the current folder) in git revision
// arg of the current repository, written to a temporary folder.
func SiteVersion(ctx context.Context, arg, source string) (dir string, cleanup func(), err error) {
	if st, err := os.Stat(arg); err == nil && st.IsDir() {
		return arg, func() {}, nil
	}
	g := diff.Git{}
	rel, err := inRepository(ctx, g, source)
	if err != nil {
		return "", nil, fmt.Errorf("%q is not a folder, and %w", arg, err)
	}
	tree, cleanup, err := g.Tree(ctx, arg)
	if err != nil {
		return "", nil, err
	}
	return filepath.Join(tree, filepath.FromSlash(rel)), cleanup, nil
}

// inRepository returns where folder dir is inside the git work tree that
// holds the current folder, relative to its root ("." for the root).
func inRepository(ctx context.Context, g diff.Git, dir string) (string, error) {
	root, err := g.Root(ctx)
	if err != nil {
		return "", fmt.Errorf("there is no git repository here: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	if a, err := filepath.EvalSymlinks(abs); err == nil {
		abs = a
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside the git repository %s", dir, root)
	}
	return filepath.ToSlash(rel), nil
}

// loadVersion loads a site folder that must have a valid kimppa.yaml.
func loadVersion(ctx context.Context, dir, name string) (*generator.Project, error) {
	p, err := generator.Load(ctx, generator.Options{Source: dir})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if p.Model == nil {
		p.Close()
		return nil, &InvalidConfigError{Version: name, Diags: p.Diags}
	}
	return p, nil
}

// Diff compares two versions of a site, each a folder or a git revision
// (of the folder source in the current repository).
func Diff(ctx context.Context, base, head, source string) (*diff.Report, error) {
	var projects [2]*generator.Project
	for i, arg := range []string{base, head} {
		dir, cleanup, err := SiteVersion(ctx, arg, source)
		if err != nil {
			return nil, err
		}
		defer cleanup()
		p, err := loadVersion(ctx, dir, arg)
		if err != nil {
			return nil, err
		}
		defer p.Close()
		projects[i] = p
	}
	r := diff.Compare(projects[0].Model, projects[1].Model, projects[1].Diags)
	r.Base, r.Head = base, head
	return r, nil
}

// OwnersRequest is a change to judge: who made it, who approved it, and
// where the base version and the change are.
type OwnersRequest struct {
	Author    string
	Approvers []string
	Reviews   string   // a file of the pull request's reviews from the GitHub API, or ""
	Base      string   // the base version's site folder (default ".")
	BaseRef   string   // or: the git revision of the base version
	HeadRef   string   // the change's git revision, read as data only
	HeadDir   string   // or: a folder with the change
	Changed   []string // changed files relative to the site; from HeadRef when empty
}

// ErrNoChanges means a request named no changed files and no way to find them.
var ErrNoChanges = errors.New("no changed files: give them as arguments, with --changed or --changed-from, or give --head-ref")

// CheckOwners decides whether the people entitled to approve every changed
// file have done so. Who maintains what is read from the base version only,
// never from the change.
func CheckOwners(ctx context.Context, req OwnersRequest) (owners.Result, error) {
	g := diff.Git{}
	base, rel := cmp.Or(req.Base, "."), "."
	if req.BaseRef != "" || req.HeadRef != "" {
		var err error
		if rel, err = inRepository(ctx, g, base); err != nil {
			return owners.Result{}, err
		}
	}
	if req.BaseRef != "" {
		tree, cleanup, err := g.Tree(ctx, req.BaseRef)
		if err != nil {
			return owners.Result{}, err
		}
		defer cleanup()
		base = filepath.Join(tree, filepath.FromSlash(rel))
	}
	p, err := loadVersion(ctx, base, "the base version")
	if err != nil {
		return owners.Result{}, err
	}
	defer p.Close()

	changed := req.Changed
	var opts []owners.Option
	headID := ""
	// A file of the change that is there but cannot be read must not pass
	// for a deleted one, whose links need nobody's consent: it fails the
	// whole check instead.
	var headErr error
	switch {
	case req.HeadRef != "":
		if headID, err = g.Resolve(ctx, req.HeadRef); err != nil {
			return owners.Result{}, err
		}
		if len(changed) == 0 {
			files, err := g.Changed(ctx, cmp.Or(req.BaseRef, "HEAD"), headID)
			if err != nil {
				return owners.Result{}, err
			}
			changed = siteRelative(files, rel)
		}
		opts = append(opts, owners.WithHead(func(p string) ([]byte, bool) {
			data, ok, err := g.Show(ctx, headID, path.Join(rel, p), load.MaxFileBytes)
			if err != nil {
				headErr = cmp.Or(headErr, fmt.Errorf("read %s of the change: %w", p, err))
			}
			return data, ok && err == nil
		}))
	case req.HeadDir != "":
		root, err := os.OpenRoot(req.HeadDir)
		if err != nil {
			return owners.Result{}, err
		}
		defer root.Close()
		opts = append(opts, owners.WithHead(func(p string) ([]byte, bool) {
			data, err := readLimited(root, p, load.MaxFileBytes)
			if err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
				headErr = cmp.Or(headErr, fmt.Errorf("read %s of the change: %w", p, err))
			}
			return data, err == nil
		}))
	}
	if len(changed) == 0 && req.HeadRef == "" {
		return owners.Result{}, ErrNoChanges
	}
	approvers := req.Approvers
	if req.Reviews != "" {
		f, err := os.Open(req.Reviews)
		if err != nil {
			return owners.Result{}, err
		}
		rs, err := owners.ReadReviews(f)
		f.Close()
		if err != nil {
			return owners.Result{}, err
		}
		approvers = append(approvers, owners.Approvers(rs, headID)...)
	}
	r := owners.Decide(p.Model, p.Config, req.Author, approvers, changed, opts...)
	if headErr != nil {
		return owners.Result{}, headErr
	}
	return r, nil
}

// readLimited reads file p below root, at most max bytes: a larger file
// is an error that says its size, as check says it, and is never read.
func readLimited(root *os.Root, p string, max int64) ([]byte, error) {
	f, err := root.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > max {
		return nil, &diff.TooLargeError{Path: p, Size: st.Size(), Max: max}
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err == nil && int64(len(data)) > max {
		return nil, &diff.TooLargeError{Path: p, Size: int64(len(data)), Max: max}
	}
	return data, err
}

// siteRelative turns paths relative to the repository root into paths
// relative to the site folder rel; files outside the site keep a "../"
// path, so that only admins may approve them.
func siteRelative(files []string, rel string) []string {
	if rel == "." {
		return files
	}
	out := make([]string, len(files))
	for i, f := range files {
		if r, ok := strings.CutPrefix(f, rel+"/"); ok {
			out[i] = r
		} else {
			out[i] = "../" + f
		}
	}
	return out
}
