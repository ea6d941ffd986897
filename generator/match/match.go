// Package match is kimppahaku at build time: the solvers of every
// challenge, the potential partners of every actor and the open funding
// calls each actor may apply to. It reads the model and the search index
// (through searchindex.Index, so that a need finds what search.js's match()
// finds in the browser), and hands its suggestions to render's pages and
// to data/matches.json. Every reason it gives is true of the data.
//
// Nothing here compares every entity with every other: a need's words are
// looked up in the index's posting lists, and only the docs they find are
// scored.
package match

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// Limit is the most suggestions of each kind an entity gets.
const Limit = 10

// Suggestion is one match, with why.
type Suggestion struct {
	Ref      model.Ref
	Score    float64 // 0..1, the best of a list near 1: the order
	Fit      float64 // 0..1, the same on every need: the share of its meaningful words and wishes this covers
	Strength string  // "strong" at a Fit of StrongFit, else "possible"
	Because  Because
	Call     int    // calls: the call's index in the funding source's calls
	Closes   string // calls: its closing date, "" when it has none

	doc int32 // the index's id: ties rank by it, as in search.js
}

// Because holds the reasons of a suggestion. Each is true of the data.
type Because struct {
	Terms  map[string][]string // shared taxonomy terms, by taxonomy
	Words  []string            // the need's words the suggestion's text has, as written
	Kind   string              // the actor's kind, when it is what is sought (or eligible)
	Region string              // calls: the region (or municipality) the call is limited to that the actor is in
	Via    model.Ref           // a service the actor provides, or a project both are in
}

// Result holds every entity's suggestions.
type Result struct {
	Solvers  map[model.Ref][]Suggestion // challenges → actors and services
	Partners map[model.Ref][]Suggestion // actors → actors
	Calls    map[model.Ref][]Suggestion // actors → funding calls
}

// Options set what matching compares against.
type Options struct {
	Today string // YYYY-MM-DD: calls closed before it are left out
	Memo  *Memo  // what the last matching of the site worked out, or nil
}

// Matcher matches needs with a site's entities.
type Matcher struct{ m *matcher }

// New is a Matcher of s, whose published entities idx indexes.
func New(s *model.Site, idx *searchindex.Index, opts Options) *Matcher {
	return &Matcher{newMatcher(s, idx, opts)}
}

// Need ranks what could meet a need written in lang, as /kimppahaku/
// does in the browser.
func (x *Matcher) Need(text, lang string, f Filters) []Suggestion {
	m := x.m
	langs := m.site.Config.Languages
	lang = searchindex.DetectLang(text, lang)
	if f.Place == "" {
		f.Place = placeIn(lang, text)
	}
	money := fundingIntent(lang, text)
	s := score(m.find, moneyTerms(m.idx, lang, langs, money, part{text, 1}), commonDF(m.idx.N()))
	s.funding = money
	return m.suggest(s, f)
}

// placeIn is the first place a need's words name, "" for none: a need
// that says where it is ("olemme kajaanilainen konepaja") is offered the
// calls of that place, as when its place is given.
func placeIn(lang, text string) string {
	for _, w := range searchindex.Words(lang, text) {
		if p := searchindex.PlaceOf(lang, w.Folded); p != "" {
			return p
		}
	}
	return ""
}

// Compute works out every suggestion of s from idx, the search index of
// s's published entities.
func Compute(s *model.Site, idx *searchindex.Index, opts Options) *Result {
	return New(s, idx, opts).All()
}

// All works out every challenge's solvers and every actor's partners and
// calls.
func (x *Matcher) All() *Result {
	m, s := x.m, x.m.site
	r := &Result{Solvers: map[model.Ref][]Suggestion{}, Partners: map[model.Ref][]Suggestion{}, Calls: map[model.Ref][]Suggestion{}}
	challenges, actors := s.Published("challenges"), s.Published("actors")
	solvers := make([][]Suggestion, len(challenges))
	parallel.For(len(challenges), func(i int) { solvers[i] = m.solvers(challenges[i]) })
	partners := make([][]Suggestion, len(actors))
	calls := make([][]Suggestion, len(actors))
	parallel.For(len(actors), func(i int) {
		s := m.actorScore(actors[i])
		partners[i] = m.partners(actors[i], s)
		calls[i] = m.calls(actors[i], s)
	})
	for i, e := range challenges {
		r.Solvers[e.Ref] = solvers[i]
	}
	for i, e := range actors {
		r.Partners[e.Ref] = partners[i]
		r.Calls[e.Ref] = calls[i]
	}
	return r
}

