// Package diff compares two versions of a site — two folders or two git
// revisions — and tells what changed in plain language: entities added,
// removed and changed, field by field, in Finnish or English, as Markdown
// for a pull request's job summary or as JSON.
package diff

import (
	"bytes"
	"cmp"
	"reflect"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// Change is what happened to an entity or a field.
type Change string

const (
	Added   Change = "added"
	Removed Change = "removed"
	Changed Change = "changed"
)

// Special field names besides the front matter's own.
const (
	FieldBody        = "body"        // the Markdown text below the front matter
	FieldTranslation = "translation" // a whole translation file
	FieldFile        = "file"        // a file in the entity's bundle
)

// Report is every difference between two sites.
type Report struct {
	Base, Head string // how the two versions were named, e.g. "main" and "HEAD"
	Entities   []Entity
	Site       []Field // changes to kimppa.yaml: title, languages, admins, taxonomy terms
	Errors     int     // errors in the head version's content

	base, head *model.Site
}

// Entity is one entity that was added, removed or changed.
type Entity struct {
	Type   string
	Slug   string
	Change Change
	File   string  // its default-language file in head, or in base when removed
	Fields []Field // for an added entity, every field it sets

	base, head *model.Entity
}

// Field is one changed value.
type Field struct {
	Name   string // a front matter field, or FieldBody, FieldTranslation, FieldFile
	Lang   string // "" for the default-language file, else the translation's
	Change Change
	Old    any // model values: string, bool, float64, []string, []model.Object
	New    any
	// Invalid: the head version writes a value that is not valid, so New
	// is missing; the check reports why.
	Invalid bool
}

// Counts returns how many entities were added, removed and changed.
func (r *Report) Counts() (added, removed, changed int) {
	for _, e := range r.Entities {
		switch e.Change {
		case Added:
			added++
		case Removed:
			removed++
		default:
			changed++
		}
	}
	return
}

// Empty reports whether nothing changed.
func (r *Report) Empty() bool { return len(r.Entities) == 0 && len(r.Site) == 0 }

// Compare compares two loaded sites. headDiags are the problems found in
// head: a field with an error is reported as invalid rather than removed.
func Compare(base, head *model.Site, headDiags diag.List) *Report {
	r := &Report{base: base, head: head, Errors: headDiags.Errors()}
	bad := invalidFields(headDiags)
	r.Site = compareConfig(base.Config, head.Config)
	refs := map[model.Ref]bool{}
	for ref := range base.Entities {
		refs[ref] = true
	}
	for ref := range head.Entities {
		refs[ref] = true
	}
	order := make([]model.Ref, 0, len(refs))
	for ref := range refs {
		order = append(order, ref)
	}
	slices.SortFunc(order, func(a, b model.Ref) int {
		return cmp.Or(cmp.Compare(typeIndex(a.Type), typeIndex(b.Type)), strings.Compare(a.Slug, b.Slug))
	})
	for _, ref := range order {
		b, h := base.Entities[ref], head.Entities[ref]
		e := Entity{Type: ref.Type, Slug: ref.Slug, base: b, head: h}
		switch {
		case b == nil:
			e.Change, e.File = Added, h.Default.File
			e.Fields = compareEntity(head.Type(ref.Type), nil, h, head.Config.Languages, bad)
		case h == nil:
			e.Change, e.File = Removed, b.Default.File
		default:
			e.Change, e.File = Changed, h.Default.File
			e.Fields = compareEntity(head.Type(ref.Type), b, h, head.Config.Languages, bad)
			if len(e.Fields) == 0 {
				continue
			}
		}
		r.Entities = append(r.Entities, e)
	}
	return r
}

// invalidFields lists the top-level fields with errors, as "file\x00field".
func invalidFields(ds diag.List) map[string]bool {
	out := map[string]bool{}
	for _, d := range ds {
		if d.Severity != diag.Error || d.Field == "" {
			continue
		}
		top, _, _ := strings.Cut(d.Field, "[")
		top, _, _ = strings.Cut(top, ".")
		out[d.Pos.File+"\x00"+top] = true
	}
	return out
}

func typeIndex(typ string) int {
	if i := slices.Index(config.Types, typ); i >= 0 {
		return i
	}
	return len(config.Types)
}

// compareEntity lists the field changes from b to h; b is nil for an
// added entity.
func compareEntity(t schema.Type, b, h *model.Entity, langs []string, bad map[string]bool) []Field {
	var out []Field
	var bd *model.Variant
	if b != nil {
		bd = b.Default
	}
	out = append(out, compareVariant(t, bd, h.Default, "", bad)...)
	for _, lang := range langs[1:] {
		var bt *model.Variant
		if b != nil {
			bt = b.Trans[lang]
		}
		ht := h.Trans[lang]
		switch {
		case bt == nil && ht == nil:
		case bt == nil:
			out = append(out, Field{Name: FieldTranslation, Lang: lang, Change: Added})
			out = append(out, compareVariant(t, nil, ht, lang, bad)...)
		case ht == nil:
			out = append(out, Field{Name: FieldTranslation, Lang: lang, Change: Removed})
		default:
			out = append(out, compareVariant(t, bt, ht, lang, bad)...)
		}
	}
	var bassets []load.Asset
	if b != nil {
		bassets = b.Assets
	}
	out = append(out, compareAssets(bassets, h.Assets)...)
	return out
}

func compareVariant(t schema.Type, b, h *model.Variant, lang string, bad map[string]bool) []Field {
	var out []Field
	bf := map[string]any{}
	body := ""
	if b != nil {
		bf, body = b.Fields, b.Body
	}
	for _, f := range t.Fields {
		old, new := bf[f.Name], h.Fields[f.Name]
		if _, decoded := h.Fields[f.Name]; !decoded && bad[h.File+"\x00"+f.Name] {
			c := Changed
			if empty(old) {
				c = Added
			}
			out = append(out, Field{Name: f.Name, Lang: lang, Change: c, Old: old, Invalid: true})
			continue
		}
		if f.Kind == schema.Bool && lang == "" { // a missing true/false is false
			old, new = cmp.Or(old, any(false)), cmp.Or(new, any(false))
		}
		if c, ok := change(old, new); ok {
			out = append(out, Field{Name: f.Name, Lang: lang, Change: c, Old: old, New: new})
		}
	}
	if c, ok := change(strings.TrimSpace(body), strings.TrimSpace(h.Body)); ok {
		out = append(out, Field{Name: FieldBody, Lang: lang, Change: c})
	}
	return out
}

// change says how old became new; ok is false when they are the same.
// Empty values count as missing.
func change(old, new any) (Change, bool) {
	oe, ne := empty(old), empty(new)
	switch {
	case oe && ne:
		return "", false
	case oe:
		return Added, true
	case ne:
		return Removed, true
	case reflect.DeepEqual(old, new):
		return "", false
	}
	return Changed, true
}

func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []string:
		return len(x) == 0
	case []model.Object:
		return len(x) == 0
	}
	return false
}

