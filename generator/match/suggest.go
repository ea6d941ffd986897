package match

import (
	"cmp"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/places"
)

// solvers are the actors and services that could meet a challenge: never
// its owner, and when it says whom it seeks, only actors of those kinds
// (a service through its providers). A service's providers come with it.
func (m *matcher) solvers(ch *model.Entity) []Suggestion {
	return m.solversOf(ch, m.need(ch))
}

// solversOf are the solvers of a challenge whose need is ts.
func (m *matcher) solversOf(ch *model.Entity, ts []term) []Suggestion {
	f := Filters{Kinds: ch.Strings("", "seeking")}
	f.Terms, _ = m.termsOf(ch)
	if ls := m.site.LinksFrom(ch, "owner"); len(ls) > 0 {
		f.Exclude = ls[0].To
	}
	return m.suggest(score(m.find, ts, siteDF(m.idx.N())), f)
}

// Filters narrow and steer what a need is matched with.
type Filters struct {
	// Types are the types to suggest: actors, services, challenges (open
	// ones) and funding (with open calls); none means actors and services.
	Types   []string
	Terms   map[string][]string // themes: the ones a suggestion shares raise it and are reasons
	Kinds   []string            // actor kinds sought: no other actor, no service without such a provider
	Exclude model.Ref           // the need's own actor
	// Place is where the need is, a municipality or region (any of its
	// names): a funding source limited to regions is suggested only when
	// it covers it, as an actor's calls are by its municipality. A need
	// without one is where its words say (Matcher.Need), else nowhere in
	// particular, and such a source is not suggested.
	Place string
}

func (f Filters) wants(typ string) bool {
	if len(f.Types) == 0 {
		return typ == "actors" || typ == "services"
	}
	return slices.Contains(f.Types, typ)
}

// suggest ranks the docs a need found that pass f.
func (m *matcher) suggest(s scored, f Filters) []Suggestion {
	sought := func(ref model.Ref, kind string) bool {
		return ref != f.Exclude && (len(f.Kinds) == 0 || slices.Contains(f.Kinds, kind))
	}
	want := m.wishes(f.Terms)
	nWant := 0
	for _, ts := range f.Terms {
		nWant += len(ts)
	}
	place := places.Fold(f.Place)
	type cand struct {
		e    *model.Entity
		text float64
		d    int32
	}
	var cands []cand
	maxText := 0.0
	for d, text := range s.text {
		e := m.entity(d)
		if e == nil || !m.eligible(e, d, f, place, sought) {
			continue
		}
		cands = append(cands, cand{e, text, d})
	}
	// in index order, so that a tie keeps what search.js keeps
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Compare(a.d, b.d) })
	if s.funding {
		texts := make([]float64, len(cands))
		for i, c := range cands {
			if c.e.Type == "funding" && m.meant(s, want, c.d, place) {
				texts[i] = c.text
			}
		}
		for _, i := range bestFunding(texts) {
			cands[i].text *= fundingBoost
		}
	}
	for _, c := range cands {
		maxText = max(maxText, c.text)
	}
	best := map[model.Ref]Suggestion{}
	offer := func(sg Suggestion) {
		if old, ok := best[sg.Ref]; !ok || outranks(sg, old) {
			best[sg.Ref] = sg
		}
	}
	kinded := len(f.Kinds) > 0
	withActors := f.wants("actors")
	for _, c := range cands {
		if c.text < minRel*maxText {
			continue // a word or two in common, among many
		}
		shared, n := m.sharedTerms(want, c.d)
		words, labelled, fit := s.reasons(m.idx, c.d, maxReasons, m.has(c.d))
		sg := Suggestion{Ref: c.e.Ref, Score: rankScore(combine(c.text, maxText, n, nWant, int(m.terms[c.d]), kinded), fitOf(fit, n, nWant)), Fit: fitOf(fit, n, nWant),
			Because: Because{Terms: mergeTerms(shared, labelled), Words: words}, doc: c.d}
		if !sg.shown() {
			continue // no true reason, or too little of the need
		}
		switch c.e.Type {
		case "actors":
			if kinded {
				sg.Because.Kind = m.facts[c.d].kind
			}
		case "funding":
			if r := m.inRegion(c.d, place); r != anywhere {
				sg.Because.Region = r
			}
		}
		offer(sg)
		if c.e.Type != "services" || !withActors {
			continue
		}
		for _, p := range m.facts[c.d].providers {
			if !sought(p.ref, p.kind) {
				continue
			}
			via := sg
			via.Ref, via.Score, via.Because.Via, via.Because.Kind = p.ref, sg.Score*viaFactor, c.e.Ref, ""
			via.doc = max(p.doc, 0)
			if kinded {
				via.Because.Kind = p.kind
			}
			offer(via)
		}
	}
	return rank(values(best))
}

