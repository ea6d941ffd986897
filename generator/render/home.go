// The front page: the site in figures, open calls and challenges, the
// primary taxonomy's terms and the latest entities.

package render

import (
	"cmp"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// homePage is the view of the front page.
type homePage struct {
	Title      string
	Tagline    string
	Figures    []figure
	ByStatus   []bar
	ByFocus    []bar
	FocusLabel string
	FocusHref  string
	Latest     []card
	Calls      []callView // open now, closing soonest first
	CallsLink  link
	CallLabels callLabels
	Challenges []card // open challenges, by deadline
	ChalLink   link
	Types      []tile
	Taxonomies []taxBlock
	CTAs       []link
	// Empty: the site has no published entries (pages aside) yet; the
	// home page tells the coordinator what to do instead of charting
	// zeros.
	Empty bool
}

type figure struct{ Value, Label, Href, Class string }

type bar struct {
	Label string
	Full  string // the term's full name when Label is shorter, for its title
	Href  string
	Class string
	Count int
	Pct   int // of the largest bar
}

type tile struct {
	Type, Label, Intro, Href string
	Count                    int
}

type taxBlock struct {
	Label string
	Href  string
	Terms []link
}

// latestCount is how many entries the front page lists as latest.
const latestCount = 6

func (r *Renderer) homeView(v *pageView) {
	lang := v.Lang
	h := &homePage{Title: v.Site.Title, Tagline: v.Description}
	actors := r.publishedOf("actors")
	projects := r.publishedOf("projects")
	members, funding := 0, 0.0
	for _, a := range actors {
		if a.Bool("member") {
			members++
		}
	}
	for _, p := range projects {
		for _, f := range p.Objects("", "funding") {
			if a, ok := f["amount"].(float64); ok {
				funding += a
			}
		}
	}
	list := func(typ string) string { return r.urls.Href(r.urls.List(typ, lang)) }
	h.Empty = true
	for _, typ := range listTypes {
		h.Empty = h.Empty && len(r.pub[typ]) == 0
	}
	// countFigure splits count's "10 hanketta" into the figure and its word.
	countFigure := func(typ string, n int) figure {
		num, word, _ := strings.Cut(r.count(lang, typ, n), " ")
		return figure{Value: num, Label: word, Href: list(typ), Class: typ}
	}
	memberWord := r.label(lang, "members")
	if members == 1 {
		memberWord = strings.ToLower(r.label(lang, "member"))
	}
	h.Figures = []figure{
		{Value: strconv.Itoa(members), Label: memberWord, Href: list("actors") + "?member=yes", Class: "actors"},
		countFigure("actors", len(actors)),
		countFigure("services", len(r.pub["services"])),
		countFigure("projects", len(projects)),
		{Value: money(funding, lang), Label: r.label(lang, "funding_received"), Href: list("funding"), Class: "funding"},
		countFigure("contracts", len(r.pub["contracts"])),
	}
	// What a visitor can act on now: open challenges and calls closing soon.
	open := r.openChallenges(lang)
	word := r.label(lang, "open_challenges_n")
	if len(open) == 1 {
		word = r.label(lang, "open_challenge_one")
	}
	h.Figures = append(h.Figures, figure{Value: strconv.Itoa(len(open)), Label: word, Href: list("challenges") + "?status=open", Class: "challenges"})
	now := r.callsNow()
	soon := 0
	for _, c := range now {
		if daysBetween(r.today, c.Closes) <= soonDays {
			soon++
		}
	}
	word = r.label(lang, "calls_soon_n")
	if soon == 1 {
		word = r.label(lang, "call_soon_one")
	}
	calls := r.urls.Href(r.urls.Calls(lang))
	h.Figures = append(h.Figures, figure{Value: strconv.Itoa(soon), Label: words.Fill(word, "days", strconv.Itoa(soonDays)), Href: calls, Class: "calls"})
	for _, c := range now[:min(len(now), homeCalls)] {
		h.Calls = append(h.Calls, r.callView(c, lang))
	}
	h.CallLabels = r.newCallLabels(lang)
	h.CallsLink = link{Text: r.label(lang, "all_calls"), Href: calls}
	shown := open[:min(len(open), homeChallenges)]
	h.Challenges = r.cards(shown, lang)
	h.ChalLink = link{Text: r.label(lang, "all_open_challenges"), Href: list("challenges") + "?status=open"}
	for _, st := range schema.ProjectStatus {
		n := 0
		for _, p := range projects {
			if p.Str("", "status") == st {
				n++
			}
		}
		if n > 0 {
			h.ByStatus = append(h.ByStatus, bar{Label: r.enumLabel(lang, "status", st), Href: list("projects") + "?status=" + url.QueryEscape(st), Class: "status-" + st, Count: n})
		}
	}
	if tax, ok := r.cfg.Taxonomy(r.primaryTaxonomy()); ok {
		h.FocusLabel = tax.Label.In(lang, r.def)
		h.FocusHref = r.urls.Href(r.urls.Taxonomy(tax.Key, lang))
		for _, term := range tax.Terms {
			n := 0
			for _, p := range projects {
				if slices.Contains(p.Strings("", tax.Key), term.Key) {
					n++
				}
			}
			if n > 0 { // a chart of zeros says nothing: the taxonomy's page lists every term
				l := termLabel(&term, lang, r.def, r.urls.Href(r.urls.Term(tax.Key, term.Key, lang)))
				h.ByFocus = append(h.ByFocus, bar{Label: l.Text, Full: l.Full, Href: l.Href, Count: n})
			}
		}
	}
	scale(h.ByStatus)
	scale(h.ByFocus)
	// the latest leave out the challenges listed above: nothing twice
	latest := slices.DeleteFunc(r.latest(latestCount+len(shown)), func(e *model.Entity) bool { return slices.Contains(shown, e) })
	h.Latest = r.cards(latest[:min(len(latest), latestCount)], lang)
	for _, typ := range listTypes {
		h.Types = append(h.Types, tile{Type: typ, Label: r.label(lang, "type_"+typ), Intro: r.label(lang, "intro_"+typ), Href: list(typ), Count: len(r.pub[typ])})
	}
	for _, t := range r.cfg.Taxonomies {
		b := taxBlock{Label: t.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Taxonomy(t.Key, lang))}
		for _, term := range t.Terms {
			n := len(r.withTerm(t.Key, term.Key))
			if n == 0 { // left out of the front page, listed on the taxonomy's page
				continue
			}
			l := termLabel(&term, lang, r.def, r.urls.Href(r.urls.Term(t.Key, term.Key, lang)))
			l.Count = n
			b.Terms = append(b.Terms, l)
		}
		if len(b.Terms) == 0 {
			continue
		}
		h.Taxonomies = append(h.Taxonomies, b)
	}
	for _, slug := range []string{"join", "about"} {
		if e := r.site.Entities[model.Ref{Type: "pages", Slug: slug}]; e != nil && r.site.IsPublished(e.Ref) {
			h.CTAs = append(h.CTAs, link{Text: r.label(lang, slug+"_cta"), Href: r.urls.Href(r.urls.Entity("pages", slug, lang))})
		}
	}
	if u := r.typeFormURL("actors"); u != "" {
		h.CTAs = append(h.CTAs, link{Text: r.label(lang, "form_actors"), Href: u})
	}
	v.HeaderSearch = false // the hero has the search box
	v.Template = "home.html"
	v.Title = Text{S: h.Title}
	v.DocTitle = h.Title
	v.Main = h
}