func compareAssets(b, h []load.Asset) []Field {
	var out []Field
	find := func(as []load.Asset, name string) *load.Asset {
		for i := range as {
			if as[i].Name == name {
				return &as[i]
			}
		}
		return nil
	}
	var names []string
	for _, a := range b {
		names = append(names, a.Name)
	}
	for _, a := range h {
		names = append(names, a.Name)
	}
	slices.Sort(names)
	for _, n := range slices.Compact(names) {
		ba, ha := find(b, n), find(h, n)
		switch {
		case ba == nil:
			out = append(out, Field{Name: FieldFile, Change: Added, New: n})
		case ha == nil:
			out = append(out, Field{Name: FieldFile, Change: Removed, Old: n})
		case ba.Size != ha.Size || !bytes.Equal(ba.Head, ha.Head):
			out = append(out, Field{Name: FieldFile, Change: Changed, Old: n, New: n})
		}
	}
	return out
}

// compareConfig lists the changes of kimppa.yaml that members and admins
// should notice.
func compareConfig(b, h *config.Config) []Field {
	var out []Field
	addLang := func(name, lang string, old, new any) {
		if c, ok := change(old, new); ok {
			out = append(out, Field{Name: name, Lang: lang, Change: c, Old: old, New: new})
		}
	}
	add := func(name string, old, new any) { addLang(name, "", old, new) }
	for _, lang := range h.Languages {
		addLang("site_title", lang, b.Title.In(lang, b.DefaultLang()), h.Title.In(lang, h.DefaultLang()))
	}
	add("languages", b.Languages, h.Languages)
	add("base_url", b.BaseURL, h.BaseURL)
	add("admins", b.Admins, h.Admins)
	keys := slices.Clone(b.TaxonomyKeys())
	keys = append(keys, h.TaxonomyKeys()...)
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		var old, new []string
		if t, ok := b.Taxonomy(k); ok {
			old = t.TermKeys()
		}
		if t, ok := h.Taxonomy(k); ok {
			new = t.TermKeys()
		}
		add("taxonomy:"+k, old, new)
	}
	return out
}