// eligible says whether e, doc d, may be suggested for a need with
// filters f, whose place is folded.
func (m *matcher) eligible(e *model.Entity, d int32, f Filters, place string, sought func(model.Ref, string) bool) bool {
	if !f.wants(e.Type) {
		return false
	}
	fa := &m.facts[d]
	switch e.Type {
	case "actors":
		return sought(e.Ref, fa.kind)
	case "services":
		return slices.ContainsFunc(fa.providers, func(p provider) bool { return sought(p.ref, p.kind) })
	case "challenges":
		return fa.open && !slices.Contains(fa.owners, f.Exclude)
	case "funding":
		return fa.open && m.inRegion(d, place) != ""
	}
	return false
}

// mergeTerms is the union of two sets of terms by taxonomy, sorted.
func mergeTerms(a, b map[string][]string) map[string][]string {
	if len(b) == 0 {
		return a
	}
	out := map[string][]string{}
	for _, m := range []map[string][]string{a, b} {
		for tax, ts := range m {
			for _, t := range ts {
				if !slices.Contains(out[tax], t) {
					out[tax] = append(out[tax], t)
				}
			}
		}
	}
	for tax := range out {
		slices.Sort(out[tax])
	}
	return out
}

// partners are the other actors whose texts and themes fit an actor's
// own, directly or through a service they provide. One it already works
// with in a project ranks a little lower, so that new ones come up too.
func (m *matcher) partners(a *model.Entity, s scored) []Suggestion {
	terms, nWant := m.termsOf(a)
	want := m.wishes(terms)
	mine := m.projects[a.Ref]
	maxText := 0.0
	var cands []candidate
	for d, text := range s.text {
		if e := m.entity(d); e != nil && e.Ref != a.Ref && (e.Type == "actors" || e.Type == "services") {
			maxText = max(maxText, text)
			cands = append(cands, candidate{d: d, text: text})
		}
	}
	cands = slices.DeleteFunc(cands, func(c candidate) bool { return c.text < minRel*maxText })
	best := map[model.Ref]Suggestion{}
	offer := func(sg Suggestion) {
		if sg.Ref == a.Ref {
			return
		}
		if p, ok := common(mine, m.projectsOf(sg)); ok {
			sg.Score *= knownFactor
			if sg.Because.Via.Type == "" {
				sg.Because.Via = p
			}
		}
		if old, ok := best[sg.Ref]; !ok || outranks(sg, old) {
			best[sg.Ref] = sg
		}
	}
	consider := func(c candidate) {
		d, text := c.d, c.text
		e := m.entity(d)
		shared, n := m.sharedTerms(want, d)
		words, labelled, fit := s.reasons(m.idx, d, maxReasons, m.has(d))
		sg := Suggestion{Ref: e.Ref, Score: rankScore(combine(text, maxText, n, nWant, int(m.terms[d]), false), fitOf(fit, n, nWant)), Fit: fitOf(fit, n, nWant),
			Because: Because{Terms: mergeTerms(shared, labelled), Words: words}, doc: d}
		if !sg.shown() {
			return
		}
		if e.Type == "actors" {
			offer(sg)
			return
		}
		providers := m.facts[d].providers
		if slices.ContainsFunc(providers, func(p provider) bool { return p.ref == a.Ref }) {
			return // its own service
		}
		for _, p := range providers {
			via := sg
			via.Ref, via.Score, via.Because.Via = p.ref, sg.Score*viaFactor, e.Ref
			via.doc = max(p.doc, 0)
			offer(via)
		}
	}
	for _, c := range firstCandidates(cands) {
		consider(c)
	}
	// The rest can only matter if their best possible score reaches the
	// tenth one found: on a large site most of an actor's thousands of
	// candidates share one word with it and cannot.
	if len(cands) > firstCandidatesN {
		cut := tenth(best) - scoreSlack
		for _, c := range cands {
			if !c.first && maxScore(c.text, maxText, nWant) >= cut {
				consider(c)
			}
		}
	}
	return rank(values(best))
}

