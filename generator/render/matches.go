package render

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// MatchesFile is kimppahaku's suggestions as open data.
const MatchesFile = "data/matches.json"

// shownPartners is how many partners an actor page shows.
const shownPartners = 5

// matchList is a block of suggestions on an entity page: a challenge's
// solvers, an actor's partners or its open calls.
type matchList struct {
	ID    string
	Title string
	Intro string
	Empty string // shown when Items is empty
	Items []matchItem
	// NoStrong says so when the list has suggestions but none strong.
	NoStrong string
	// ContactLabel is the text of the items' contact buttons, PageLabel
	// of the link to a page's contacts when there is no address to write to.
	ContactLabel, PageLabel string
}

// matchItem is one suggestion with its reasons in words.
type matchItem struct {
	Title     Text
	Href      string
	TypeLabel string
	Meta      []string // the call's source and closing date
	Reasons   []string
	Strength  string // strong or possible; "" for a call
	StrengthL string // its label, with the share of the need it covers
	Contact   string // a prefilled mailto: URL
	ContactTo string // the accessible name of the contact button
}

// matches are the suggestions of the build, or none.
func (r *Renderer) matches() *match.Result {
	if r.opts.Matches == nil {
		return &match.Result{}
	}
	return r.opts.Matches
}

// matchesJSON is data/matches.json.
func (r *Renderer) matchesJSON() ([]byte, error) { return r.matches().JSON() }

// solversBlock lists a challenge's solvers, each with a button that
// writes to it about the challenge.
func (r *Renderer) solversBlock(ev *entityPage, ch *model.Entity, lang string) {
	ml := &matchList{ID: "solvers", Title: r.label(lang, "solvers"), Intro: r.label(lang, "solvers_intro"), Empty: r.label(lang, "solvers_empty"), ContactLabel: r.label(lang, "contact"), PageLabel: r.label(lang, "see_contacts")}
	title := r.title(ch, lang).S
	page := r.absolute(r.urls.Entity(ch.Type, ch.Slug, lang))
	for _, s := range r.matches().Solvers[ch.Ref] {
		it, ok := r.matchItem(s, lang, "reason_kind")
		if !ok {
			continue
		}
		it.ContactTo = words.Fill(r.label(lang, "see_contacts_of"), "name", it.Title.S)
		switch to := r.contactOf(s.Ref); {
		case safeWebURL(to) != "":
			it.Contact = safeWebURL(to) // no address: its website
			it.ContactTo = words.Fill(r.label(lang, "contact_to"), "name", it.Title.S)
		case to != "":
			subject := words.Fill(r.label(lang, "mail_subject"), "title", title)
			body := words.Fill(r.label(lang, "mail_body"), "title", title, "url", page, "site", r.cfg.Title.In(lang, r.def))
			it.Contact = schema.Mailto(to, subject, body)
			it.ContactTo = words.Fill(r.label(lang, "contact_to"), "name", it.Title.S)
		}
		ml.Items = append(ml.Items, it)
	}
	if len(ml.Items) > 0 && !slices.ContainsFunc(ml.Items, func(it matchItem) bool { return it.Strength == "strong" }) {
		ml.NoStrong = r.label(lang, "no_strong_match")
	}
	ev.Blocks = append(ev.Blocks, block{Matches: ml})
}

// partnersBlock lists an actor's potential partners and the open calls
// it may apply to.
func (r *Renderer) partnersBlock(ev *entityPage, a *model.Entity, lang string) {
	name := r.title(a, lang).S
	ml := &matchList{ID: "partners", Title: r.label(lang, "partners_title"), Intro: words.Fill(r.label(lang, "partners_intro"), "name", name), Empty: r.label(lang, "partners_empty")}
	for _, s := range r.matches().Partners[a.Ref] {
		if len(ml.Items) == shownPartners {
			break
		}
		if it, ok := r.matchItem(s, lang, "reason_kind"); ok {
			ml.Items = append(ml.Items, it)
		}
	}
	ev.Blocks = append(ev.Blocks, block{Matches: ml})

	calls := slices.Clone(r.matches().Calls[a.Ref])
	slices.SortStableFunc(calls, func(x, y match.Suggestion) int { return match.ClosingOrder(x.Closes, y.Closes) })
	cl := &matchList{ID: "open-calls", Title: r.label(lang, "open_calls_title"), Intro: words.Fill(r.label(lang, "calls_intro"), "name", name), Empty: words.Fill(r.label(lang, "open_calls_empty"), "name", name)}
	for _, s := range calls {
		if it, ok := r.callItem(s, lang); ok {
			cl.Items = append(cl.Items, it)
		}
	}
	ev.Blocks = append(ev.Blocks, block{Matches: cl})
}

