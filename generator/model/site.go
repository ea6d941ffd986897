package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// Site is the whole portal: every entity, drafts included, and the links
// between them.
type Site struct {
	Config   *config.Config
	Types    []schema.Type
	Entities map[Ref]*Entity
	ByType   map[string][]*Entity // sorted by slug
	Links    []Link               // every reference, in file order
	Out      map[Ref][]Link       // links by their source
	Back     map[Ref][]Link       // links by their target
	Drafts   bool                 // drafts are published
	// Broken are the entities whose file is there but could not be read
	// (and is reported as such): references to them are not unknown.
	Broken map[Ref]bool
	// Words are the site's words: its i18n/ over the embedded catalogues.
	Words *words.Book
}

// WordsIn are the site's words in lang.
func (s *Site) WordsIn(lang string) words.Words {
	if s.Words == nil {
		return words.In(lang)
	}
	return s.Words.In(lang)
}

// Link is one reference from an entity's field to another entity.
type Link struct {
	From  Ref
	To    Ref
	Field string // the field path, e.g. "funding[0].source"
	Base  string // the top-level field, e.g. "funding"
	Index int    // the list index within Base, or -1
	Pos   diag.Pos
}

// Type returns the schema of type name.
func (s *Site) Type(name string) schema.Type {
	for _, t := range s.Types {
		if t.Name == name {
			return t
		}
	}
	return schema.Type{}
}

// Published lists the entities of typ that are built, sorted by slug.
func (s *Site) Published(typ string) []*Entity {
	var out []*Entity
	for _, e := range s.ByType[typ] {
		if s.Drafts || !e.Draft() {
			out = append(out, e)
		}
	}
	return out
}

// IsPublished reports whether r names an entity that is built.
func (s *Site) IsPublished(r Ref) bool {
	e := s.Entities[r]
	return e != nil && (s.Drafts || !e.Draft())
}

// Options control how content becomes a site.
type Options struct {
	Drafts bool
	Cache  *Cache      // decoded files kept between builds; nil decodes every file
	Words  *words.Book // the site's words (words.Load); nil for the embedded ones
	// Types is the field table to decode with; nil for schema.Types of
	// the site's taxonomies. Every stage after the model reads s.Types.
	Types []schema.Type
}

// Build decodes every file of c into entities. It reports field problems,
// duplicate slugs and translations without a default-language file; the
// rules across entities are package validate's.
func Build(cfg *config.Config, c *load.Content, opts Options) (*Site, diag.List) {
	var diags diag.List
	s := &Site{
		Config:   cfg,
		Types:    opts.Types,
		Entities: make(map[Ref]*Entity, len(c.Files)),
		ByType:   map[string][]*Entity{},
		Out:      map[Ref][]Link{},
		Back:     map[Ref][]Link{},
		Drafts:   opts.Drafts,
		Broken:   map[Ref]bool{},
		Words:    opts.Words,
	}
	if s.Types == nil {
		s.Types = schema.Types(cfg.TaxonomyKeys())
	}
	for _, f := range c.Broken {
		s.Broken[Ref{f.Type, f.Slug}] = true
	}
	variants := decodeAll(s, c.Files, opts.Cache, &diags)
	for i, f := range c.Files {
		if f.Lang == "" {
			s.addDefault(f, variants[i], c, &diags)
		}
	}
	for i, f := range c.Files {
		if f.Lang != "" {
			s.addTranslation(f, variants[i], &diags)
		}
	}
	for _, list := range s.ByType {
		slices.SortFunc(list, func(a, b *Entity) int { return strings.Compare(a.Slug, b.Slug) })
	}
	s.link(opts.Cache)
	return s, diags
}

// decodeAll decodes every file on every core, or takes it from cache;
// diagnostics keep file order.
func decodeAll(s *Site, files []*load.File, cache *Cache, diags *diag.List) []*Variant {
	out := make([]*Variant, len(files))
	found := make([]diag.List, len(files))
	parallel.For(len(files), func(i int) {
		if d, ok := cache.get(files[i]); ok {
			out[i], found[i] = d.v, d.diags
			return
		}
		out[i] = decodeFile(files[i], s.Type(files[i].Type), &found[i])
	})
	cache.keep(files, out, found)
	for _, f := range found {
		diags.Add(f...)
	}
	return out
}

func (s *Site) addDefault(f *load.File, v *Variant, c *load.Content, diags *diag.List) {
	r := Ref{f.Type, f.Slug}
	if old := s.Entities[r]; old != nil {
		diags.Errorf(diag.Pos{File: f.Path, Line: 1, Col: 1}, "", "rename one of them; a slug must be unique within "+f.Type,
			"duplicate slug %q: %s also defines it", f.Slug, old.Default.File)
		return
	}
	e := &Entity{Ref: r, Default: v, Trans: map[string]*Variant{}, Bundle: f.Bundle, Assets: c.Assets[f.Bundle]}
	s.Entities[r] = e
	s.ByType[f.Type] = append(s.ByType[f.Type], e)
}