// candidate is a doc that may be suggested, with its text score.
type candidate struct {
	d     int32
	text  float64
	first bool // considered among the first
}

// firstCandidatesN is how many candidates, the best texts first, are
// scored in full before the others are held to the tenth score found.
var firstCandidatesN = 64

// firstCandidates marks and returns the firstCandidatesN candidates of the
// highest text scores (all of them when there are no more).
func firstCandidates(cands []candidate) []candidate {
	if len(cands) <= firstCandidatesN {
		return cands
	}
	idx := make([]int, len(cands))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		return cmp.Or(cmp.Compare(cands[j].text, cands[i].text), cmp.Compare(cands[i].d, cands[j].d))
	})
	out := make([]candidate, firstCandidatesN)
	for k, i := range idx[:firstCandidatesN] {
		cands[i].first = true
		out[k] = cands[i]
	}
	return out
}

// maxScore is the most a candidate of text score text can rank with,
// whatever themes and fit it has (rankScore of combine with every wished
// theme shared and a full fit); going through a service or a shared
// project only lowers it.
func maxScore(text, maxText float64, nWant int) float64 {
	rel := 0.0
	if maxText > 0 {
		rel = text / maxText
	}
	themes := rel
	if nWant > 0 {
		themes = 1
	}
	return rankScore(textWeight*rel+themeWeight*themes+kindWeight, 1)
}

// scoreSlack covers the rounding of floating point between a score and
// its bound: a candidate is left out only when it cannot reach the cut.
const scoreSlack = 1e-9

// tenth is the Limit-th best score of best, or -1 when it holds fewer.
func tenth(best map[model.Ref]Suggestion) float64 {
	if len(best) < Limit {
		return -1
	}
	scores := make([]float64, 0, len(best))
	for _, sg := range best {
		scores = append(scores, sg.Score)
	}
	slices.Sort(scores)
	return scores[len(scores)-Limit]
}

// projectsOf are the projects a suggested actor is in.
func (m *matcher) projectsOf(sg Suggestion) []model.Ref {
	if e := m.docs[sg.doc]; e != nil && e.Ref == sg.Ref {
		return m.facts[sg.doc].projects
	}
	return m.projects[sg.Ref]
}

// common is a project in both lists.
func common(a, b []model.Ref) (model.Ref, bool) {
	for _, p := range a {
		if slices.Contains(b, p) {
			return p, true
		}
	}
	return model.Ref{}, false
}

// actorScore scores an actor's own text as a need, once per actor: its
// partners and its calls read the same scores.
func (m *matcher) actorScore(a *model.Entity) scored {
	return score(m.find, m.need(a), partnerDF(m.idx.N()))
}

