// Package sitefs gives access to a site directory: its content files,
// confined with os.Root so that no path can leave the site, and its theme,
// the site's own layouts/ and assets/ laid over the embedded defaults file
// by file.
package sitefs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"

	kimppa "github.com/kimppa/kimppa"
)

// Site is an opened site directory.
type Site struct {
	Dir  string
	root *os.Root
}

// Open opens dir as a site.
func Open(dir string) (*Site, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("open site: %w", err)
	}
	return &Site{Dir: dir, root: root}, nil
}

// Close releases the site directory.
func (s *Site) Close() error { return s.root.Close() }

// FS is the whole site directory; paths cannot escape it, not even through
// symbolic links.
func (s *Site) FS() fs.FS { return s.root.FS() }

// Theme is the site's layouts/ and assets/ over the embedded defaults.
func (s *Site) Theme() fs.FS { return Overlay{Top: s.root.FS(), Base: kimppa.Theme} }

// Overlay serves each name from Top when Top has it, else from Base.
// Directory listings are merged.
type Overlay struct {
	Top, Base fs.FS
}

// Open implements fs.FS.
func (o Overlay) Open(name string) (fs.File, error) {
	f, err := o.Top.Open(name)
	if err == nil {
		if st, serr := f.Stat(); serr == nil && !st.IsDir() {
			return f, nil
		}
		f.Close()
	}
	return o.Base.Open(name)
}

// ReadFile implements fs.ReadFileFS.
func (o Overlay) ReadFile(name string) ([]byte, error) {
	if b, err := fs.ReadFile(o.Top, name); err == nil {
		return b, nil
	}
	return fs.ReadFile(o.Base, name)
}

// ReadDir implements fs.ReadDirFS, merging both listings by name.
func (o Overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	top, terr := fs.ReadDir(o.Top, name)
	base, berr := fs.ReadDir(o.Base, name)
	if terr != nil && berr != nil {
		return nil, berr
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, e := range append(top, base...) {
		if !seen[e.Name()] {
			seen[e.Name()] = true
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int {
		switch {
		case a.Name() < b.Name():
			return -1
		case a.Name() > b.Name():
			return 1
		}
		return 0
	})
	return out, nil
}

// Files lists every regular file below dir in fsys, as slash paths
// relative to fsys, sorted. Symbolic links are left out: see Entries.
func Files(fsys fs.FS, dir string) ([]string, error) {
	files, _, err := Entries(fsys, dir)
	return files, err
}

// Entries lists every regular file below dir in fsys and, apart, every
// symbolic link, which is not followed, as slash paths relative to fsys,
// sorted.
func Entries(fsys fs.FS, dir string) (files, links []string, err error) {
	err = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return fs.SkipDir
			}
			return err
		}
		switch {
		case d.Type().IsRegular():
			files = append(files, path.Clean(p))
		case d.Type()&fs.ModeSymlink != 0:
			links = append(links, path.Clean(p))
		}
		return nil
	})
	slices.Sort(files)
	slices.Sort(links)
	return files, links, err
}
