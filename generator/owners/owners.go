// Package owners decides who may approve a change to a site's files.
//
// The rule: a profile (an actor's file or bundle) may be changed by its
// maintainers; a service by the maintainers of any of its providers; a
// project by the maintainers of its coordinator or partners; a contract by
// the maintainers of its parties; everything else — funding sources, free
// pages, kimppa.yaml, templates, code, workflows — only by the admins of
// kimppa.yaml, who may also change anything. A new profile needs an admin.
//
// Besides, an entry that the change links to an organisation it did not
// link before (as a provider, party, coordinator, partner, funding share,
// owner: any reference to an actor) needs one of that organisation's
// maintainers or an admin too, in a new entry as in a changed one: nobody
// can put their name on someone else's profile page. See Link.
//
// Who maintains what is always read from the base branch, never from the
// change being decided: a pull request that adds its author to the
// maintainers of someone else's profile still needs that profile's
// maintainers. Decide is a pure function of the base site and the change.
package owners

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/node"
	"github.com/kimppa/kimppa/generator/schema"
	"gopkg.in/yaml.v3"
)

// Rule says why a file's approvers are who they are.
type Rule string

const (
	// Profile: an actor's own files; its maintainers may approve.
	Profile Rule = "profile"
	// Linked: a service, project, contract or challenge; the maintainers
	// of the actors it names (providers; coordinator and partners;
	// parties; owner).
	Linked Rule = "linked"
	// NewProfile: a new actor; only an admin may approve.
	NewProfile Rule = "new-profile"
	// AdminOnly: funding sources, pages and every file outside content/.
	AdminOnly Rule = "admin-only"
)

// ownerFields are the fields whose actors' maintainers may change an
// entity of each type besides actors.
var ownerFields = map[string][]string{
	"services":  {"providers"},
	"projects":  {"coordinator", "partners"},
	"contracts": {"parties"},
	// a challenge is its owner's: the owner's maintainers post and close it
	"challenges": {"owner"},
}

// Verdict is the decision on one changed file.
type Verdict struct {
	File   string
	Type   string // the entity's type, or "" for a file that is no entity
	Slug   string
	Title  string // the entity's name in the base branch (new: in the change)
	New    bool   // the entity is not in the base branch
	Rule   Rule
	Via    []Actor  // Linked: the named actors that exist in the base branch
	Owners []string // handles that may approve besides the admins
	Admins []string
	// Satisfied: the author or an approver may approve the file.
	Satisfied bool
	By        string // who satisfied it
	ByAdmin   bool   // By is an admin (rather than a maintainer)
}

// Actor is an actor named by a service, project or contract.
type Actor struct {
	Slug        string
	Title       string
	Maintainers []string
}

// Entity is "type/slug", or "".
func (v Verdict) Entity() string {
	if v.Type == "" {
		return ""
	}
	return v.Type + "/" + v.Slug
}

// Result is the decision on a whole change.
type Result struct {
	Author    string
	Approvers []string
	Files     []Verdict
	Links     []Link // organisations newly linked to the changed entries
}

// OK reports whether every file and every new link is satisfied.
func (r Result) OK() bool {
	for _, v := range r.Files {
		if !v.Satisfied {
			return false
		}
	}
	return r.MissingLinks() == 0
}

// MissingLinks counts the new links that are not satisfied.
func (r Result) MissingLinks() int {
	n := 0
	for _, l := range r.Links {
		if !l.Satisfied {
			n++
		}
	}
	return n
}

// Missing counts the files that are not satisfied.
func (r Result) Missing() int {
	n := 0
	for _, v := range r.Files {
		if !v.Satisfied {
			n++
		}
	}
	return n
}

// Option changes how Decide works.
type Option func(*options)

type options struct {
	head func(path string) ([]byte, bool)
}

