package render

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
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
	// countFigure splits count()'s "10 hanketta" into the figure and its word.
	countFigure := func(typ string, n int) figure {
		num, word, _ := strings.Cut(count(lang, typ, n), " ")
		return figure{Value: num, Label: word, Href: list(typ), Class: typ}
	}
	memberWord := label(lang, "members")
	if members == 1 {
		memberWord = strings.ToLower(label(lang, "member"))
	}
	h.Figures = []figure{
		{Value: strconv.Itoa(members), Label: memberWord, Href: list("actors") + "?member=yes", Class: "actors"},
		countFigure("actors", len(actors)),
		countFigure("services", len(r.pub["services"])),
		countFigure("projects", len(projects)),
		{Value: money(funding, lang), Label: label(lang, "funding_received"), Href: list("funding"), Class: "funding"},
		countFigure("contracts", len(r.pub["contracts"])),
	}
	// What a visitor can act on now: open challenges and calls closing soon.
	open := r.openChallenges(lang)
	word := label(lang, "open_challenges_n")
	if len(open) == 1 {
		word = label(lang, "open_challenge_one")
	}
	h.Figures = append(h.Figures, figure{Value: strconv.Itoa(len(open)), Label: word, Href: list("challenges") + "?status=open", Class: "challenges"})
	now := r.callsNow()
	soon := 0
	for _, c := range now {
		if daysBetween(r.today, c.closes) <= soonDays {
			soon++
		}
	}
	word = label(lang, "calls_soon_n")
	if soon == 1 {
		word = label(lang, "call_soon_one")
	}
	calls := r.urls.Href(r.urls.Calls(lang))
	h.Figures = append(h.Figures, figure{Value: strconv.Itoa(soon), Label: fill(word, "days", strconv.Itoa(soonDays)), Href: calls, Class: "calls"})
	for _, c := range now[:min(len(now), homeCalls)] {
		h.Calls = append(h.Calls, r.callView(c, lang))
	}
	h.CallLabels = newCallLabels(lang)
	h.CallsLink = link{Text: label(lang, "all_calls"), Href: calls}
	h.Challenges = r.cards(open[:min(len(open), homeChallenges)], lang)
	h.ChalLink = link{Text: label(lang, "all_open_challenges"), Href: list("challenges") + "?status=open"}
	for _, st := range schema.ProjectStatus {
		n := 0
		for _, p := range projects {
			if p.Str("", "status") == st {
				n++
			}
		}
		if n > 0 {
			h.ByStatus = append(h.ByStatus, bar{Label: enumLabel(lang, "status", st), Href: list("projects") + "?status=" + url.QueryEscape(st), Class: "status-" + st, Count: n})
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
			h.ByFocus = append(h.ByFocus, bar{Label: term.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Term(tax.Key, term.Key, lang)), Count: n})
		}
	}
	scale(h.ByStatus)
	scale(h.ByFocus)
	h.Latest = r.cards(r.latest(latestCount), lang)
	for _, typ := range listTypes {
		h.Types = append(h.Types, tile{Type: typ, Label: label(lang, "type_"+typ), Intro: label(lang, "intro_"+typ), Href: list(typ), Count: len(r.pub[typ])})
	}
	for _, t := range r.cfg.Taxonomies {
		b := taxBlock{Label: t.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Taxonomy(t.Key, lang))}
		for _, term := range t.Terms {
			b.Terms = append(b.Terms, link{Text: term.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Term(t.Key, term.Key, lang)), Count: len(r.withTerm(t.Key, term.Key))})
		}
		h.Taxonomies = append(h.Taxonomies, b)
	}
	for _, slug := range []string{"join", "about"} {
		if e := r.site.Entities[model.Ref{Type: "pages", Slug: slug}]; e != nil && r.site.IsPublished(e.Ref) {
			h.CTAs = append(h.CTAs, link{Text: label(lang, slug+"_cta"), Href: r.urls.Href(r.urls.Entity("pages", slug, lang))})
		}
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

// TermPageOf is the page (from 1) of the term's listing in lang that
// shows ref's card, or 0 when none does. It counts the entities listed
// before ref (see termEntities for the order) without sorting them all:
// serve asks it while the member waits for the page they edited.
func (r *Renderer) TermPageOf(ref model.Ref, tax, term, lang string) int {
	all := r.withTerm(tax, term)
	i := slices.IndexFunc(all, func(e *model.Entity) bool { return e.Ref == ref })
	if i < 0 {
		return 0
	}
	self, rank, key := all[i], typeRank(ref.Type), r.sortKey(all[i], lang)
	before := 0
	for _, e := range all {
		switch er := typeRank(e.Type); {
		case er < rank:
			before++
		case er == rank && e != self && cmp.Or(strings.Compare(r.sortKey(e, lang), key), strings.Compare(e.Slug, ref.Slug)) < 0:
			before++
		}
	}
	return before/termPageSize + 1
}

// termEntities lists the published entities with a term in type order,
// then by title in lang. Every page of the term shows a part of it, so it
// is worked out once.
func (r *Renderer) termEntities(tax, term, lang string) []*model.Entity {
	type result struct {
		once sync.Once
		es   []*model.Entity
	}
	v, _ := r.termLists.LoadOrStore([3]string{tax, term, lang}, &result{})
	res := v.(*result)
	res.once.Do(func() {
		res.es = slices.Clone(r.withTerm(tax, term)) // in type order
		for start := 0; start < len(res.es); {
			end := start + 1
			for end < len(res.es) && res.es[end].Type == res.es[start].Type {
				end++
			}
			r.sortByTitle(res.es[start:end], lang)
			start = end
		}
	})
	return res.es
}

// withTerm lists the published entities of every type that have a term,
// in type order, then by slug. The caller must not change the slice.
func (r *Renderer) withTerm(tax, term string) []*model.Entity { return r.byTerm[[2]string{tax, term}] }

// termIndex lists the published entities with each term, by [tax, term],
// in one pass over the entities.
func (r *Renderer) termIndex() map[[2]string][]*model.Entity {
	out := map[[2]string][]*model.Entity{}
	for _, typ := range typesInOrder() {
		for _, e := range r.pub[typ] {
			for _, t := range r.cfg.Taxonomies {
				terms := e.Strings("", t.Key)
				for i, term := range terms {
					if !slices.Contains(terms[:i], term) {
						k := [2]string{t.Key, term}
						out[k] = append(out[k], e)
					}
				}
			}
		}
	}
	return out
}

// listPage is the view of a type's list page.
type listPage struct {
	Type    string
	Intro   string
	Cards   []card
	Groups  []filterGroup
	AddNew  string
	Calls   link // the funding list's link to the calls page
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
	lp := &listPage{Type: typ, Intro: label(lang, "intro_"+typ), Cards: r.cards(es, lang), Total: len(es), AddNew: r.addNewURL(typ)}
	lp.Showing = fill(label(lang, "showing"), "n", strconv.Itoa(lp.Total), "total", strconv.Itoa(lp.Total))
	if typ == "funding" {
		lp.Calls = link{Text: label(lang, "calls_link"), Href: r.urls.Href(r.urls.Calls(lang))}
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
		group(f.key, label(lang, f.label), f.values, func(val string) string {
			if f.key == "member" {
				return label(lang, "member")
			}
			return enumLabel(lang, enumKey(f.key), val)
		})
	}
	for _, t := range r.cfg.Taxonomies {
		group(t.Key, t.Label.In(lang, r.def), t.TermKeys(), func(val string) string {
			tm, _ := t.Term(val)
			return tm.Label.In(lang, r.def)
		})
	}
	v.Template = "list.html"
	v.Title = Text{S: label(lang, "type_"+typ)}
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

// taxonomyPage is the index of a taxonomy's terms.
type taxonomyPage struct {
	Label string
	Terms []termRow
}

type termRow struct {
	Label string
	Href  string
	Count int
	Parts []string // "3 toimijaa"-style counts by type
}

func (r *Renderer) taxonomyView(v *pageView, tax string) error {
	t, ok := r.cfg.Taxonomy(tax)
	if !ok {
		return fmt.Errorf("render: unknown taxonomy %q", tax)
	}
	lang := v.Lang
	tp := &taxonomyPage{Label: t.Label.In(lang, r.def)}
	for _, term := range t.Terms {
		es := r.withTerm(tax, term.Key)
		row := termRow{Label: term.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Term(tax, term.Key, lang)), Count: len(es)}
		for _, typ := range typesInOrder() {
			n := 0
			for _, e := range es {
				if e.Type == typ {
					n++
				}
			}
			if n > 0 {
				row.Parts = append(row.Parts, count(lang, typ, n))
			}
		}
		tp.Terms = append(tp.Terms, row)
	}
	v.Template = "taxonomy.html"
	v.Title = Text{S: tp.Label}
	v.Crumbs = r.crumbs(lang, v.Title, r.urls.Taxonomy(tax, lang))
	v.Main = tp
	return nil
}

// termPageSize is how many entities a term page lists; a term with more
// has further pages (urls.TermPage).
const termPageSize = 100

// termPageCount is the number of pages of a term with n entities: one at
// least, which says "nothing here yet" when n is 0.
func termPageCount(n int) int { return max(1, (n+termPageSize-1)/termPageSize) }

// termPage lists everything with one term, grouped by type, a page of
// termPageSize entities at a time.
type termPage struct {
	TaxLabel string
	TaxHref  string
	Total    int
	Count    string
	Groups   []section
	Others   []link
	Pager    *pager // nil when the term fits on one page
}

// pager links the pages of a paginated listing.
type pager struct {
	Label  string // the nav's name: "Sivutus"
	Status string // "Sivu 2 / 5"
	Page   string // "Sivu", hidden before each number
	Prev   link   // Href "" on the first page
	Next   link   // Href "" on the last page
	Pages  []link // page numbers; Text "" stands for a gap (…)
}

// pagerWindow is how many page numbers the pager shows on each side of
// the current one, besides the first and the last.
const pagerWindow = 2

// newPager links page cur of n; url gives each page's site-relative URL.
func (r *Renderer) newPager(lang string, cur, n int, url func(int) string) *pager {
	num := strconv.Itoa
	p := &pager{
		Label:  label(lang, "pager"),
		Status: fill(label(lang, "page_of"), "n", num(cur), "total", num(n)),
		Page:   label(lang, "page"),
		Prev:   link{Text: label(lang, "prev_page")},
		Next:   link{Text: label(lang, "next_page")},
	}
	if cur > 1 {
		p.Prev.Href = r.urls.Href(url(cur - 1))
	}
	if cur < n {
		p.Next.Href = r.urls.Href(url(cur + 1))
	}
	shown := func(i int) bool { return i <= 1 || i >= n || cur-pagerWindow <= i && i <= cur+pagerWindow }
	for i := 1; i <= n; i++ {
		switch {
		// A gap of a single page shows that page instead of "…".
		case shown(i) || shown(i-1) && shown(i+1):
			l := link{Text: num(i), Href: r.urls.Href(url(i))}
			if i == cur {
				l.Current = "page"
			}
			p.Pages = append(p.Pages, l)
		case p.Pages[len(p.Pages)-1].Text != "":
			p.Pages = append(p.Pages, link{})
		}
	}
	return p
}

func (r *Renderer) termView(v *pageView, tax, term string, num int) error {
	t, ok := r.cfg.Taxonomy(tax)
	if !ok {
		return fmt.Errorf("render: unknown taxonomy %q", tax)
	}
	tm, ok := t.Term(term)
	if !ok {
		return fmt.Errorf("render: unknown term %q of %s", term, tax)
	}
	lang := v.Lang
	tp := &termPage{TaxLabel: t.Label.In(lang, r.def), TaxHref: r.urls.Href(r.urls.Taxonomy(tax, lang))}
	all := r.termEntities(tax, term, lang)
	tp.Total = len(all)
	tp.Count = fill(label(lang, "term_count"), "n", strconv.Itoa(tp.Total))
	if tp.Total == 1 {
		tp.Count = label(lang, "term_count_one")
	}
	pages, cur := termPageCount(tp.Total), max(num, 1)
	if cur > pages {
		return fmt.Errorf("render: %s/%s has no page %d", tax, term, cur)
	}
	// The page shows entities [lo, hi) of the term in type order, then by
	// title; a type cut by a page boundary has its section, with its
	// title and full count, on both pages.
	lo, hi := (cur-1)*termPageSize, min(cur*termPageSize, tp.Total)
	at := 0 // index of the type's first entity in the term
	for _, typ := range typesInOrder() {
		n := 0
		for n < len(all)-at && all[at+n].Type == typ {
			n++
		}
		es := all[at : at+n]
		from, to := min(max(lo-at, 0), len(es)), min(max(hi-at, 0), len(es))
		at += len(es)
		if from < to {
			tp.Groups = append(tp.Groups, section{ID: typ, Title: label(lang, "type_"+typ), Cards: r.cards(es[from:to], lang), Count: len(es)})
		}
	}
	here := r.urls.TermPage(tax, term, lang, cur)
	for _, other := range t.Terms {
		l := link{Text: other.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Term(tax, other.Key, lang))}
		if other.Key == term {
			// The chip links to the first page: on the others it marks
			// the current term, not this page.
			l.Current = "page"
			if cur > 1 {
				l.Current = "true"
			}
		}
		tp.Others = append(tp.Others, l)
	}
	v.Template = "term.html"
	v.Title = Text{S: tm.Label.In(lang, r.def)}
	if pages > 1 {
		tp.Pager = r.newPager(lang, cur, pages, func(n int) string { return r.urls.TermPage(tax, term, lang, n) })
		if cur > 1 {
			v.DocTitle = v.Title.S + " – " + tp.Pager.Status + " – " + v.Site.Title
		}
	}
	v.Crumbs = r.crumbs(lang, v.Title, here, link{Text: tp.TaxLabel, Href: tp.TaxHref})
	v.Main = tp
	return nil
}

