package render

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// fundingCall is one call of a published funding source, as the calls
// page, the front page and calls.ics show it (model.Call; its URL only
// when it is http(s)).
type fundingCall struct {
	src *model.Entity
	model.Call
}

// Call groups, in the order the calls page lists them. Undated calls are
// open (model.Call.Open) but get a group of their own, as they have no
// closing date to be sorted by.
const (
	callsOpen    = iota // open, with a closing date (it may not have opened yet)
	callsUndated        // open, no closing date
	callsPast           // closed before today
)

// soonDays is how many days ahead the front page counts calls "closing
// soon".
const soonDays = 60

// homeCalls and homeChallenges are how many open calls and challenges the
// front page lists.
const (
	homeCalls      = 3
	homeChallenges = 3
)

// fundingCalls lists the calls of every published funding source, by
// source slug and then in the source's order.
func (r *Renderer) fundingCalls() []fundingCall {
	var out []fundingCall
	for _, e := range r.pub["funding"] {
		for _, c := range e.Calls() {
			if safeWebURL(c.URL) == "" {
				c.URL = ""
			}
			out = append(out, fundingCall{src: e, Call: c})
		}
	}
	return out
}

// callGroup is the group of c on r.today.
func (r *Renderer) callGroup(c fundingCall) int {
	switch {
	case !c.Open(r.today):
		return callsPast
	case c.Closes == "":
		return callsUndated
	}
	return callsOpen
}

// sortCalls orders calls as the calls page lists them: those still open
// by closing date, soonest first; then those with no closing date, the
// most recently opened first; then the closed ones, the most recently
// closed first. Ties go by title, source and place in the source, so the
// order depends on content and r.today only.
func (r *Renderer) sortCalls(cs []fundingCall) {
	slices.SortStableFunc(cs, func(a, b fundingCall) int {
		ga, gb := r.callGroup(a), r.callGroup(b)
		if ga != gb {
			return cmp.Compare(ga, gb)
		}
		var byDate int
		switch ga {
		case callsOpen:
			byDate = strings.Compare(a.Closes, b.Closes)
		case callsUndated:
			byDate = strings.Compare(b.Opens, a.Opens)
		case callsPast:
			byDate = strings.Compare(b.Closes, a.Closes)
		}
		return cmp.Or(byDate, strings.Compare(collate(a.Title), collate(b.Title)),
			strings.Compare(a.src.Slug, b.src.Slug), cmp.Compare(a.Index, b.Index))
	})
}

// callTitle is c's title in lang: the translation's call of the same
// place when it has a title, else the default language's.
func (r *Renderer) callTitle(c fundingCall, lang string) Text {
	if lang != r.def {
		if t := c.src.Trans[lang]; t != nil {
			if cs, ok := t.Fields["calls"].([]model.Object); ok && c.Index < len(cs) {
				if s, _ := cs[c.Index]["title"].(string); s != "" {
					return Text{S: s}
				}
			}
		}
		return Text{S: c.Title, Lang: r.def}
	}
	return Text{S: c.Title}
}