// WithHead gives Decide the files of the change itself, read by path
// (false: the file is not in the change). They are read as data for two
// things. A new service, project or contract may be approved by the
// maintainers of the actors it names — if those actors exist in the base
// branch. And the actors that a changed or new entry links and did not
// link before must agree (see Link). Without it, a new entity of any type
// needs an admin, and so does every changed entry that can link an actor,
// because its new links cannot be seen.
func WithHead(read func(path string) ([]byte, bool)) Option {
	return func(o *options) { o.head = read }
}

// Decide decides which changed files (paths relative to the site
// directory; a renamed file is listed under both names) the author or the
// approvers may change, by the maintainers and admins of base and cfg.
// Handles are compared without "@" and case-insensitively.
func Decide(base *model.Site, cfg *config.Config, author string, approvers []string, changed []string, opts ...Option) Result {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	d := decider{base: base, cfg: cfg, opts: o, admins: Handles(cfg.Admins)}
	r := Result{Author: Handle(author), Approvers: Handles(approvers)}
	paths := Paths(changed)
	for _, p := range paths {
		v := d.verdict(p)
		v.By, v.ByAdmin, v.Satisfied = d.approval(v.Owners, r.Author, r.Approvers)
		r.Files = append(r.Files, v)
	}
	for _, l := range d.links(paths) {
		l.By, l.ByAdmin, l.Satisfied = d.approval(l.Owners, r.Author, r.Approvers)
		r.Links = append(r.Links, l)
	}
	return r
}

type decider struct {
	base   *model.Site
	cfg    *config.Config
	opts   options
	admins []string
}

func (d decider) verdict(p string) Verdict {
	v := Verdict{File: p, Admins: d.admins, Rule: AdminOnly}
	typ, slug, ok := EntityOf(d.cfg, p)
	if !ok {
		return v
	}
	v.Type, v.Slug, v.Title = typ, slug, slug
	e := d.base.Entities[model.Ref{Type: typ, Slug: slug}]
	v.New = e == nil
	if e != nil {
		v.Title = cmp.Or(d.base.Title(e, d.cfg.DefaultLang()), slug)
	}
	switch {
	case typ == "actors" && e != nil:
		v.Rule = Profile
		v.Owners = Handles(e.Strings("", "maintainers"))
	case typ == "actors":
		v.Rule = NewProfile
		if fm := d.headFrontMatter(typ, slug); fm != nil {
			v.Title = cmp.Or(scalar(fm, "name"), slug)
		}
	case ownerFields[typ] != nil:
		v.Rule = Linked
		var named []string
		if e != nil {
			for _, f := range ownerFields[typ] {
				named = append(named, e.Strings("", f)...)
				if s := e.Str("", f); s != "" {
					named = append(named, s)
				}
			}
		} else if fm := d.headFrontMatter(typ, slug); fm != nil {
			v.Title = cmp.Or(scalar(fm, "title"), slug)
			for _, f := range ownerFields[typ] {
				named = append(named, values(fm, f)...)
			}
		}
		for _, a := range dedupe(named) {
			actor := d.base.Entities[model.Ref{Type: "actors", Slug: a}]
			if actor == nil {
				continue // only actors of the base branch count
			}
			ms := Handles(actor.Strings("", "maintainers"))
			v.Via = append(v.Via, Actor{Slug: a, Title: cmp.Or(d.base.Title(actor, d.cfg.DefaultLang()), a), Maintainers: ms})
			v.Owners = append(v.Owners, ms...)
		}
		v.Owners = dedupe(v.Owners)
	}
	return v
}

// approval finds who may approve a file or link that owners may approve:
// the author's own right comes first, then an approval by one of the
// owners, then by an admin.
func (d decider) approval(owners []string, author string, approvers []string) (by string, byAdmin, ok bool) {
	switch {
	case author != "" && slices.Contains(owners, author):
		return author, false, true
	case author != "" && slices.Contains(d.admins, author):
		return author, true, true
	}
	for _, a := range approvers {
		if a != "" && slices.Contains(owners, a) {
			return a, false, true
		}
	}
	for _, a := range approvers {
		if a != "" && slices.Contains(d.admins, a) {
			return a, true, true
		}
	}
	return "", false, false
}

