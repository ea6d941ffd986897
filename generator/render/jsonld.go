package render

import (
	"cmp"
	"encoding/json"
	"html/template"
	"net/url"
	"slices"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// This file is the one writer of schema.org JSON-LD, the block each
// entity page embeds in its <head>. It is fed from the field table
// (schema.Types): each field says its schema.org property (Field.LD) or
// that it has none, and is written by its kind unless ldValues knows the
// property's own shape.
//
// The block is written by json.Marshal, which escapes <, >, & and the
// line separators U+2028 and U+2029 as \u003c…: no content can end the
// <script> element early or open a comment in it, and the block is one
// JSON value. It reaches the template as template.JS so that
// html/template puts it in as it is.

// ldTypes is the schema.org type of each content type.
var ldTypes = map[string]string{
	"actors":     "Organization", // refined by the actor's kind: see actorLDType
	"services":   "Service",
	"projects":   "Project",
	"contracts":  "DigitalDocument",
	"funding":    "MonetaryGrant",
	"challenges": "Demand", // an announcement that an organisation seeks something
	"pages":      "WebPage",
}

// actorLDTypes are the Organization subtypes for the kinds that map
// cleanly; other kinds stay Organization.
var actorLDTypes = map[string]string{
	"municipality": "GovernmentOrganization",
	"public":       "GovernmentOrganization",
	"research":     "ResearchOrganization",
	"education":    "EducationalOrganization",
	"company":      "Corporation",
	"association":  "NGO",
}

// ldConverter writes a field as the value of its property.
type ldConverter func(r *Renderer, e *model.Entity, lang string, f schema.Field) any

// ldValues are the properties whose values have a shape of their own;
// other fields are written by their kind (see ldValue).
var ldValues = map[string]ldConverter{
	"address":            ldAddress,
	"logo":               ldLogo,
	"contactPoint":       ldContacts,
	"audience":           ldAudience,
	"funding":            ldProjectFunding,
	"funder":             ldFunder,
	"encoding":           ldDocument,
	"license":            ldLicense,
	"temporalCoverage":   ldValidity,
	"availability":       ldChallengeStatus,
	"priceSpecification": ldBudget,
}

// creativeWork are the schema.org types of creative works, the only ones
// with a dateModified.
var creativeWork = []string{"DigitalDocument", "WebPage"}

// jsonLD is the JSON-LD block of e's page in lang.
func (r *Renderer) jsonLD(e *model.Entity, lang string) template.JS {
	b, err := json.Marshal(r.ldNode(e, lang))
	if err != nil {
		r.setCardErr(err) // cannot happen: maps of strings, numbers and maps
		return ""
	}
	// json.Marshal escapes <, >, &, U+2028 and U+2029: see above.
	return template.JS(b)
}

// ldNode is the schema.org description of e in lang.
func (r *Renderer) ldNode(e *model.Entity, lang string) map[string]any {
	typ := ldTypes[e.Type]
	if typ == "" {
		typ = "Thing"
	}
	if e.Type == "actors" {
		if t := actorLDTypes[e.Str("", "kind")]; t != "" {
			typ = t
		}
	}
	n := map[string]any{
		"@context": "https://schema.org",
		"@type":    typ,
		"@id":      r.absolute(r.urls.Entity(e.Type, e.Slug, lang)),
		"url":      r.absolute(r.urls.Entity(e.Type, e.Slug, lang)),
		"name":     r.title(e, lang).S,
	}
	// The language of the text: an English page of an entry written in
	// Finnish only shows the Finnish text, and says so.
	text := r.contentLang(e, lang)
	if typ == "DigitalDocument" || typ == "WebPage" {
		n["inLanguage"] = text
	} else {
		n["mainEntityOfPage"] = map[string]any{"@type": "WebPage", "@id": n["url"], "inLanguage": text}
	}
	st := r.site.Type(e.Type)
	var keywords []string
	for _, f := range st.Fields {
		if _, ok := r.cfg.Taxonomy(f.Name); ok && f.Kind == schema.Terms {
			for _, term := range e.Strings("", f.Name) {
				if l, ok := r.termLink(f.Name, term, lang); ok {
					keywords = append(keywords, cmp.Or(l.Full, l.Text))
				}
			}
			continue
		}
		p := f.LD
		if p == schema.NoLD || p == "" || p == "dateModified" && !slices.Contains(creativeWork, typ) {
			continue
		}
		var v any
		if conv := ldValues[p]; conv != nil {
			v = conv(r, e, lang, f)
		} else {
			v = r.ldValue(e, lang, f)
		}
		if v == nil {
			continue
		}
		if p == "keywords" {
			keywords = append(keywords, v.([]string)...)
			continue
		}
		n[p] = ldMerge(n[p], v)
	}
	if len(keywords) > 0 {
		n["keywords"] = keywords
	}
	switch e.Type {
	case "services":
		// A service's contact is its provider's: schema.org's Service
		// has no e-mail of its own.
		if mail, ok := n["email"]; ok {
			delete(n, "email")
			if ps, ok := n["provider"].([]any); ok && len(ps) > 0 {
				if p, ok := ps[0].(map[string]any); ok {
					p["email"] = mail
				}
			}
		}
	case "projects":
		if f := r.projectFunders(e, lang); len(f) > 0 {
			n["funder"] = f
		}
	case "funding":
		if total, ok := r.fundedTotal(e); ok {
			n["amount"] = ldMoney(total)
		}
		if ps := r.fundedProjects(e, lang); len(ps) > 0 {
			n["fundedItem"] = ps
		}
	case "challenges":
		r.ldChallenge(e, lang, n)
	}
	return n
}

// ldMerge joins two values of one property into a list.
func ldMerge(old, v any) any {
	if old == nil {
		return v
	}
	if s, ok := v.(string); ok && old == s {
		return old // both fields of an interval give it
	}
	var out []any
	for _, x := range []any{old, v} {
		if l, ok := x.([]any); ok {
			out = append(out, l...)
		} else {
			out = append(out, x)
		}
	}
	return out
}

// ldValue converts a field by its kind.
func (r *Renderer) ldValue(e *model.Entity, lang string, f schema.Field) any {
	switch f.Kind {
	case schema.Ref:
		if s := e.Str("", f.Name); s != "" {
			return []any{r.ldRef(model.Ref{Type: f.RefType, Slug: s}, lang)}
		}
	case schema.RefList:
		var out []any
		for _, s := range e.Strings("", f.Name) {
			out = append(out, r.ldRef(model.Ref{Type: f.RefType, Slug: s}, lang))
		}
		if len(out) > 0 {
			return out
		}
	case schema.StringList, schema.EnumList:
		if l := e.Strings(lang, f.Name); len(l) > 0 {
			return slices.Clone(l)
		}
	case schema.Money:
		if m, ok := e.Money(f.Name); ok {
			return ldMoney(m)
		}
	case schema.URL:
		if s := safeWebURL(e.Str(lang, f.Name)); s != "" {
			return s
		}
	case schema.Bool, schema.Objects:
		return nil
	default:
		if s := e.Str(lang, f.Name); s != "" {
			return s
		}
	}
	return nil
}

// ldRef is a referenced entity: its type, name and page when published.
func (r *Renderer) ldRef(ref model.Ref, lang string) map[string]any {
	typ := ldTypes[ref.Type]
	if typ == "" {
		typ = "Thing"
	}
	n := map[string]any{"@type": typ, "name": ref.Slug}
	if e := r.site.Entities[ref]; e != nil {
		// The page shows an unpublished entity's name without a link;
		// so does this, and nothing more of it.
		n["name"] = r.title(e, lang).S
		if r.site.IsPublished(ref) {
			if t := actorLDTypes[e.Str("", "kind")]; t != "" && ref.Type == "actors" {
				n["@type"] = t
			}
			u := r.absolute(r.urls.Entity(ref.Type, ref.Slug, lang))
			n["@id"], n["url"] = u, u
		}
	}
	return n
}

func ldMoney(v float64) map[string]any {
	return map[string]any{"@type": "MonetaryAmount", "currency": "EUR", "value": v}
}

func ldAddress(_ *Renderer, e *model.Entity, lang string, f schema.Field) any {
	m := e.Str(lang, f.Name)
	if m == "" {
		return nil
	}
	return map[string]any{"@type": "PostalAddress", "addressLocality": m, "addressCountry": "FI"}
}

func ldLogo(r *Renderer, e *model.Entity, lang string, f schema.Field) any {
	if r.logo(e, lang) == nil {
		return nil
	}
	return r.absolute(r.attachmentURL(e, e.Str(lang, f.Name)))
}

func ldContacts(_ *Renderer, e *model.Entity, lang string, f schema.Field) any {
	var out []any
	for _, c := range e.Objects(lang, f.Name) {
		n := map[string]any{"@type": "ContactPoint"}
		for field, prop := range map[string]string{"name": "name", "role": "contactType", "email": "email", "phone": "telephone"} {
			if s, _ := c[field].(string); s != "" {
				n[prop] = s
			}
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func ldAudience(r *Renderer, e *model.Entity, lang string, f schema.Field) any {
	var out []any
	for _, k := range e.Strings("", f.Name) {
		out = append(out, map[string]any{"@type": "Audience", "audienceType": r.enumLabel(lang, f.Name, k)})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// ldProjectFunding lists a project's grants with their amounts.
func ldProjectFunding(r *Renderer, e *model.Entity, lang string, f schema.Field) any {
	var out []any
	for _, o := range e.Objects("", f.Name) {
		src, _ := o["source"].(string)
		if src == "" {
			continue
		}
		g := r.ldRef(model.Ref{Type: "funding", Slug: src}, lang)
		if a, ok := o["amount"].(float64); ok {
			g["amount"] = ldMoney(a)
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// projectFunders are the funders of a project's funding sources, once each.
func (r *Renderer) projectFunders(e *model.Entity, lang string) []any {
	var out []any
	seen := map[string]bool{}
	for _, f := range e.Objects("", "funding") {
		src, _ := f["source"].(string)
		fe := r.site.Entities[model.Ref{Type: "funding", Slug: src}]
		if fe == nil {
			continue
		}
		var n map[string]any
		if s := fe.Str("", "funder"); s != "" {
			n = r.ldRef(model.Ref{Type: "actors", Slug: s}, lang)
		} else if s := fe.Str(lang, "funder_name"); s != "" {
			n = map[string]any{"@type": "Organization", "name": s}
		} else {
			continue
		}
		if k, _ := n["name"].(string); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// fundedTotal is the sum of the amounts that published projects report
// from funding source e, when any is known.
func (r *Renderer) fundedTotal(e *model.Entity) (float64, bool) {
	sum, known := 0.0, false
	for _, l := range r.site.Back[e.Ref] {
		if l.From.Type != "projects" || l.Base != "funding" || !r.site.IsPublished(l.From) {
			continue
		}
		fs := r.site.Entities[l.From].Objects("", "funding")
		if l.Index >= 0 && l.Index < len(fs) {
			if a, ok := fs[l.Index]["amount"].(float64); ok {
				sum, known = sum+a, true
			}
		}
	}
	return sum, known
}

// ldFunder is a funding source's funder: its profile, or, when it has
// none, an organisation by the name funder_name gives.
func ldFunder(r *Renderer, e *model.Entity, lang string, f schema.Field) any {
	if f.Kind == schema.Ref {
		return r.ldValue(e, lang, f)
	}
	if e.Str("", "funder") != "" {
		return nil // the profile is named by "funder"
	}
	if s := e.Str(lang, f.Name); s != "" {
		return []any{map[string]any{"@type": "Organization", "name": s}}
	}
	return nil
}

func ldDocument(r *Renderer, e *model.Entity, lang string, f schema.Field) any {
	name := e.Str(lang, f.Name)
	if name == "" {
		return nil
	}
	if _, ok := r.attachment(e, name); !ok {
		return nil
	}
	return map[string]any{"@type": "MediaObject", "contentUrl": r.absolute(r.attachmentURL(e, name))}
}

func ldLicense(_ *Renderer, e *model.Entity, _ string, f schema.Field) any {
	l := e.Str("", f.Name)
	if l == "" || !spdxID.MatchString(l) {
		return nil
	}
	return "https://spdx.org/licenses/" + url.PathEscape(l) + ".html"
}

// ldValidity is a contract's validity as an ISO 8601 interval; both of
// its fields give the same value, set once.
func ldValidity(_ *Renderer, e *model.Entity, _ string, _ schema.Field) any {
	from, until := e.Str("", "valid_from"), e.Str("", "valid_until")
	if from == "" && until == "" {
		return nil
	}
	if from == "" {
		from = ".."
	}
	if until == "" {
		until = ".."
	}
	return from + "/" + until
}