// searchPage is the view of the search page; search/search-ui.js does
// the searching in the browser.
type searchPage struct {
	Base   string
	Labels string // JSON of the search UI's labels
	Script string
	Intro  string
	Lists  []link
}

func (r *Renderer) searchView(v *pageView) {
	lang := v.Lang
	labels, err := json.Marshal(searchLabels(lang))
	if err != nil {
		labels = []byte("{}")
	}
	sp := &searchPage{Base: r.urls.BasePath(), Labels: string(labels), Intro: label(lang, "search_intro"), Lists: v.Site.Lists}
	if r.hasAsset("js/search-ui.js") {
		sp.Script = r.asset("js/search-ui.js")
	}
	v.Template = "search.html"
	v.Title = Text{S: label(lang, "search")}
	v.Crumbs = r.crumbs(lang, v.Title, r.urls.Search(lang))
	v.Main = sp
}

// notFound is one language's part of the bilingual 404 page.
type notFound struct {
	Lang        string
	Title       string
	Text        string
	Home        string
	HomeLabel   string
	Search      string
	SearchLabel string
	Placeholder string
	Button      string
	InputID     string
	Lists       []link
}

func (r *Renderer) notFoundView(v *pageView) {
	var parts []notFound
	for _, lang := range r.cfg.Languages {
		var lists []link
		for _, typ := range listTypes {
			lists = append(lists, link{Text: label(lang, "type_"+typ), Href: r.urls.Href(r.urls.List(typ, lang))})
		}
		parts = append(parts, notFound{
			Lang: lang, Title: label(lang, "not_found"), Text: label(lang, "not_found_text"),
			Home: r.urls.Href(r.urls.Home(lang)), HomeLabel: label(lang, "to_home"),
			Search: r.urls.Href(r.urls.Search(lang)), SearchLabel: label(lang, "search_site"),
			Placeholder: label(lang, "search_placeholder"), Button: label(lang, "search_button"),
			InputID: "q-404-" + lang, Lists: lists,
		})
	}
	v.Template = "404.html"
	v.Title = Text{S: parts[0].Title}
	var titles []string
	for _, p := range parts {
		titles = append(titles, p.Title)
	}
	v.DocTitle = strings.Join(titles, " · ") + " – " + v.Site.Title
	v.Main = parts
}
