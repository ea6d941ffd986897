package render

import (
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// The links of JSON-LD that schema.org words from the other side: who
// seeks a challenge (Organization.seeks), what a funding source funds
// (Grant.fundedItem), and the language of an entity's page.

// ldChallenge moves a challenge's owner and contact where schema.org
// has them: the owner seeks the Demand (written from the Demand with
// @reverse), the address to write to (model.Site.Contact: the
// challenge's contact, else its owner's) is the owner's contact point.
func (r *Renderer) ldChallenge(e *model.Entity, lang string, n map[string]any) {
	var owners []any
	for _, l := range r.site.LinksFrom(e, "owner") {
		owners = append(owners, r.ldRef(l.To, lang))
	}
	mail := r.site.Contact(e)
	if len(owners) == 0 {
		return
	}
	if o, ok := owners[0].(map[string]any); ok && mail != "" {
		o["contactPoint"] = map[string]any{"@type": "ContactPoint", "email": mail}
	}
	n["@reverse"] = map[string]any{"seeks": owners}
}

// ldChallengeStatus is a challenge's status as the availability of the
// Demand: open takes answers, in progress takes fewer, solved is met,
// closed is withdrawn.
func ldChallengeStatus(_ *Renderer, e *model.Entity, _ string, _ schema.Field) any {
	switch e.Str("", "status") {
	case "open":
		return "https://schema.org/InStock"
	case "in-progress":
		return "https://schema.org/LimitedAvailability"
	case "solved":
		return "https://schema.org/SoldOut"
	case "closed":
		return "https://schema.org/Discontinued"
	}
	return nil
}

// ldBudget is the euros a challenge's owner has for it, at most.
func ldBudget(_ *Renderer, e *model.Entity, _ string, _ schema.Field) any {
	b, ok := e.Money("budget")
	if !ok {
		return nil
	}
	return map[string]any{"@type": "PriceSpecification", "maxPrice": b, "priceCurrency": "EUR"}
}

// fundedProjects are the published projects that name e in their funding.
func (r *Renderer) fundedProjects(e *model.Entity, lang string) []any {
	var out []any
	seen := map[model.Ref]bool{}
	for _, l := range r.site.Back[e.Ref] {
		if l.From.Type != "projects" || l.Base != "funding" || !r.site.IsPublished(l.From) || seen[l.From] {
			continue
		}
		seen[l.From] = true
		out = append(out, r.ldRef(l.From, lang))
	}
	return out
}

// contentLang is the language of e's text on its page in lang: lang, or
// the default language when e has no translation to lang.
func (r *Renderer) contentLang(e *model.Entity, lang string) string {
	if lang == r.def || e.Trans[lang] != nil {
		return lang
	}
	return r.def
}