// matcher holds what every need is compared with.
type matcher struct {
	site      *model.Site
	idx       *searchindex.Index
	find      *finder
	today     string
	lang      string
	memo      *Memo
	providers map[model.Ref][]model.Ref // service → its published providers
	projects  map[model.Ref][]model.Ref // actor → published projects it is in
	closing   []int32                   // funding docs with open calls, the soonest closing first
	docs      []*model.Entity           // by doc id: its published entity, nil for none
	terms     []int32                   // by doc id: how many taxonomy terms it has
	facts     []fact                    // by doc id: what the loops read of its entity
	taxKeys   []string                  // the site's taxonomies
}

func newMatcher(s *model.Site, idx *searchindex.Index, opts Options) *matcher {
	m := &matcher{site: s, idx: idx, find: &finder{x: idx}, today: opts.Today, lang: s.Config.DefaultLang(), memo: opts.Memo,
		providers: map[model.Ref][]model.Ref{}, projects: map[model.Ref][]model.Ref{}}
	m.docFacts()
	for _, e := range s.Published("services") {
		for _, l := range s.LinksFrom(e, "providers") {
			if s.IsPublished(l.To) && !slices.Contains(m.providers[e.Ref], l.To) {
				m.providers[e.Ref] = append(m.providers[e.Ref], l.To)
			}
		}
	}
	for _, e := range s.Published("projects") {
		for _, base := range []string{"coordinator", "partners"} {
			for _, l := range s.LinksFrom(e, base) {
				if !slices.Contains(m.projects[l.To], e.Ref) {
					m.projects[l.To] = append(m.projects[l.To], e.Ref)
				}
			}
		}
	}
	m.relations()
	m.closing = m.byClosing()
	return m
}

// Weights of the parts of an entity's text as a need.
const (
	titleWeight   = 3
	tagsWeight    = 2.5
	summaryWeight = 1.5
	bodyWeight    = 1
)

// need is what an entity says of itself: the words a need is made of,
// the title and tags first. The default-language file is read in the
// language its words are in; a translation file, where there is one, in
// its own language, and it adds the words its default-language text does
// not already have (the same thing said twice is one wish, not two).
func (m *matcher) need(e *model.Entity) []term { return m.needIn(m.idx, e) }

// needIn is need read with x, m's index or one that records what the
// reading asks of it (Index.Probing).
func (m *matcher) needIn(x *searchindex.Index, e *model.Entity) []term {
	parts := m.parts(m.site.Title(e, m.lang), e.Strings(m.lang, "tags"), e.Str(m.lang, "summary"), e.Body(m.lang))
	var all strings.Builder
	for _, p := range parts {
		all.WriteString(p.text)
		all.WriteByte('\n')
	}
	lang := m.memo.langOf(e.Ref, all.String(), m.lang)
	ts := terms(x, lang, m.site.Config.Languages, parts...)
	for _, l := range m.site.Config.Languages {
		if t := e.Trans[l]; t != nil && l != m.lang {
			title, _ := t.Fields[m.site.Type(e.Type).TitleField].(string)
			tags, _ := t.Fields["tags"].([]string)
			summary, _ := t.Fields["summary"].(string)
			ts = addNew(ts, terms(x, l, m.site.Config.Languages, m.parts(title, tags, summary, t.Body)...))
		}
	}
	return ts
}

// parts are an entity's texts as the parts of its need.
func (m *matcher) parts(title string, tags []string, summary, body string) []part {
	return []part{
		{title, titleWeight},
		{strings.Join(tags, ", "), tagsWeight},
		{summary, summaryWeight},
		{markdown.Text(opening(body)), bodyWeight},
	}
}

// addNew adds to a need's terms those of its translation that find what
// none of them finds already: a translated word that no doc has is left
// out too, since it may well say what an untranslated one says.
func addNew(ts, more []term) []term {
	have := map[string]bool{}
	for _, t := range ts {
		for _, k := range t.keys {
			have[k.Key] = true
		}
	}
	last := 0
	for _, t := range ts {
		last = max(last, t.first)
	}
	for _, t := range more {
		if len(t.keys) == 0 || slices.ContainsFunc(t.keys, func(k searchindex.KeyWeight) bool { return have[k.Key] }) {
			continue
		}
		t.first += last
		ts = append(ts, t)
	}
	return ts
}

// needBytes is how much of a body a need reads: its first maxWords
// distinct words are in the opening, and the rest would only be read to
// count them again.
const needBytes = 3000