// scale sets each bar's share of the largest.
func scale(bs []bar) {
	top := 0
	for _, b := range bs {
		top = max(top, b.Count)
	}
	for i := range bs {
		if top > 0 {
			bs[i].Pct = bs[i].Count * 100 / top
		}
	}
}

// latest are the n published entities (pages aside) changed most
// recently: those with an `updated` date first, newest first, then the
// others by the date that starts their story (a project's start, a
// contract's valid_from, an actor's member_since). Funding sources count
// only with `updated`: their calls' dates say nothing of the entry.
// Ties go by title, type and slug, so the choice depends on content only.
func (r *Renderer) latest(n int) []*model.Entity {
	type dated struct {
		e       *model.Entity
		updated bool
		date    string
		key     string
	}
	before := func(a, b dated) int {
		if a.updated != b.updated {
			if a.updated {
				return -1
			}
			return 1
		}
		return cmp.Or(strings.Compare(b.date, a.date), strings.Compare(a.key, b.key),
			cmp.Compare(typeRank(a.e.Type), typeRank(b.e.Type)), strings.Compare(a.e.Slug, b.e.Slug))
	}
	// The n first, kept in order while every entity is looked at once: a
	// sort of all of them would compare thousands of titles.
	if n <= 0 {
		return nil
	}
	top := make([]dated, 0, n+1)
	for _, typ := range listTypes {
		for _, e := range r.pub[typ] {
			u := e.Str("", "updated")
			d := entityDate(e)
			if d == "" || (typ == "funding" && u == "") {
				continue
			}
			c := dated{e, u != "", d, r.sortKey(e, r.def)}
			if len(top) == n && before(c, top[n-1]) >= 0 {
				continue
			}
			i, _ := slices.BinarySearchFunc(top, c, before)
			top = slices.Insert(top, i, c)
			if len(top) > n {
				top = top[:n]
			}
		}
	}
	out := make([]*model.Entity, 0, len(top))
	for _, d := range top {
		out = append(out, d.e)
	}
	return out
}
