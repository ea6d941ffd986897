package match

import (
	"slices"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// fact is what matching reads of a doc's entity, read once: the inner
// loops of matching read these, not the model's maps, each time they
// meet the doc.
type fact struct {
	kind      string
	tax       [][]string // its terms, by taxonomy in m.taxKeys order
	open      bool       // an open challenge; a funding source with a call open today
	owners    []model.Ref
	providers []provider        // a service's published providers
	projects  []model.Ref       // the published projects an actor is in
	calls     []model.Call      // a funding source's calls open today
	eligible  []string          // the actor kinds a funding source names
	openIn    map[string]string // a funding source limited to regions: OpenIn; nil for one open everywhere
}

// provider is a service's provider, with what the loops read of it.
type provider struct {
	ref  model.Ref
	doc  int32 // its doc, -1 for none
	kind string
}

// entity is the published entity of a doc, if it is one.
func (m *matcher) entity(d int32) *model.Entity { return m.docs[d] }

// docFacts reads once, for every doc of the index, its published entity,
// how many taxonomy terms it has and its facts.
func (m *matcher) docFacts() {
	n := m.idx.N()
	m.docs = make([]*model.Entity, n)
	m.terms = make([]int32, n)
	m.facts = make([]fact, n)
	m.taxKeys = m.site.Config.TaxonomyKeys()
	for d := range int32(n) {
		r := m.idx.Doc(d)
		ref := model.Ref{Type: r.Type, Slug: r.Slug}
		if !m.site.IsPublished(ref) {
			continue
		}
		e := m.site.Entities[ref]
		m.docs[d] = e
		f := &m.facts[d]
		f.kind = e.Str("", "kind")
		f.tax = make([][]string, len(m.taxKeys))
		for i, tax := range m.taxKeys {
			f.tax[i] = e.Strings("", tax)
			m.terms[d] += int32(len(f.tax[i]))
		}
		switch e.Type {
		case "challenges":
			f.open = e.OpenChallenge()
			for _, l := range m.site.LinksFrom(e, "owner") {
				f.owners = append(f.owners, l.To)
			}
		case "funding":
			f.calls = e.OpenCalls(m.today)
			f.open = len(f.calls) > 0
			f.eligible = e.Strings("", "eligible")
			f.openIn = OpenIn(e)
		}
	}
}

// relations adds to the facts the providers of services and the projects
// of actors.
func (m *matcher) relations() {
	for d, e := range m.docs {
		if e == nil {
			continue
		}
		for _, p := range m.providers[e.Ref] {
			pd, ok := m.idx.ID(p.Type, p.Slug)
			if !ok {
				pd = -1
			}
			m.facts[d].providers = append(m.facts[d].providers, provider{p, pd, m.site.Entities[p].Str("", "kind")})
		}
		m.facts[d].projects = m.projects[e.Ref]
	}
}

// wish is a need's themes of one taxonomy.
type wish struct {
	tax   string
	i     int // in m.taxKeys, -1 for a field that is no taxonomy
	terms []string
}

// wishes are want by taxonomy, read once for all the docs of a need.
func (m *matcher) wishes(want map[string][]string) []wish {
	out := make([]wish, 0, len(want))
	for tax, terms := range want {
		out = append(out, wish{tax, slices.Index(m.taxKeys, tax), terms})
	}
	return out
}

// termsIn are doc d's terms of a wish's taxonomy.
func (m *matcher) termsIn(d int32, w wish) []string {
	if w.i < 0 {
		return m.docs[d].Strings("", w.tax)
	}
	return m.facts[d].tax[w.i]
}

// sharedTerms are the taxonomy terms doc d has of those wished for.
func (m *matcher) sharedTerms(want []wish, d int32) (map[string][]string, int) {
	var out map[string][]string
	n := 0
	for _, w := range want {
		for _, t := range m.termsIn(d, w) {
			if slices.Contains(w.terms, t) {
				if out == nil {
					out = map[string][]string{}
				}
				out[w.tax] = append(out[w.tax], t)
				n++
			}
		}
	}
	for tax := range out {
		slices.Sort(out[tax])
	}
	return out, n
}

// has tells whether doc d has a facet term (search.js reads the facet file).
func (m *matcher) has(d int32) func(searchindex.FacetTerm) bool {
	return func(ft searchindex.FacetTerm) bool {
		switch ft.Facet {
		case "type":
			return m.docs[d].Type == ft.Term
		case "kind":
			return m.facts[d].kind == ft.Term
		}
		if i := slices.Index(m.taxKeys, ft.Facet); i >= 0 {
			return slices.Contains(m.facts[d].tax[i], ft.Term)
		}
		return slices.Contains(m.docs[d].Strings("", ft.Facet), ft.Term)
	}
}

// inRegion is the entry of a funding doc's regions that covers a place
// (folded by places.Fold), anywhere when it names none, "" when none does.
func (m *matcher) inRegion(d int32, place string) string {
	in := m.facts[d].openIn
	if in == nil {
		return anywhere
	}
	return in[place]
}