// headFrontMatter reads the front matter of a new entity's default-language
// file in the change, or nil.
func (d decider) headFrontMatter(typ, slug string) *yaml.Node {
	p, data, ok := d.headFile(typ, slug)
	if !ok {
		return nil
	}
	doc, _, _, diag := load.Split(p, data)
	if diag != nil || doc == nil {
		return nil
	}
	return doc.Root
}

// headFile reads an entity's default-language file in the change: its
// path and bytes, and whether it is there.
func (d decider) headFile(typ, slug string) (string, []byte, bool) {
	if d.opts.head == nil {
		return "", nil, false
	}
	def := d.cfg.DefaultLang()
	for _, p := range []string{
		path.Join(load.ContentDir, typ, slug+".md"),
		path.Join(load.ContentDir, typ, slug, "index.md"),
		path.Join(load.ContentDir, typ, slug+"."+def+".md"),
		path.Join(load.ContentDir, typ, slug, "index."+def+".md"),
	} {
		if data, ok := d.opts.head(p); ok {
			return p, data, true
		}
	}
	return "", nil, false
}

// values reads a reference or a list of references from front matter.
func values(m *yaml.Node, field string) []string {
	for _, kv := range node.Pairs(m) {
		if kv.Key.Value != field {
			continue
		}
		n := node.Resolve(kv.Value)
		switch {
		case n == nil:
		case n.Kind == yaml.ScalarNode:
			return []string{strings.TrimSpace(n.Value)}
		case n.Kind == yaml.SequenceNode:
			var out []string
			for _, c := range n.Content {
				if c = node.Resolve(c); c != nil && c.Kind == yaml.ScalarNode {
					out = append(out, strings.TrimSpace(c.Value))
				}
			}
			return out
		}
	}
	return nil
}

func scalar(m *yaml.Node, field string) string {
	if vs := values(m, field); len(vs) == 1 {
		return vs[0]
	}
	return ""
}

// EntityOf maps a path of the site to the entity it belongs to: an entity
// file, a translation, or any file of a bundle. ok is false for files that
// belong to no entity: everything outside content/<type>/.
func EntityOf(cfg *config.Config, p string) (typ, slug string, ok bool) {
	parts := strings.Split(p, "/")
	if len(parts) < 3 || parts[0] != load.ContentDir || !slices.Contains(config.Types, parts[1]) {
		return "", "", false
	}
	typ = parts[1]
	if len(parts) == 3 {
		name, isMD := strings.CutSuffix(parts[2], ".md")
		if !isMD {
			return "", "", false
		}
		if i := strings.LastIndexByte(name, '.'); i >= 0 && cfg.HasLang(name[i+1:]) {
			name = name[:i]
		}
		slug = name
	} else {
		slug = parts[2]
	}
	if !schema.ValidSlug(slug) {
		return "", "", false
	}
	return typ, slug, true
}

// Paths cleans changed paths: slashes, no "./", no duplicates, sorted.
// A path that tries to leave the site stays as written, so that it falls
// to the admins.
func Paths(changed []string) []string {
	var out []string
	for _, p := range changed {
		p = strings.TrimSpace(strings.ReplaceAll(p, "\\", "/"))
		if p == "" {
			continue
		}
		if c := path.Clean(p); !strings.HasPrefix(c, "../") && c != ".." && !path.IsAbs(c) {
			p = c
		}
		out = append(out, p)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Handle normalizes a GitHub handle: no "@", lower case.
func Handle(h string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@"))
}

// Handles normalizes handles, dropping empty ones and duplicates and
// keeping the order.
func Handles(hs []string) []string {
	var out []string
	for _, h := range hs {
		if h = Handle(h); h != "" && !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}

func dedupe(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