// opening is the start of body, at most needBytes, cut at a line's end.
func opening(body string) string {
	if len(body) <= needBytes {
		return body
	}
	if i := strings.LastIndexByte(body[:needBytes], '\n'); i > 0 {
		return body[:i]
	}
	return strings.ToValidUTF8(body[:needBytes], "")
}

// termsOf are e's taxonomy terms.
func (m *matcher) termsOf(e *model.Entity) (map[string][]string, int) {
	out := map[string][]string{}
	n := 0
	for _, tax := range m.taxKeys {
		if ts := e.Strings("", tax); len(ts) > 0 {
			out[tax] = ts
			n += len(ts)
		}
	}
	return out, n
}

// Weights of a suggestion's score: how well its text fits the need
// (relative to the best fit), the share of the need's themes it has, and
// whether it is of the kind sought.
const (
	textWeight    = 0.75
	themeWeight   = 0.2
	kindWeight    = 0.05
	viaFactor     = 0.98 // a provider ranks right after its service
	minRel        = 0.1  // a text score below this share of the best one is left out
	knownFactor   = 0.9  // a partner already in a project with the actor
	maxReasons    = 5    // words shown as reasons
	wordFitWeight = 0.75 // of fit, when the need names themes: its words' share
)

// StrongFit is the fit of a strong suggestion; minFit the least shown.
const (
	StrongFit = 0.5
	minFit    = 0.05
)

// fitOf is a suggestion's fit: the share of the need's words it covers,
// and of the themes wished for, when some are.
func fitOf(words float64, themes, wantThemes int) float64 {
	if wantThemes == 0 {
		return words
	}
	return wordFitWeight*words + (1-wordFitWeight)*float64(themes)/float64(wantThemes)
}

// rankScore orders suggestions: mostly by how their text scores against
// the best one's, partly by how much of the need they cover.
func rankScore(combined, fit float64) float64 { return (1-fitRankWeight)*combined + fitRankWeight*fit }

const fitRankWeight = 0.2

// shown: a suggestion is shown when it has a true reason (a shared word
// or term, or the service it comes with) and fits enough of the need.
func (s Suggestion) shown() bool {
	return (len(s.Because.Words) > 0 || len(s.Because.Terms) > 0 || s.Because.Via.Type != "") && round(s.Fit) >= minFit
}

// finish rounds a ranked suggestion's numbers and names its strength.
func (s *Suggestion) finish() {
	s.Score, s.Fit = round(s.Score), round(s.Fit)
	s.Strength = "possible"
	if s.Fit >= StrongFit {
		s.Strength = "strong"
	}
}

// combine is a suggestion's score from its parts: its text against the
// best one's, and the themes it shares as a share of the themes either
// has (themes / (wanted + its own − themes)), so that a profile listing
// every term does not share "all" of everyone's.
func combine(text, maxText float64, themes, wantThemes, ownThemes int, kind bool) float64 {
	rel := 0.0
	if maxText > 0 {
		rel = text / maxText
	}
	s := textWeight * rel
	if wantThemes > 0 {
		s += themeWeight * float64(themes) / float64(max(1, wantThemes+ownThemes-themes))
	} else {
		s += themeWeight * rel
	}
	if kind {
		s += kindWeight
	}
	return s
}

// round keeps three decimals, so the open data does not carry float noise.
func round(v float64) float64 { return math.Round(v*1000) / 1000 }

// rank sorts suggestions best first, then in the index's order, and
// keeps Limit.
func rank(list []Suggestion) []Suggestion {
	slices.SortFunc(list, func(a, b Suggestion) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.doc, b.doc), cmp.Compare(a.Call, b.Call))
	})
	list = slices.Clone(list[:min(len(list), Limit)]) // not the candidates behind them: a Result is kept
	for i := range list {
		list[i].finish()
	}
	return list
}

// ContactOf is where to get in touch about a suggestion: the address to
// write to (model.Site.Contact), else the first of its contacts' e-mail
// addresses, else its website (an https or http URL); "" when it has
// none, and its page is the way.
func ContactOf(s *model.Site, e *model.Entity) string {
	if to := s.Contact(e); to != "" {
		return to
	}
	for _, c := range e.Objects("", "contacts") {
		if mail, _ := c["email"].(string); strings.Contains(mail, "@") && !strings.ContainsAny(mail, " <>\"") {
			return mail
		}
	}
	if w := e.Str("", "website"); strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "http://") {
		return w
	}
	return ""
}