// matchItem is a suggested entity with its reasons.
func (r *Renderer) matchItem(s match.Suggestion, lang, kindKey string) (matchItem, bool) {
	e := r.site.Entities[s.Ref]
	if e == nil || !r.site.IsPublished(s.Ref) {
		return matchItem{}, false
	}
	l := r.entityLink(e, lang)
	return matchItem{Title: Text{S: l.Text, Lang: l.Lang}, Href: l.Href, TypeLabel: r.label(lang, "one_"+e.Type), Reasons: r.reasons(s.Because, lang, kindKey),
		Strength: s.Strength, StrengthL: r.strengthLabel(s, lang)}, true
}

// strengthLabel is "Strong match · covers 70% of the need".
func (r *Renderer) strengthLabel(s match.Suggestion, lang string) string {
	if s.Strength == "" {
		return ""
	}
	return r.label(lang, "strength_"+s.Strength) + " · " + words.Fill(r.label(lang, "fit_share"), "pct", strconv.Itoa(int(math.Round(s.Fit*100))))
}

// callItem is a call of a funding source: its title, linked to the call's
// own page when it has one, the source and the closing date.
func (r *Renderer) callItem(s match.Suggestion, lang string) (matchItem, bool) {
	f := r.site.Entities[s.Ref]
	if f == nil || !r.site.IsPublished(s.Ref) {
		return matchItem{}, false
	}
	calls := f.Objects(lang, "calls")
	if s.Call >= len(calls) {
		return matchItem{}, false
	}
	c := calls[s.Call]
	src := r.entityLink(f, lang)
	title, _ := c["title"].(string)
	it := matchItem{Title: Text{S: title, Lang: r.fieldLang(f, lang, "calls")}, Href: src.Href, TypeLabel: r.label(lang, "call"), Reasons: r.reasons(s.Because, lang, "reason_eligible")}
	if u, _ := c["url"].(string); safeWebURL(u) != "" {
		it.Href = safeWebURL(u)
	}
	it.Meta = append(it.Meta, src.Text)
	if s.Closes != "" {
		it.Meta = append(it.Meta, r.label(lang, "closes")+" "+date(s.Closes, lang))
	} else {
		it.Meta = append(it.Meta, r.label(lang, "no_closing_date"))
	}
	return it, true
}

// reasonTerms is how many shared terms of one taxonomy a reason names
// before "+N".
const reasonTerms = 3

// reasons puts a suggestion's reasons in words; kindKey says what the
// kind is: sought (solvers) or eligible (calls).
func (r *Renderer) reasons(b match.Because, lang, kindKey string) []string {
	var out []string
	for _, t := range r.cfg.Taxonomies {
		var names []string
		for _, key := range b.Terms[t.Key] {
			if term, ok := t.Term(key); ok {
				names = append(names, term.Display(lang, r.def))
			}
		}
		if len(names) > reasonTerms { // a reason names a few terms, not a wall of them
			names = append(names[:reasonTerms], "+"+strconv.Itoa(len(names)-reasonTerms))
		}
		if len(names) > 0 {
			out = append(out, words.Fill(r.label(lang, "reason_terms"), "taxonomy", config.Shorten(t.Label.In(lang, r.def)), "terms", strings.Join(names, ", ")))
		}
	}
	if len(b.Words) > 0 {
		quoted := make([]string, len(b.Words))
		for i, w := range b.Words {
			quoted[i] = r.label(lang, "quote_open") + w + r.label(lang, "quote_close")
		}
		out = append(out, words.Fill(r.label(lang, "reason_words"), "words", strings.Join(quoted, ", ")))
	}
	if b.Kind != "" {
		out = append(out, words.Fill(r.label(lang, kindKey), "kind", r.enumLabel(lang, "kind", b.Kind)))
	}
	if b.Region != "" {
		out = append(out, words.Fill(r.label(lang, "reason_region"), "region", b.Region))
	}
	if b.Via != (model.Ref{}) {
		key := "reason_via_service"
		if b.Via.Type == "projects" {
			key = "reason_via_project"
		}
		out = append(out, words.Fill(r.label(lang, key), "name", r.refLink(b.Via, lang).Text))
	}
	return out
}

// contactOf is the e-mail address to write to about a suggestion, or
// its website (match.ContactOf).
func (r *Renderer) contactOf(ref model.Ref) string {
	if e := r.site.Entities[ref]; e != nil {
		return match.ContactOf(r.site, e)
	}
	return ""
}
