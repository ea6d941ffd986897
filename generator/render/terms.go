// Taxonomy pages and term pages: a term's entities, 100 to a page, with
// a pager.

package render

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/words"
)

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
				row.Parts = append(row.Parts, r.count(lang, typ, n))
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
		Label:  r.label(lang, "pager"),
		Status: words.Fill(r.label(lang, "page_of"), "n", num(cur), "total", num(n)),
		Page:   r.label(lang, "page"),
		Prev:   link{Text: r.label(lang, "prev_page")},
		Next:   link{Text: r.label(lang, "next_page")},
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

// maxTermNav is the most terms a term page's navigation lists.
const maxTermNav = 30

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
	tp.Count = words.Fill(r.label(lang, "term_count"), "n", strconv.Itoa(tp.Total))
	if tp.Total == 1 {
		tp.Count = r.label(lang, "term_count_one")
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
			tp.Groups = append(tp.Groups, section{ID: typ, Title: r.label(lang, "type_"+typ), Cards: r.cards(es[from:to], lang), Count: len(es)})
		}
	}
	here := r.urls.TermPage(tax, term, lang, cur)
	others := t.Terms
	if len(others) > maxTermNav {
		// every term page listing every term would write T² links: a
		// long taxonomy is reached through its own page (the kicker)
		others = nil
	}
	for _, other := range others {
		l := termLabel(&other, lang, r.def, r.urls.Href(r.urls.Term(tax, other.Key, lang)))
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