// daysBetween is the number of days from a to b (YYYY-MM-DD), or 0 when
// either is not a date.
func daysBetween(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// daysLeft says how long a call closing on closes is still open on
// today: "12 päivää jäljellä", "viimeinen päivä tänään".
func (r *Renderer) daysLeft(lang, today, closes string) string {
	switch n := daysBetween(today, closes); {
	case n == 0:
		return r.label(lang, "closes_today")
	case n == 1:
		return r.label(lang, "day_left")
	default:
		return words.Fill(r.label(lang, "days_left"), "n", strconv.Itoa(n))
	}
}

// callsPage is the view of the calls page.
type callsPage struct {
	Intro    string
	Groups   []callSection
	Filters  []filterGroup
	Total    int
	Showing  string
	Calendar link   // calls.ics
	Address  string // calls.ics's absolute address, to paste into a calendar app
	Funding  link   // the list of funding sources
	Labels   callLabels
}

// callLabels are the words the browser needs to recount the days left
// on the visitor's date.
type callLabels struct {
	Today, One, Many, Closed, Open string
}

func (r *Renderer) newCallLabels(lang string) callLabels {
	return callLabels{Today: r.label(lang, "closes_today"), One: r.label(lang, "day_left"), Many: r.label(lang, "days_left"), Closed: r.label(lang, "call_closed"), Open: r.label(lang, "call_open")}
}

// callSection is one group of calls: open, without a closing date, past.
type callSection struct {
	ID    string
	Title string
	Empty string // shown when the group has no calls
	Calls []callView
}

// callView is one call as the calls page and the front page show it.
type callView struct {
	Title    Text
	Href     string
	External bool
	Source   item
	Funder   item // Text "" when the source names no funder
	Level    badge
	Eligible []string
	Terms    []link
	Opens    item
	Closes   item
	State    string // open, upcoming, undated, past
	Status   string // "12 päivää jäljellä", "Avautuu 1.9.2026", "Päättynyt"
	OpensOn  string // "Avautuu 1.9.2026", for the browser when the call has not opened
	Facets   string
	Group    int
	L        map[string]string
}

// callView builds the view of c in lang.
func (r *Renderer) callView(c fundingCall, lang string) callView {
	e := c.src
	v := callView{Title: r.callTitle(c, lang), Source: r.entityLink(e, lang).item(), Group: r.callGroup(c), L: r.labels[lang]}
	v.Href = v.Source.Href
	if c.URL != "" {
		v.Href, v.External = c.URL, true
	}
	if ls := r.site.LinksFrom(e, "funder"); len(ls) > 0 {
		v.Funder = r.refLink(ls[0].To, lang).item()
	} else if n := r.text(e, lang, "funder_name"); n.S != "" {
		v.Funder = item{Text: n.S, Lang: n.Lang}
	}
	if l := e.Str("", "level"); l != "" {
		v.Level = badge{Text: r.enumLabel(lang, "level", l), Class: "level-" + l}
	}
	var facets []string
	for _, k := range e.Strings("", "eligible") {
		v.Eligible = append(v.Eligible, r.enumLabel(lang, "kind", k))
		facets = append(facets, "eligible="+k)
	}
	// Every taxonomy filters; the chips show the themes only, as cards do.
	for _, t := range r.cfg.Taxonomies {
		for _, term := range e.Strings("", t.Key) {
			facets = append(facets, t.Key+"="+term)
			if t.Key != r.primaryTaxonomy() {
				continue
			}
			if tl, ok := r.termLink(t.Key, term, lang); ok {
				v.Terms = append(v.Terms, tl)
			}
		}
	}
	v.Facets = strings.Join(facets, " ")
	v.Opens, v.Closes = dateCell(c.Opens, lang).V, dateCell(c.Closes, lang).V
	if c.Opens != "" {
		v.OpensOn = words.Fill(r.label(lang, "opens_on"), "date", date(c.Opens, lang))
	}
	switch v.Group {
	case callsPast:
		v.State, v.Status = "past", r.label(lang, "call_closed")
	case callsUndated:
		v.State, v.Status = "undated", r.label(lang, "no_closing_date")
		if c.Opens > r.today {
			v.Status = v.OpensOn
		} else if c.Opens != "" {
			v.Status = r.label(lang, "call_open")
		}
	default:
		v.State, v.Status = "open", r.daysLeft(lang, r.today, c.Closes)
		if c.Opens > r.today {
			v.State, v.Status = "upcoming", v.OpensOn
		}
	}
	return v
}

func (r *Renderer) callsView(v *pageView) {
	lang := v.Lang
	calls := r.fundingCalls()
	r.sortCalls(calls)
	cp := &callsPage{
		Intro:    r.label(lang, "intro_calls"),
		Total:    len(calls),
		Calendar: link{Text: r.label(lang, "subscribe_calendar"), Href: r.urls.Href(r.urls.CalendarIn(lang))},
		Funding:  link{Text: r.label(lang, "all_funding"), Href: r.urls.Href(r.urls.List("funding", lang))},
		Labels:   r.newCallLabels(lang),
	}
	if r.cfg.BaseURL != "" {
		cp.Address = r.absolute(r.urls.CalendarIn(lang))
	}
	cp.Showing = words.Fill(r.label(lang, "showing"), "n", strconv.Itoa(cp.Total), "total", strconv.Itoa(cp.Total))
	sections := []callSection{
		{ID: "open", Title: r.label(lang, "calls_open"), Empty: r.label(lang, "calls_none_open")},
		{ID: "undated", Title: r.label(lang, "calls_undated")},
		{ID: "past", Title: r.label(lang, "calls_past")},
	}
	counts := map[string]int{}
	for _, c := range calls {
		cv := r.callView(c, lang)
		sections[cv.Group].Calls = append(sections[cv.Group].Calls, cv)
		for _, tok := range strings.Fields(cv.Facets) {
			counts[tok]++
		}
	}
	if len(calls) > 0 {
		for i, s := range sections {
			if i == callsOpen || len(s.Calls) > 0 {
				cp.Groups = append(cp.Groups, s)
			}
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
			cp.Filters = append(cp.Filters, g)
		}
	}
	group("eligible", r.label(lang, "f_eligible"), schema.ActorKinds, func(k string) string { return r.enumLabel(lang, "kind", k) })
	for _, t := range r.cfg.Taxonomies {
		group(t.Key, t.Label.In(lang, r.def), t.TermKeys(), func(val string) string {
			tm, _ := t.Term(val)
			return tm.Display(lang, r.def)
		})
	}
	v.Template = "calls.html"
	v.Title = Text{S: r.label(lang, "calls_title")}
	v.Description = cp.Intro
	v.Crumbs = r.crumbs(lang, v.Title, r.urls.Calls(lang), link{Text: r.label(lang, "type_funding"), Href: r.urls.Href(r.urls.List("funding", lang))})
	v.Main = cp
}

// openChallenges are the published challenges that take answers on
// r.today: status open and a deadline not passed (an overdue one is
// marked on its card and page, but neither listed nor counted as open);
// those with a deadline by deadline, then those without one; ties by
// title.
func (r *Renderer) openChallenges(lang string) []*model.Entity {
	var out []*model.Entity
	for _, e := range r.pub["challenges"] {
		if e.OpenChallenge() && !e.DeadlinePassed(r.today) {
			out = append(out, e)
		}
	}
	rank := func(d string) int {
		switch {
		case d == "":
			return 1
		case d < r.today:
			return 2
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, b *model.Entity) int {
		da, db := a.Str("", "deadline"), b.Str("", "deadline")
		return cmp.Or(cmp.Compare(rank(da), rank(db)), strings.Compare(da, db),
			strings.Compare(r.sortKey(a, lang), r.sortKey(b, lang)), strings.Compare(a.Slug, b.Slug))
	})
	return out
}

// callsNow are the dated calls that take applications on r.today,
// soonest closing first: the front page's calls "closing soon".
func (r *Renderer) callsNow() []fundingCall {
	var out []fundingCall
	for _, c := range r.fundingCalls() {
		if c.State(r.today) == model.CallOpen && c.Closes != "" {
			out = append(out, c)
		}
	}
	r.sortCalls(out)
	return out
}