// calls are the funding calls not yet closed that an actor's kind may
// apply to, the best fit to its text and themes first; calls its text
// does not reach follow by closing date, soonest first.
func (m *matcher) calls(a *model.Entity, s scored) []Suggestion {
	kind := a.Str("", "kind")
	terms, nWant := m.termsOf(a)
	want := m.wishes(terms)
	seat := places.Fold(a.Str("", "municipality"))
	eligible := func(d int32) bool {
		el := m.facts[d].eligible
		return (len(el) == 0 || slices.Contains(el, kind)) && m.inRegion(d, seat) != ""
	}
	funding := func(d int32) bool { e := m.entity(d); return e != nil && e.Type == "funding" }
	maxText := 0.0
	for d, text := range s.text {
		if funding(d) && eligible(d) {
			maxText = max(maxText, text)
		}
	}
	var out []Suggestion
	seen := map[int32]bool{}
	add := func(d int32, text float64, found bool) {
		seen[d] = true
		f, fa := m.docs[d], &m.facts[d]
		shared, n := m.sharedTerms(want, d)
		var words []string
		var labelled map[string][]string
		fit := 0.0
		if found {
			words, labelled, fit = s.reasons(m.idx, d, maxReasons, m.has(d))
		}
		named := len(fa.eligible) > 0
		for _, c := range fa.calls {
			sg := Suggestion{Ref: f.Ref, Call: c.Index, Closes: c.Closes, Score: combine(text, maxText, n, nWant, int(m.terms[d]), named),
				Fit: fitOf(fit, n, nWant), Because: Because{Terms: mergeTerms(shared, labelled), Words: words}}
			if named {
				sg.Because.Kind = kind
			}
			if r := m.inRegion(d, seat); r != anywhere {
				sg.Because.Region = r
			}
			if sg.Because.Kind != "" || sg.Because.Region != "" || sg.shown() {
				out = append(out, sg)
			}
		}
	}
	for d, text := range s.text {
		if funding(d) && eligible(d) {
			add(d, text, true)
		}
	}
	if len(out) < Limit {
		for _, d := range m.closing {
			if len(out) >= Limit {
				break
			}
			if !seen[d] && eligible(d) {
				add(d, 0, false)
			}
		}
	}
	slices.SortFunc(out, func(x, y Suggestion) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), ClosingOrder(x.Closes, y.Closes), cmp.Compare(x.Ref.Slug, y.Ref.Slug), cmp.Compare(x.Call, y.Call))
	})
	out = slices.Clone(out[:min(len(out), Limit)])
	for i := range out {
		out[i].finish()
	}
	return out
}

// anywhere is inRegion's answer for a funding source open to all places.
const anywhere = "*"

// OpenIn is where a funding source limited to regions is open: every
// folded name of a region or municipality (places.Fold) it covers, each
// with the entry of its regions that covers it, as inRegion finds it; nil
// for a source open to all places. search.js's match() reads it.
func OpenIn(f *model.Entity) map[string]string {
	regions := f.Strings("", "regions")
	if len(regions) == 0 {
		return nil
	}
	out := map[string]string{}
	for _, n := range places.Names() {
		if r, ok := places.Within(regions, n); ok {
			out[places.Fold(n)] = r
		}
	}
	return out
}

// ClosingOrder puts sooner closing dates first and calls without one last.
func ClosingOrder(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return cmp.Compare(a, b)
}

// byClosing lists the funding docs with open calls, the soonest closing
// first.
func (m *matcher) byClosing() []int32 {
	type fc struct {
		d     int32
		slug  string
		first string
	}
	var list []fc
	for d, f := range m.docs {
		calls := m.facts[d].calls
		if f == nil || f.Type != "funding" || len(calls) == 0 {
			continue
		}
		first := calls[0].Closes
		for _, c := range calls {
			if ClosingOrder(c.Closes, first) < 0 {
				first = c.Closes
			}
		}
		list = append(list, fc{int32(d), f.Slug, first})
	}
	slices.SortFunc(list, func(a, b fc) int { return cmp.Or(ClosingOrder(a.first, b.first), cmp.Compare(a.slug, b.slug)) })
	out := make([]int32, len(list))
	for i, x := range list {
		out[i] = x.d
	}
	return out
}

func values(m map[model.Ref]Suggestion) []Suggestion {
	out := make([]Suggestion, 0, len(m))
	for _, s := range m {
		out = append(out, s)
	}
	return out
}

// outranks says whether sg ranks before old, two suggestions of the same
// entity: by score, then by the service or project it comes with, so
// that of two routes with the same score the same one is shown whatever
// order the candidates came in (they come from a map).
func outranks(sg, old Suggestion) bool {
	if sg.Score != old.Score {
		return sg.Score > old.Score
	}
	return cmp.Or(strings.Compare(sg.Because.Via.Type, old.Because.Via.Type), strings.Compare(sg.Because.Via.Slug, old.Because.Via.Slug)) < 0
}
