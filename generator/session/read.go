package session

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/sitefs"
)

// unit is the part of content/ that is read again as a whole: a bundle
// folder content/TYPE/SLUG, whose files are attachments only next to an
// index.md, or a single file.
type unit struct {
	stamps map[string]stamp // every file of the unit
	files  []*load.File
	broken []*load.File            // files there but unreadable, as load.Content.Broken
	assets map[string][]load.Asset // by bundle folder
	diags  diag.List
}

// stamp tells whether a file changed: the hash of a Markdown file, which
// an editor may save unchanged, the size and time of any other.
type stamp struct {
	size int64
	mod  int64
	sum  [sha256.Size]byte
}

// inDir reports whether p is dir or inside it.
func inDir(p, dir string) bool { return p == dir || strings.HasPrefix(p, dir+"/") }

// unitOf is the unit of a content path: its first three parts.
func unitOf(p string) string {
	parts := strings.SplitN(p, "/", 4)
	return strings.Join(parts[:min(len(parts), 3)], "/")
}

// unitsUnder lists the units that p is in or holds, on disk or known.
func (s *Session) unitsUnder(p string) ([]string, error) {
	if k := unitOf(p); k != p || strings.Count(p, "/") == 2 {
		return []string{k}, nil
	}
	keys := map[string]bool{}
	for k := range s.units {
		if inDir(k, p) {
			keys[k] = true
		}
	}
	files, links, err := sitefs.Entries(s.site.FS(), p)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	for _, f := range append(files, links...) {
		keys[unitOf(f)] = true
	}
	return slices.Sorted(maps.Keys(keys)), nil
}

// read reads the units keys again and reports whether any changed. It
// records the entities of changed units in s.changed.
func (s *Session) read(keys []string) (bool, error) {
	part := sitefs.NewPart(s.site.FS())
	fresh := map[string]*unit{}
	changed := false
	for _, k := range keys {
		u, err := s.stampUnit(k, part)
		if err != nil {
			return false, err
		}
		old := s.units[k]
		switch {
		case u == nil && old == nil:
			continue
		case u == nil:
			delete(s.units, k)
			s.files = nil
		case old != nil && maps.Equal(old.stamps, u.stamps):
			for name := range u.stamps {
				part.Remove(name)
			}
			continue
		default:
			fresh[k] = u
		}
		changed = true
		if old != nil {
			s.touch(old)
		}
	}
	if len(fresh) == 0 {
		return changed, nil
	}
	c, diags, err := load.Read(part.Done(), config.Types, s.cfg.Languages)
	if err != nil {
		return false, err
	}
	owner := func(p string) *unit {
		if u := fresh[unitOf(p)]; u != nil {
			return u
		}
		return fresh[slices.Min(slices.Collect(maps.Keys(fresh)))]
	}
	for _, f := range c.Files {
		u := owner(f.Path)
		u.files = append(u.files, f)
	}
	for _, f := range c.Broken {
		u := owner(f.Path)
		u.broken = append(u.broken, f)
	}
	for b, as := range c.Assets {
		owner(b).assets[b] = as
	}
	for _, d := range diags {
		u := owner(d.Pos.File)
		u.diags = append(u.diags, d)
	}
	for k, u := range fresh {
		s.replaceFiles(s.units[k], u)
		s.units[k] = u
		s.touch(u)
	}
	return true, nil
}

// replaceFiles puts the files of unit u in the places of those of old
// when they have the same paths; otherwise files must be sorted again.
func (s *Session) replaceFiles(old, u *unit) {
	if s.files == nil || old == nil || len(old.files) != len(u.files) {
		s.files = nil
		return
	}
	for _, f := range u.files {
		i, ok := s.at[f.Path]
		if !ok {
			s.files = nil
			return
		}
		s.files[i] = f
	}
}

// touch records the entities of u as changed.
func (s *Session) touch(u *unit) {
	for _, f := range u.files {
		s.changed[model.Ref{Type: f.Type, Slug: f.Slug}] = true
	}
}

// stampUnit lists the files of unit k and stamps them, adding them to
// part; it returns nil when k holds no files.
func (s *Session) stampUnit(k string, part *sitefs.Part) (*unit, error) {
	fsys := s.site.FS()
	st, err := fs.Lstat(fsys, k)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", k, err)
	}
	var files, links []string
	switch {
	case st.IsDir():
		if files, links, err = sitefs.Entries(fsys, k); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("read %s: %w", k, err)
		}
	case st.Mode().IsRegular():
		files = []string{k}
	case st.Mode()&fs.ModeSymlink != 0:
		links = []string{k}
	}
	u := &unit{stamps: map[string]stamp{}, assets: map[string][]load.Asset{}}
	for _, f := range links {
		// A link is reported by load.Read, never followed: its own
		// information is all that is kept.
		info, err := fs.Lstat(fsys, f)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		part.Add(f, info)
		u.stamps[f] = stamp{size: info.Size(), mod: info.ModTime().UnixNano()}
	}
	for _, f := range files {
		info, err := fs.Stat(fsys, f)
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed since it was listed: an event follows
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		if strings.HasSuffix(f, ".md") && info.Size() <= load.MaxFileBytes {
			data, err := fs.ReadFile(fsys, f)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("read %s: %w", f, err)
			}
			part.AddData(f, data)
			u.stamps[f] = stamp{size: int64(len(data)), sum: sha256.Sum256(data)}
		} else {
			// Any other file, and a Markdown file too large to read,
			// which load.Read reports from its size.
			part.Add(f, info)
			u.stamps[f] = stamp{size: info.Size(), mod: info.ModTime().UnixNano()}
		}
	}
	if len(u.stamps) == 0 {
		return nil, nil
	}
	return u, nil
}

// content is everything the units hold, as load.Read gives it.
func (s *Session) content() (*load.Content, diag.List) {
	c := &load.Content{Assets: map[string][]load.Asset{}}
	var diags diag.List
	sorted := s.files != nil
	for _, u := range s.units {
		if !sorted {
			s.files = append(s.files, u.files...)
		}
		maps.Copy(c.Assets, u.assets)
		c.Broken = append(c.Broken, u.broken...)
		diags = append(diags, u.diags...)
	}
	if !sorted {
		slices.SortFunc(s.files, func(a, b *load.File) int { return strings.Compare(a.Path, b.Path) })
		s.at = make(map[string]int, len(s.files))
		for i, f := range s.files {
			s.at[f.Path] = i
		}
	}
	c.Files = slices.Clone(s.files)
	return c, diags
}
