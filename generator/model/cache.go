package model

import (
	"slices"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
)

// Cache keeps the decoded front matter of files, and the references
// written in them, between builds, so that a rebuild after a change
// decodes only the files that changed (serve uses it). A file is known by
// its *load.File: a reader that reads a file again makes a new one. A
// Cache belongs to one configuration, because the taxonomies shape the
// fields, and serves one Build at a time.
type Cache struct {
	files map[*load.File]decoded
	refs  map[*Variant]entityLinks
	// The links of the last build, by entity, and the site they made.
	per  [][]Link
	site *Site
}

type decoded struct {
	v     *Variant
	diags diag.List
}

// entityLinks are the links of an entity whose default file is cached;
// they depend on nothing else but the entity's Ref.
type entityLinks struct {
	from  Ref
	links []Link
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{} }

// get returns f decoded by an earlier build. It may run on several
// goroutines at once; keep may not.
func (c *Cache) get(f *load.File) (decoded, bool) {
	if c == nil {
		return decoded{}, false
	}
	d, ok := c.files[f]
	return d, ok
}

// keep remembers the files of a build and forgets all others, with the
// links of the variants that are gone.
func (c *Cache) keep(files []*load.File, vs []*Variant, diags []diag.List) {
	if c == nil {
		return
	}
	c.files = make(map[*load.File]decoded, len(files))
	refs := make(map[*Variant]entityLinks, len(c.refs))
	for i, f := range files {
		c.files[f] = decoded{vs[i], diags[i]}
		if l, ok := c.refs[vs[i]]; ok {
			refs[vs[i]] = l
		}
	}
	c.refs = refs
}

// Decoded reports whether the last build decoded f: the next one takes
// f's variant from the cache and reads neither f.Doc nor f.Body again.
func (c *Cache) Decoded(f *load.File) bool {
	_, ok := c.get(f)
	return ok
}

// links returns the links of e from an earlier build.
func (c *Cache) links(e *Entity) ([]Link, bool) {
	if c == nil {
		return nil, false
	}
	l, ok := c.refs[e.Default]
	if !ok || l.from != e.Ref {
		return nil, false
	}
	return l.links, true
}

func (c *Cache) keepLinks(e *Entity, links []Link) {
	if c != nil {
		c.refs[e.Default] = entityLinks{e.Ref, links}
	}
}

// sameLinks reports whether per, the links of a build by entity, are
// those of the last build.
func (c *Cache) sameLinks(per [][]Link) bool {
	if c == nil || c.site == nil || len(per) != len(c.per) {
		return false
	}
	for i, ls := range per {
		old := c.per[i]
		if len(ls) != len(old) || (&ls[0] != &old[0] && !slices.Equal(ls, old)) {
			return false
		}
	}
	return true
}

func (c *Cache) keepSite(s *Site, per [][]Link) {
	if c != nil {
		c.site, c.per = s, per
	}
}