func (s *Site) addTranslation(f *load.File, v *Variant, diags *diag.List) {
	r := Ref{f.Type, f.Slug}
	e := s.Entities[r]
	pos := diag.Pos{File: f.Path, Line: 1, Col: 1}
	if e == nil && s.Broken[r] {
		return // the default-language file's own problem is reported
	}
	if e == nil {
		def := DefaultFile(f.Path, f.Lang)
		diags.Errorf(pos, "", "add "+def+" in the default language ("+s.Config.DefaultLang()+"), or rename this file", "translation %q has no default-language file", f.Slug)
		return
	}
	if e.Trans[f.Lang] != nil {
		diags.Errorf(pos, "", "remove one of them", "duplicate %s translation of %s (also %s)", f.Lang, r, e.Trans[f.Lang].File)
		return
	}
	e.Trans[f.Lang] = v
}

// link collects every reference and derives the reverse links. With a
// cache, a build whose links are those of the previous build shares its
// Links, Out and Back with it: they are read-only.
func (s *Site) link(cache *Cache) {
	var per [][]Link
	total := 0
	for _, typ := range config.Types {
		t := s.Type(typ)
		for _, e := range s.ByType[typ] {
			ls, ok := cache.links(e)
			if !ok {
				for _, f := range t.Fields {
					ls = append(ls, fieldLinks(e, f)...)
				}
				cache.keepLinks(e, ls)
			}
			if len(ls) > 0 {
				per = append(per, ls)
				total += len(ls)
			}
		}
	}
	if cache.sameLinks(per) {
		s.Links, s.Out, s.Back = cache.site.Links, cache.site.Out, cache.site.Back
		return
	}
	s.Links = make([]Link, 0, total)
	targets := make(map[Ref]int, len(per))
	for _, ls := range per {
		start := len(s.Links)
		s.Links = append(s.Links, ls...)
		s.Out[ls[0].From] = s.Links[start:len(s.Links):len(s.Links)]
		for _, l := range ls {
			targets[l.To]++
		}
	}
	back := make([]Link, 0, total)
	for _, l := range s.Links {
		ls := s.Back[l.To]
		if ls == nil {
			start := len(back)
			back = back[:start+targets[l.To]]
			ls = back[start:start:len(back)]
		}
		s.Back[l.To] = append(ls, l)
	}
	for _, ls := range s.Back {
		slices.SortStableFunc(ls, func(a, b Link) int {
			return cmp.Or(strings.Compare(a.From.Type, b.From.Type), strings.Compare(a.From.Slug, b.From.Slug), cmp.Compare(a.Index, b.Index))
		})
	}
	cache.keepSite(s, per)
}

// fieldLinks lists the references written in field f of e's default file.
func fieldLinks(e *Entity, f schema.Field) []Link {
	mk := func(to Ref, path string, idx int) Link {
		return Link{From: e.Ref, To: to, Field: path, Base: f.Name, Index: idx, Pos: e.posOr(path, f.Name)}
	}
	var out []Link
	switch f.Kind {
	case schema.Ref:
		if s := e.Str("", f.Name); s != "" {
			out = append(out, mk(Ref{f.RefType, s}, f.Name, -1))
		}
	case schema.RefList, schema.Related:
		for i, s := range e.Strings("", f.Name) {
			to := Ref{f.RefType, s}
			if f.Kind == schema.Related {
				to.Type, to.Slug, _ = strings.Cut(s, "/")
			}
			out = append(out, mk(to, fmt.Sprintf("%s[%d]", f.Name, i), i))
		}
	case schema.Objects:
		for i, o := range e.Objects("", f.Name) {
			for _, sub := range f.Fields {
				if s, ok := o[sub.Name].(string); ok && sub.Kind == schema.Ref {
					out = append(out, mk(Ref{sub.RefType, s}, fmt.Sprintf("%s[%d].%s", f.Name, i, sub.Name), i))
				}
			}
		}
	}
	return out
}

func (e *Entity) posOr(path, field string) diag.Pos {
	if p, ok := e.Default.Pos[path]; ok {
		return p
	}
	return e.Pos(field)
}

// Title is the name or title of the entity in lang.
func (s *Site) Title(e *Entity, lang string) string {
	return e.Str(lang, s.Type(e.Type).TitleField)
}

// Contact is the e-mail address to write to about e: its own email or
// contact, else that of the first of its providers or its owner that has
// one; "" when there is none.
func (s *Site) Contact(e *Entity) string {
	for _, f := range []string{"email", "contact"} {
		if v := e.Str("", f); schema.CheckEmail("", v) == nil {
			return v
		}
	}
	for _, base := range []string{"providers", "owner"} {
		for _, l := range s.LinksFrom(e, base) {
			if to := s.Entities[l.To]; to != nil && schema.CheckEmail("", to.Str("", "email")) == nil {
				return to.Str("", "email")
			}
		}
	}
	return ""
}

// LinksFrom lists the links of e whose top-level field is base.
func (s *Site) LinksFrom(e *Entity, base string) []Link {
	var out []Link
	for _, l := range s.Out[e.Ref] {
		if l.Base == base {
			out = append(out, l)
		}
	}
	return out
}
