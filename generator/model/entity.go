// Package model holds the site as typed entities: decoded front matter,
// translations with field-by-field fallback, and the reference graph with
// its derived reverse links. It does no I/O.
package model

import (
	"maps"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
)

// Ref names an entity.
type Ref struct {
	Type string
	Slug string
}

func (r Ref) String() string { return r.Type + "/" + r.Slug }

// Object is one element of a list-of-objects field, e.g. a contact.
// Values have the same Go types as Variant.Fields.
type Object map[string]any

// Variant is an entity's content in one language, as its file has it.
// Field values are string (text, enum, date, URL, reference…), bool,
// float64 (money), []string (lists) or []Object.
type Variant struct {
	File     string
	Lang     string
	Fields   map[string]any
	Body     string
	BodyLine int
	Pos      map[string]diag.Pos // field path ("funding[1].source") → position
}

// Entity is one actor, service, project, contract, funding source or page.
type Entity struct {
	Ref
	Default *Variant            // the default-language file
	Trans   map[string]*Variant // translations by language
	Bundle  string              // the bundle folder, or ""
	Assets  []load.Asset        // the bundle's other files
}

// Get returns the value of field in lang, falling back to the default
// language field by field.
func (e *Entity) Get(lang, field string) any {
	if t := e.Trans[lang]; t != nil {
		if v, ok := t.Fields[field]; ok {
			return v
		}
	}
	return e.Default.Fields[field]
}

// Str returns a text field in lang, or "".
func (e *Entity) Str(lang, field string) string {
	s, _ := e.Get(lang, field).(string)
	return s
}

// Strings returns a list field in lang.
func (e *Entity) Strings(lang, field string) []string {
	s, _ := e.Get(lang, field).([]string)
	return s
}

// Objects returns a list-of-objects field in lang. A translation's items
// translate the default-language file's items in the same places, field
// by field: item i of the translation overrides the texts of item i.
func (e *Entity) Objects(lang, field string) []Object {
	def, _ := e.Default.Fields[field].([]Object)
	t := e.Trans[lang]
	if t == nil {
		return def
	}
	tr, ok := t.Fields[field].([]Object)
	if !ok {
		return def
	}
	out := make([]Object, len(def))
	for i, o := range def {
		if i < len(tr) {
			o = maps.Clone(o)
			maps.Copy(o, tr[i])
		}
		out[i] = o
	}
	return out
}

// Bool returns a true/false field.
func (e *Entity) Bool(field string) bool {
	b, _ := e.Default.Fields[field].(bool)
	return b
}

// Money returns a money field and whether it is set.
func (e *Entity) Money(field string) (float64, bool) {
	m, ok := e.Default.Fields[field].(float64)
	return m, ok
}

// Body returns the Markdown body in lang, falling back to the default.
func (e *Entity) Body(lang string) string {
	if t := e.Trans[lang]; t != nil && t.Body != "" {
		return t.Body
	}
	return e.Default.Body
}

// Translated reports whether the entity has its own file in lang.
func (e *Entity) Translated(lang string) bool {
	return e.Trans[lang] != nil
}

// Draft reports whether the entity is marked draft.
func (e *Entity) Draft() bool { return e.Bool("draft") }

// Pos returns where field is written in the default-language file, or the
// file's first line.
func (e *Entity) Pos(field string) diag.Pos {
	if p, ok := e.Default.Pos[field]; ok {
		return p
	}
	return diag.Pos{File: e.Default.File, Line: 1, Col: 1}
}

// Variants lists the default variant, then translations in lang order.
func (e *Entity) Variants(langs []string) []*Variant {
	out := []*Variant{e.Default}
	for _, l := range langs {
		if t := e.Trans[l]; t != nil {
			out = append(out, t)
		}
	}
	return out
}
