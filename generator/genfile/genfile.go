// Package genfile is the one writer of the files kimppa makes in a site
// or its repository: the generated issue forms, JSON Schemas and
// CODEOWNERS (Check and Sync, the same for each), and the files that
// kimppa new and new --from-issue write (Create, Replace).
//
// It follows no symbolic link on the way to a file: the folder is opened
// with os.Root, every folder below it and the file itself are looked at
// with Lstat and a link is refused, and a file is written as a new file
// renamed over the old one, which replaces a link, never writes through
// it. It replaces no generated file that kimppa did not write: those
// carry a marker (Set.Ours), and any other file is someone else's.
package genfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/kimppa/kimppa/generator/output"
)

// What to do about a symbolic link on the way to a file, and at it.
const (
	folderLinkHint = "kimppa writes through no link, so that nothing lands outside the site; replace the link with a folder"
	fileLinkHint   = "kimppa writes through no link, so that nothing lands outside the site; remove the link and run again"
)

// Root is a folder kimppa writes into; every path below it is a slash
// path.
type Root struct {
	root *os.Root
	show string // how messages name the folder; "" names paths as they are
}

// Open opens the folder dir; messages name the files below it as show
// joined with their path ("" for the path alone).
func Open(dir, show string) (*Root, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &Root{root: root, show: show}, nil
}

// Close releases the folder.
func (r *Root) Close() error { return r.root.Close() }

// Name is how messages name the path rel.
func (r *Root) Name(rel string) string {
	if r.show == "" {
		return rel
	}
	return filepath.ToSlash(filepath.Join(r.show, filepath.FromSlash(rel)))
}

// refuse is the refusal to act on rel.
func (r *Root) refuse(action, rel, reason, hint string) error {
	return &output.TargetError{Dir: r.Name(rel), Reason: reason, Hint: hint, Action: action}
}

// folders checks the folders on the way to rel, making the missing ones
// when make is set: none may be a link or a file. It reports whether one
// is missing.
func (r *Root) folders(rel string, make bool) (missing bool, err error) {
	dir := path.Dir(rel)
	if dir == "." {
		return false, nil
	}
	parts := strings.Split(dir, "/")
	for i := range parts {
		cur := strings.Join(parts[:i+1], "/")
		st, err := r.root.Lstat(cur)
		switch {
		case errors.Is(err, fs.ErrNotExist) && !make:
			return true, nil
		case errors.Is(err, fs.ErrNotExist):
			if err := r.root.Mkdir(cur, 0o755); err != nil {
				return false, err // one made meanwhile is not trusted either
			}
		case err != nil:
			return false, err
		case st.Mode()&fs.ModeSymlink != 0:
			return false, r.refuse("write", rel, "its folder "+r.Name(cur)+" is a symbolic link", folderLinkHint)
		case !st.IsDir():
			return false, r.refuse("write", rel, r.Name(cur)+" is not a folder", "move the file away")
		}
	}
	return false, nil
}

// kind is what is at a path.
type kind int

const (
	missing kind = iota
	regular
	link
	other // a folder or a device
)

// stat tells what is at rel, following no link.
func (r *Root) stat(rel string) (kind, error) {
	if gone, err := r.folders(rel, false); err != nil || gone {
		return missing, err
	}
	st, err := r.root.Lstat(rel)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return missing, nil
	case err != nil:
		return missing, err
	case st.Mode()&fs.ModeSymlink != 0:
		return link, nil
	case st.Mode().IsRegular():
		return regular, nil
	}
	return other, nil
}

// notAFile is the refusal to replace rel, which is a link or a folder.
func (r *Root) notAFile(rel string, k kind) error {
	if k == link {
		return r.refuse("replace", rel, "it is a symbolic link", fileLinkHint)
	}
	return r.refuse("replace", rel, "it is not a file", "move it away")
}

// Read returns the bytes of the file rel, or false when there is none; a
// link on the way or at rel is refused.
func (r *Root) Read(rel string) ([]byte, bool, error) {
	k, err := r.stat(rel)
	switch {
	case err != nil:
		return nil, false, err
	case k == missing:
		return nil, false, nil
	case k != regular:
		return nil, false, r.notAFile(rel, k)
	}
	data, err := r.root.ReadFile(rel)
	return data, err == nil, err
}

// Create writes data to the new file rel, never over anything that is
// there (a dangling link included), making its folders.
func (r *Root) Create(rel string, data []byte) error {
	if _, err := r.folders(rel, true); err != nil {
		return err
	}
	f, err := r.root.OpenFile(rel, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return r.refuse("write", rel, "it already exists", "edit it, or choose another name")
	}
	if err != nil {
		return err
	}
	return finish(f, data, func() { r.root.Remove(rel) })
}

// Replace writes data to the file rel, which may be there as a file, as
// a new file renamed over it, making its folders.
func (r *Root) Replace(rel string, data []byte) error {
	if _, err := r.folders(rel, true); err != nil {
		return err
	}
	if k, err := r.stat(rel); err != nil {
		return err
	} else if k != missing && k != regular {
		return r.notAFile(rel, k)
	}
	var b [8]byte
	rand.Read(b[:])
	tmp := path.Join(path.Dir(rel), "."+path.Base(rel)+".kimppa-"+hex.EncodeToString(b[:]))
	f, err := r.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if err := finish(f, data, func() { r.root.Remove(tmp) }); err != nil {
		return err
	}
	if err := r.root.Rename(tmp, rel); err != nil {
		r.root.Remove(tmp)
		return err
	}
	return nil
}

// finish writes data to f and closes it; on an error it undoes.
func finish(f *os.File, data []byte, undo func()) error {
	_, err := f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		undo()
	}
	return err
}

// Remove removes the file rel; a link on the way is refused.
func (r *Root) Remove(rel string) error {
	if _, err := r.folders(rel, false); err != nil {
		return err
	}
	return r.root.Remove(rel)
}

// list lists the names in the folder dir that match, files and links;
// none when dir is missing.
func (r *Root) list(dir string, match func(name string) bool) ([]string, error) {
	if gone, err := r.folders(path.Join(dir, "x"), false); err != nil || gone {
		return nil, err
	}
	f, err := r.root.Open(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && match(e.Name()) {
			names = append(names, e.Name())
		}
	}
	return names, nil
}

// OpenOut opens the place of out, a generated file or folder of the site
// folder site: the site when out is inside it, so that no link from the
// site down to out is followed, else the folder that holds out, the
// caller's own choice (made when write is set). It returns the Root and
// out's slash path below it.
func OpenOut(site, out string, write bool) (*Root, string, error) {
	absSite, err := filepath.Abs(site)
	if err != nil {
		return nil, "", err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return nil, "", err
	}
	if rel, err := filepath.Rel(absSite, absOut); err == nil && filepath.IsLocal(rel) {
		r, err := Open(site, site)
		return r, filepath.ToSlash(rel), err
	}
	parent := filepath.Dir(absOut)
	if write {
		if err := os.MkdirAll(parent, 0o755); err != nil {
			return nil, "", err
		}
	}
	r, err := Open(parent, filepath.Dir(out))
	return r, filepath.Base(absOut), err
}
