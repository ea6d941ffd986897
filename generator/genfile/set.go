package genfile

import (
	"bytes"
	"maps"
	"path"
	"slices"
)

// File is one generated file, named in its folder.
type File struct {
	Name string
	Data []byte
}

// Set is one kind of generated file in a folder: the files as they
// should be, and how to tell a file of the kind that kimppa wrote.
type Set struct {
	Dir   string // the folder below the Root, "." for the Root itself
	Files []File // what the folder should hold
	// Kind tells the names of the kind (forms: *.yml): one that kimppa
	// wrote and Files lacks is stale, and removed. Nil: none is.
	Kind func(name string) bool
	// Ours tells a file that kimppa wrote, by its marker: only such a
	// file is replaced or removed.
	Ours func(name string, data []byte) bool
	// Hint says what to do about a file of a wanted name that kimppa did
	// not write.
	Hint string
}

// Stale lists the names of s that are not up to date: a wanted file that
// differs or is missing (or is not a file), and a file of the kind that
// kimppa wrote and s does not want. It writes nothing.
func (r *Root) Stale(s Set) ([]string, error) {
	var stale []string
	wanted := map[string]bool{}
	for _, f := range s.Files {
		wanted[f.Name] = true
		rel := path.Join(s.Dir, f.Name)
		k, err := r.stat(rel)
		if err != nil {
			return nil, err
		}
		if k != regular {
			stale = append(stale, f.Name)
			continue
		}
		data, _, err := r.Read(rel)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(data, f.Data) {
			stale = append(stale, f.Name)
		}
	}
	if s.Kind != nil {
		present, err := r.list(s.Dir, s.Kind)
		if err != nil {
			return nil, err
		}
		for _, name := range present {
			if wanted[name] {
				continue
			}
			if ours, err := r.ours(s, name); err != nil {
				return nil, err
			} else if ours {
				stale = append(stale, name)
			}
		}
	}
	slices.Sort(stale)
	return stale, nil
}

// ours reports whether the file name of s is one kimppa wrote; a link is
// never one.
func (r *Root) ours(s Set, name string) (bool, error) {
	rel := path.Join(s.Dir, name)
	if k, err := r.stat(rel); err != nil || k != regular {
		return false, err
	}
	data, _, err := r.Read(rel)
	return err == nil && s.Ours(name, data), err
}

// Sync brings the files of s up to date: it writes the stale ones and
// removes the stale files of the kind that s does not want, telling each
// to done ("wrote" or "removed", and the file's name in messages). A
// stale file that is a link, not a file, or not written by kimppa is
// refused before anything is written.
func (r *Root) Sync(s Set, done func(verb, name string)) error {
	stale, err := r.Stale(s)
	if err != nil {
		return err
	}
	for _, name := range stale {
		rel := path.Join(s.Dir, name)
		k, err := r.stat(rel)
		switch {
		case err != nil:
			return err
		case k == link || k == other:
			return r.notAFile(rel, k)
		case k == regular:
			if ours, err := r.ours(s, name); err != nil {
				return err
			} else if !ours {
				return r.refuse("replace", rel, "kimppa did not write it", s.Hint)
			}
		}
	}
	todo := map[string]bool{}
	for _, name := range stale {
		todo[name] = true
	}
	for _, f := range s.Files {
		if !todo[f.Name] {
			continue
		}
		delete(todo, f.Name)
		rel := path.Join(s.Dir, f.Name)
		if err := r.Replace(rel, f.Data); err != nil {
			return err
		}
		done("wrote", r.Name(rel))
	}
	for _, name := range slices.Sorted(maps.Keys(todo)) {
		rel := path.Join(s.Dir, name)
		if err := r.Remove(rel); err != nil {
			return err
		}
		done("removed", r.Name(rel))
	}
	return nil
}
