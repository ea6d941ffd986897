// A type's list page with its filters, and the link to add a new entity.

package render

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// listPage is the view of a type's list page.
type listPage struct {
	Type    string
	Intro   string
	Cards   []card
	Groups  []filterGroup
	AddNew  string
	Form    string // the issue form that makes an entry of this type
	Calls   link   // the funding list's link to the calls page
	Total   int
	Showing string
}

type filterGroup struct {
	Key     string
	Label   string
	Options []filterOption
}

type filterOption struct {
	Value string
	Label string
	Count int
}

// facetGroups are the filters of each list page before the taxonomies:
// the field, its label key and its values in order.
var facetGroups = map[string][]facetGroup{
	"actors":     {{"kind", "f_kind", schema.ActorKinds}, {"member", "f_member", []string{"yes"}}},
	"services":   {{"audience", "f_audience", schema.ActorKinds}, {"pricing", "f_pricing", schema.Pricing}},
	"projects":   {{"status", "f_status", schema.ProjectStatus}},
	"contracts":  {{"contract_type", "f_contract_type", schema.ContractTypes}},
	"funding":    {{"level", "f_level", schema.FundingLevels}, {"eligible", "f_eligible", schema.ActorKinds}},
	"challenges": {{"status", "f_status", schema.ChallengeStatus}, {"seeking", "f_seeking", schema.ActorKinds}},
}

// facetGroup is a filter of a list page: a field, its label key and its
// values in order.
type facetGroup struct {
	key, label string
	values     []string
}

func (r *Renderer) listView(v *pageView, typ string) {
	lang := v.Lang
	es := r.publishedOf(typ)
	r.sortByTitle(es, lang)
	lp := &listPage{Type: typ, Intro: r.label(lang, "intro_"+typ), Cards: r.listCards(es, lang), Total: len(es), AddNew: r.addNewURL(typ), Form: r.typeFormURL(typ)}
	lp.Showing = words.Fill(r.label(lang, "showing"), "n", strconv.Itoa(lp.Total), "total", strconv.Itoa(lp.Total))
	if typ == "funding" {
		lp.Calls = link{Text: r.label(lang, "calls_link"), Href: r.urls.Href(r.urls.Calls(lang))}
	}
	counts := map[string]int{}
	for _, c := range lp.Cards {
		for _, tok := range strings.Fields(c.Facets) {
			counts[tok]++
		}
	}
	group := func(key, lbl string, values []string, valueLabel func(string) string) {
		g := filterGroup{Key: key, Label: lbl}
		for _, val := range values {
			if n := counts[key+"="+val]; n > 0 {
				g.Options = append(g.Options, filterOption{Value: val, Label: valueLabel(val), Count: n})
			}
		}
		if len(g.Options) > 0 {
			lp.Groups = append(lp.Groups, g)
		}
	}
	for _, f := range facetGroups[typ] {
		group(f.key, r.label(lang, f.label), f.values, func(val string) string {
			if f.key == "member" {
				return r.label(lang, "member")
			}
			return r.enumLabel(lang, f.key, val)
		})
	}
	for _, t := range r.cfg.Taxonomies {
		group(t.Key, t.Label.In(lang, r.def), t.TermKeys(), func(val string) string {
			tm, _ := t.Term(val)
			return tm.Display(lang, r.def)
		})
	}
	v.Template = "list.html"
	v.Title = Text{S: r.label(lang, "type_"+typ)}
	v.Description = lp.Intro
	v.Crumbs = r.crumbs(lang, v.Title, r.urls.List(typ, lang))
	v.Main = lp
}

// addNewURL opens GitHub's editor on a new file of typ with the same
// skeleton as `kimppa new`.
func (r *Renderer) addNewURL(typ string) string {
	repo := safeWebURL(r.cfg.Repository)
	if repo == "" {
		return ""
	}
	t, ok := schema.Lookup(typ, r.cfg.TaxonomyKeys())
	if !ok {
		return ""
	}
	skeleton := schema.Skeleton(t, "", func(ref string) string {
		if es := r.publishedOf(ref); len(es) > 0 {
			return es[0].Slug
		}
		return "esimerkki"
	})
	q := "filename=" + queryEscape("content/"+typ+"/uusi.md") + "&value=" + queryEscape(skeleton)
	return strings.TrimSuffix(repo, "/") + "/new/" + urlPath(r.branch()) + "?" + q
}

// queryEscape escapes a query value with %20 for spaces, which every
// server reads the same way.
func queryEscape(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "%20") }
