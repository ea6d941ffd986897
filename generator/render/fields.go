package render

import (
	"fmt"
	"path"
	"strings"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// The facts an entity page shows by the field table alone: every field
// whose Page is schema.InFacts, labelled by its words (f_<field>) and
// written as its kind is. The type's page builders (entitytypes.go) place
// the other fields by hand, so a field added to the field table is on
// the page without a second edit.

// fieldFacts are the facts of e's InFacts fields that have a value, in
// the field table's order.
func (r *Renderer) fieldFacts(e *model.Entity, lang string) []fact {
	var out []fact
	for _, f := range r.site.Type(e.Type).Fields {
		if f.Page != schema.InFacts {
			continue
		}
		if items := r.fieldItems(e, lang, f); len(items) > 0 {
			out = append(out, fact{Label: r.fieldLabel(lang, f.Name), Items: items})
		}
	}
	return out
}

// fieldLabel is a field's label in lang; a field without words yet is
// named by its name ("founded_in" → "Founded in").
func (r *Renderer) fieldLabel(lang, name string) string {
	if l := r.words(lang).Field(name); l != "" {
		return l
	}
	s := strings.ReplaceAll(name, "_", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// fieldItems are the values of field f of e as items, by its kind.
func (r *Renderer) fieldItems(e *model.Entity, lang string, f schema.Field) []item {
	switch f.Kind {
	case schema.Enum, schema.EnumList:
		return r.enumItems(e, lang, f.Name)
	case schema.Ref, schema.RefList, schema.Related:
		return r.refItems(e, lang, f.Name)
	case schema.StringList, schema.Terms:
		var out []item
		tl := r.fieldLang(e, lang, f.Name)
		for _, s := range e.Strings(lang, f.Name) {
			out = append(out, item{Text: s, Lang: tl, Class: "tag"})
		}
		return out
	case schema.Bool:
		if v, ok := e.Get("", f.Name).(bool); ok {
			return []item{{Text: r.yesNo(lang, v)}}
		}
	case schema.Date:
		if s := e.Str("", f.Name); s != "" {
			return []item{dateItem(s, lang)}
		}
	case schema.URL:
		if it, ok := webItem(e.Str(lang, f.Name)); ok {
			return []item{it}
		}
	case schema.Email:
		if s := e.Str(lang, f.Name); s != "" {
			return []item{emailItem(s)}
		}
	case schema.Money:
		if v, ok := e.Money(f.Name); ok {
			return []item{moneyItem(v, lang)}
		}
	case schema.Attachment:
		if name := e.Str(lang, f.Name); name != "" {
			if _, ok := r.attachment(e, name); ok {
				return []item{{Text: path.Base(name), Href: r.urls.Href(r.attachmentURL(e, name)), Download: true}}
			}
		}
	case schema.Objects:
		var out []item
		ol := r.fieldLang(e, lang, f.Name)
		for _, o := range e.Objects(lang, f.Name) {
			if s := r.objectText(f, o, lang); s != "" {
				out = append(out, item{Text: s, Lang: ol})
			}
		}
		return out
	default: // String, BusinessID, License
		return r.textItem(e, lang, f.Name)
	}
	return nil
}

// objectText is one item of a list of objects: its first field, then the
// others in brackets, "EAKR (Määrä: 20 000 €)".
func (r *Renderer) objectText(f schema.Field, o model.Object, lang string) string {
	var first string
	var rest []string
	for i, sub := range f.Fields {
		v, ok := o[sub.Name]
		if !ok {
			continue
		}
		s := r.valueText(sub, v, lang)
		if i == 0 {
			first = s
			continue
		}
		rest = append(rest, r.fieldLabel(lang, sub.Name)+": "+s)
	}
	if len(rest) == 0 {
		return first
	}
	return strings.TrimSpace(first + " (" + strings.Join(rest, ", ") + ")")
}

// valueText writes one value of a field inside a list of objects.
func (r *Renderer) valueText(f schema.Field, v any, lang string) string {
	switch v := v.(type) {
	case bool:
		return r.yesNo(lang, v)
	case float64:
		return money(v, lang)
	case string:
		switch f.Kind {
		case schema.Date:
			return date(v, lang)
		case schema.Enum:
			return r.enumLabel(lang, f.Name, v)
		case schema.Ref:
			return r.refLink(model.Ref{Type: f.RefType, Slug: v}, lang).Text
		}
		return v
	}
	return fmt.Sprint(v)
}

func (r *Renderer) yesNo(lang string, v bool) string {
	if v {
		return r.label(lang, "yes")
	}
	return r.label(lang, "no")
}
