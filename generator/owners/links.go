package owners

import (
	"cmp"
	"path"
	"regexp"
	"slices"

	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// Link is an organisation that the change newly links to an entry: an
// actor reference that the entry's default-language file has in the change
// but did not have, in the same field, on the base branch (for a new
// entry: every one). The linked actor must agree, so one of its
// maintainers (as the main branch has them) or an admin must approve it:
// nobody can put their name on someone else's profile page.
//
// Which fields link actors is not listed here: every field that the field
// table of package schema types as a reference to actors counts, so a new
// type or field is covered as soon as it is in the table.
type Link struct {
	File  string // the entry's default-language file in the change
	Line  int    // the line of the reference, or 0
	Type  string // the entry's type and slug
	Slug  string
	Title string // the entry's name or title (on the base branch when it is there)
	New   bool   // the entry is not on the base branch
	// Field is the field that links the actor, list indexes left out:
	// "partners", "coordinator", "funding[].share_of".
	Field string
	Actor Actor // Maintainers as the base branch has them
	// Known: the actor has a profile on the base branch.
	Known bool
	// Unchecked: the entry's links could not be read from the change (it
	// was not given, or its front matter is broken), so only an admin may
	// approve it. Field and Actor are empty.
	Unchecked Unchecked
	Owners    []string // the linked actor's maintainers
	Admins    []string
	Satisfied bool
	By        string
	ByAdmin   bool
}

// Unchecked says why a Link could not be checked, or is "".
type Unchecked string

const (
	// NoHead: Decide was not given the change (WithHead).
	NoHead Unchecked = "no-head"
	// Unreadable: the entry's file in the change has front matter that
	// cannot be read.
	Unreadable Unchecked = "unreadable"
)

// Entity is "type/slug".
func (l Link) Entity() string { return l.Type + "/" + l.Slug }

// linksActors reports whether an entry of type t can link an actor in some
// field: a reference to actors, directly or in a list of objects, or a
// "type/slug" reference of field kind Related.
func linksActors(t schema.Type) bool {
	var walk func(fs []schema.Field) bool
	walk = func(fs []schema.Field) bool {
		for _, f := range fs {
			switch {
			case (f.Kind == schema.Ref || f.Kind == schema.RefList) && f.RefType == "actors":
				return true
			case f.Kind == schema.Related && slices.Contains(schema.RelatedTypes, "actors"):
				return true
			case f.Kind == schema.Objects && walk(f.Fields):
				return true
			}
		}
		return false
	}
	return walk(t.Fields)
}

var listIndex = regexp.MustCompile(`\[\d+\]`)

// fieldOf names the field of a link without list indexes:
// "funding[0].share_of" is "funding[].share_of", "partners[1]" "partners".
func fieldOf(l model.Link) string {
	f := listIndex.ReplaceAllString(l.Field, "[]")
	if f == l.Base+"[]" {
		return l.Base
	}
	return f
}

type actorLink struct {
	field, actor string
}

// actorLinks lists the actors that e links, once per field and actor, in
// file order, with the line of the first reference.
func actorLinks(s *model.Site, e *model.Entity) ([]actorLink, map[actorLink]int) {
	var out []actorLink
	lines := map[actorLink]int{}
	if e == nil {
		return nil, lines
	}
	for _, l := range s.Out[e.Ref] {
		if l.To.Type != "actors" || l.To.Slug == "" {
			continue
		}
		k := actorLink{fieldOf(l), l.To.Slug}
		if _, seen := lines[k]; !seen {
			out = append(out, k)
			lines[k] = l.Pos.Line
		}
	}
	return out, lines
}

// links lists the new links of every entry that has a changed file.
func (d decider) links(paths []string) []Link {
	var out []Link
	seen := map[model.Ref]bool{}
	for _, p := range paths {
		typ, slug, ok := EntityOf(d.cfg, p)
		r := model.Ref{Type: typ, Slug: slug}
		if !ok || seen[r] {
			continue
		}
		seen[r] = true
		t, ok := schema.Lookup(typ, d.cfg.TaxonomyKeys())
		if !ok || !linksActors(t) {
			continue
		}
		out = append(out, d.entryLinks(r)...)
	}
	return out
}

// entryLinks lists the links that the change adds to entry r.
func (d decider) entryLinks(r model.Ref) []Link {
	base := d.base.Entities[r]
	proto := Link{Type: r.Type, Slug: r.Slug, Title: r.Slug, New: base == nil, Admins: d.admins}
	if base != nil {
		proto.File = base.Default.File
		proto.Title = cmp.Or(d.base.Title(base, d.cfg.DefaultLang()), r.Slug)
	}
	if d.opts.head == nil {
		proto.Unchecked = NoHead
		proto.File = cmp.Or(proto.File, path.Join(load.ContentDir, r.Type, r.Slug+".md"))
		return []Link{proto}
	}
	file, data, found := d.headFile(r.Type, r.Slug)
	if !found {
		return nil // deleted (or only a translation or a bundle file): it links nobody
	}
	proto.File = file
	head := d.headSite(r, file, data)
	if head == nil {
		proto.Unchecked = Unreadable
		return []Link{proto}
	}
	e := head.Entities[r]
	if proto.New {
		proto.Title = cmp.Or(head.Title(e, d.cfg.DefaultLang()), r.Slug)
	}
	had, _ := actorLinks(d.base, base)
	has, lines := actorLinks(head, e)
	var out []Link
	for _, k := range has {
		if slices.Contains(had, k) {
			continue
		}
		l := proto
		l.Field, l.Line = k.field, lines[k]
		l.Actor = d.actor(k.actor)
		l.Known = d.base.Entities[model.Ref{Type: "actors", Slug: k.actor}] != nil
		l.Owners = l.Actor.Maintainers
		out = append(out, l)
	}
	return out
}

// actor describes an actor by the base branch; an actor that is not there
// takes its name from the change, if it is new in it, and has no
// maintainers: only an admin may approve naming it.
func (d decider) actor(slug string) Actor {
	if e := d.base.Entities[model.Ref{Type: "actors", Slug: slug}]; e != nil {
		return Actor{Slug: slug, Title: cmp.Or(d.base.Title(e, d.cfg.DefaultLang()), slug), Maintainers: Handles(e.Strings("", "maintainers"))}
	}
	title := slug
	if fm := d.headFrontMatter("actors", slug); fm != nil {
		title = cmp.Or(scalar(fm, "name"), slug)
	}
	return Actor{Slug: slug, Title: title}
}

// headSite decodes an entry's default-language file of the change as the
// build does, into a site of that one entry, so that its links are the
// build's own. It is nil when the front matter cannot be read.
func (d decider) headSite(r model.Ref, file string, data []byte) *model.Site {
	doc, body, bodyLine, diag := load.Split(file, data)
	if diag != nil || doc == nil {
		return nil
	}
	f := &load.File{Path: file, Type: r.Type, Slug: r.Slug, Doc: doc, Body: body, BodyLine: bodyLine}
	if name := path.Base(file); name == "index.md" || name == "index."+d.cfg.DefaultLang()+".md" {
		f.Bundle = path.Dir(file)
	}
	s, _ := model.Build(d.cfg, &load.Content{Files: []*load.File{f}, Assets: map[string][]load.Asset{}}, model.Options{Drafts: true})
	if s == nil || s.Entities[r] == nil {
		return nil
	}
	return s
}
