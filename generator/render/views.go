package render

import (
	"cmp"
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/urls"
)

// Text is content text with the language it is written in when that is
// not the page's own: a field shown on an /en/ page that has no English
// translation is Finnish, and its element gets lang="fi".
type Text struct {
	S    string
	Lang string
}

// link is an anchor, or plain text when Href is empty.
type link struct {
	Text     string
	Lang     string // lang attribute when the text is not in the page's language
	Href     string // below the base path already
	Current  string // aria-current value
	Hreflang string
	Note     string
	Count    int
}

type badge struct{ Text, Class string }

type image struct{ Src, Alt string }

// item is one value of a fact (one <dd>), or one cell of a table.
type item struct {
	Text     string
	Lang     string
	Href     string       // http(s), mailto, or a site URL below the base path
	Tel      template.URL // tel: followed by digits only
	Date     string       // the datetime of a <time>
	Class    string
	Note     string // small text after the value, e.g. a file's type and size
	Download bool
	MIME     string
	External bool
	// HTML is the item rendered by the "value" template. The same items
	// (a term's chip, a kind, a town) stand on thousands of pages, so each
	// is rendered once; see renderItems.
	HTML template.HTML
}

// fact is one term of the facts list: a <dt> and its <dd>s.
type fact struct {
	Label string
	Items []item
}

// card is an entity in a grid of cards.
type card struct {
	Type      string
	TypeLabel string
	Title     Text
	Href      string
	Summary   Text
	Badges    []badge
	Terms     []link
	Logo      *image
	Meta      []string
	Facets    string // data-facets: "key=value" tokens for the list filter
	Sort      string // collation key of the title
	Date      string // YYYY-MM-DD for "newest first", or ""
	H         int    // heading level of the title: 3, below a page's or section's h2
	// HTML is the card rendered by the "card" template. A card appears on
	// many pages (lists, terms, reverse links), so it is rendered once.
	HTML template.HTML
}

// section is a titled grid of cards.
type section struct {
	ID    string
	Title string
	Cards []card
	Count int // shown beside the title when the cards are part of more; else len(Cards)
}

// table is a data table with a caption; the first cell of a row is its
// row header.
type table struct {
	ID      string
	Title   string
	Caption string
	Head    []column
	Rows    [][]cell
	Foot    []cell
}

type column struct {
	Text string
	Num  bool
	JS   bool // the column is filled in by the browser
	// States are the labels of a call's state, for the browser to use:
	// open, closed and upcoming.
	States map[string]string
}

type cell struct {
	V      item
	Num    bool
	Opens  string // call state cells: dates compared in the browser
	Closes string
	State  bool
}

// pageView is what every page template gets.
type pageView struct {
	Template     string // the page file in layouts/
	Kind         string
	Lang         string
	L            map[string]string
	Site         siteView
	Title        Text // the h1
	DocTitle     string
	Description  string
	Canonical    string // absolute
	Alternates   []link // every language version, absolute, with Hreflang
	Switch       []link // the other languages, for the language switch
	Nav          []link
	Crumbs       []link
	HeaderSearch bool
	Main         any
	NavHTML      template.HTML // the "nav" template for this language and section
	Footer       template.HTML // the "footer" template for this language
	JSONLD       template.JS   // entity pages: schema.org JSON-LD, already escaped by json.Marshal (see jsonld.go)
	XDefault     string        // absolute: the default-language version, for hreflang="x-default"
	OG           openGraph
}

// openGraph are the link preview's facts beyond title and description.
type openGraph struct {
	Locale     string   // fi_FI
	Alternates []string // the other languages' locales
	Image      string   // absolute
	ImageAlt   string
	Width      int // of the site card; 0 for an entity's logo
	Height     int
}

// ogLocales are the Open Graph locales of the site languages; others use
// the language code.
var ogLocales = map[string]string{"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB", "se": "se_NO", "et": "et_EE", "de": "de_DE", "fr": "fr_FR"}

func ogLocale(lang string) string {
	if l, ok := ogLocales[lang]; ok {
		return l
	}
	return lang
}

// siteView is the chrome shared by every page of a language.
type siteView struct {
	Title      string
	Tagline    string
	Home       string
	Search     string
	Data       string
	Calls      string // the calls page
	Calendar   string // calls.ics
	Feed       string // this language's Atom feed
	A11y       string // the accessibility statement
	Favicon    string // favicon.ico
	TouchIcon  string // apple-touch-icon.png
	Repository string
	Lists      []link
	Taxonomies []link
	Pages      []link
}

// view builds the view of an HTML page.
func (r *Renderer) view(p Page) (*pageView, error) {
	lang := p.Lang
	if lang == "" {
		lang = r.def
	}
	v := r.frame(p, lang)
	switch p.Kind {
	case KindHome:
		r.homeView(v)
	case KindList:
		r.listView(v, p.Type)
	case KindEntity:
		e := r.site.Entities[p.Ref]
		if e == nil || !r.site.IsPublished(p.Ref) {
			return nil, fmt.Errorf("render: no published entity %s", p.Ref)
		}
		r.entityView(v, e)
	case KindTaxonomy:
		if err := r.taxonomyView(v, p.Tax); err != nil {
			return nil, err
		}
	case KindTerm:
		if err := r.termView(v, p.Tax, p.Term, p.Num); err != nil {
			return nil, err
		}
	case KindSearch:
		r.searchView(v)
	case KindCalls:
		r.callsView(v)
	case KindKimppahaku:
		r.kimppahakuView(v)
	case Kind404:
		r.notFoundView(v)
	case KindA11y:
		r.a11yView(v)
	default:
		return nil, fmt.Errorf("render: unknown page kind %q", p.Kind)
	}
	if v.DocTitle == "" {
		v.DocTitle = v.Title.S + " – " + v.Site.Title
	}
	return v, nil
}

// frame fills in the chrome of a page: site, navigation, languages.
func (r *Renderer) frame(p Page, lang string) *pageView {
	v := &pageView{Kind: p.Kind, Lang: lang, L: r.labels[lang], HeaderSearch: p.Kind != KindSearch}
	v.Site = siteView{
		Title:      r.cfg.Title.In(lang, r.def),
		Tagline:    r.cfg.Tagline.In(lang, r.def),
		Home:       r.urls.Href(r.urls.Home(lang)),
		Search:     r.urls.Href(r.urls.Search(lang)),
		Data:       r.urls.Href("/" + DataFile),
		Calls:      r.urls.Href(r.urls.Calls(lang)),
		Calendar:   r.urls.Href(urls.Calendar),
		Feed:       r.urls.Href(r.urls.Feed(lang)),
		A11y:       r.urls.Href(r.urls.Accessibility(lang)),
		Favicon:    r.urls.Href("/" + FaviconFile),
		TouchIcon:  r.urls.Href("/" + TouchIconFile),
		Repository: safeWebURL(r.cfg.Repository),
	}
	here := r.pageURL(p, lang)
	for _, typ := range listTypes {
		u := r.urls.List(typ, lang)
		l := link{Text: label(lang, "type_"+typ), Href: r.urls.Href(u), Count: len(r.pub[typ])}
		switch {
		case p.Kind == KindList && p.Type == typ:
			l.Current = "page"
		case p.Kind == KindEntity && p.Ref.Type == typ:
			l.Current = "true"
		}
		v.Site.Lists = append(v.Site.Lists, l)
	}
	for _, t := range r.cfg.Taxonomies {
		l := link{Text: t.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Taxonomy(t.Key, lang))}
		if (p.Kind == KindTaxonomy || p.Kind == KindTerm) && p.Tax == t.Key {
			l.Current = "true"
			if p.Kind == KindTaxonomy {
				l.Current = "page"
			}
		}
		v.Site.Taxonomies = append(v.Site.Taxonomies, l)
	}
	for _, e := range r.publishedOf("pages") {
		l := r.entityLink(e, lang)
		if p.Kind == KindEntity && p.Ref == e.Ref {
			l.Current = "page"
		}
		v.Site.Pages = append(v.Site.Pages, l)
	}
	// The calls page stands after its section, Rahoitus: finding funding
	// is what many visitors come for.
	for _, l := range v.Site.Lists {
		v.Nav = append(v.Nav, l)
		if l.Href == r.urls.Href(r.urls.List("funding", lang)) {
			c := link{Text: label(lang, "nav_calls"), Href: v.Site.Calls}
			if p.Kind == KindCalls {
				c.Current = "page"
			}
			v.Nav = append(v.Nav, c)
		}
	}
	k := link{Text: label(lang, "nav_kimppahaku"), Href: r.urls.Href(r.urls.Kimppahaku(lang))}
	if p.Kind == KindKimppahaku {
		k.Current = "page"
	}
	v.Nav = append(v.Nav, k)
	for _, l := range v.Site.Pages {
		if slug := strings.TrimSuffix(strings.TrimPrefix(l.Href, r.urls.Href(r.urls.Home(lang))), "/"); slug == "about" || slug == "join" {
			l.Text = label(lang, "nav_"+slug)
			l.Lang = ""
			v.Nav = append(v.Nav, l)
		}
	}
	v.OG = openGraph{Locale: ogLocale(lang), Image: r.absolute("/" + CardFile), ImageAlt: v.Site.Title, Width: cardW, Height: cardH}
	for _, l := range r.cfg.Languages {
		if l != lang {
			v.OG.Alternates = append(v.OG.Alternates, ogLocale(l))
		}
	}
	if here != "" {
		v.Canonical = r.absolute(here)
		if len(r.cfg.Languages) > 1 {
			v.XDefault = r.absolute(r.pageURL(p, r.def))
		}
		for _, l := range r.cfg.Languages {
			u := r.pageURL(p, l)
			v.Alternates = append(v.Alternates, link{Hreflang: l, Href: r.absolute(u)})
			if l != lang {
				v.Switch = append(v.Switch, link{Text: langName(l), Lang: l, Hreflang: l, Href: r.urls.Href(u)})
			}
		}
	}
	v.Description = r.cfg.Description.In(lang, r.def)
	v.NavHTML = r.fragment("nav", lang+navKey(v.Nav), v)
	v.Footer = r.fragment("footer", lang, r.footerView(v))
	return v
}

// navKey tells apart the navigations of one language: by which link is
// current.
func navKey(nav []link) string {
	var b strings.Builder
	for _, l := range nav {
		b.WriteString("|" + l.Current)
	}
	return b.String()
}

// footerView is v with nothing that depends on the page, so that one
// footer serves every page of the language.
func (r *Renderer) footerView(v *pageView) *pageView {
	f := *v
	f.Switch = nil
	f.Site.Lists = clearCurrent(v.Site.Lists)
	f.Site.Taxonomies = clearCurrent(v.Site.Taxonomies)
	f.Site.Pages = clearCurrent(v.Site.Pages)
	return &f
}

func clearCurrent(ls []link) []link {
	out := slices.Clone(ls)
	for i := range out {
		out[i].Current = ""
	}
	return out
}

// fragment renders the shared template name once per key and reuses it:
// the page frame is the same on thousands of pages.
func (r *Renderer) fragment(name, key string, v any) template.HTML {
	k := name + "\x00" + key
	if h, ok := r.fragments.Load(k); ok {
		return h.(template.HTML)
	}
	var b strings.Builder
	if err := r.tmpl.partial(&b, name, v); err != nil {
		r.setCardErr(fmt.Errorf("layouts: %s: %w", name, err))
	}
	h := template.HTML(b.String()) // html/template output, already escaped
	r.fragments.Store(k, h)
	return h
}

// renderItems sets each item's HTML from the "value" template. Items
// that many entities share (a term's chip, a kind, a town: text without
// a link of its own) are rendered once and kept; links, dates and phone
// numbers are mostly an entity's own and are not kept.
func (r *Renderer) renderItems(items []item) {
	for i, it := range items {
		it.HTML = ""
		shared := it.Class == "chip" || it.Href == "" && it.Tel == "" && it.Date == ""
		if !shared {
			items[i].HTML = r.renderItem(it)
			continue
		}
		if h, ok := r.items.Load(it); ok {
			items[i].HTML = h.(template.HTML)
			continue
		}
		h := r.renderItem(it)
		r.items.Store(it, h)
		items[i].HTML = h
	}
}

func (r *Renderer) renderItem(it item) template.HTML {
	var b strings.Builder
	if err := r.tmpl.partial(&b, "value", it); err != nil {
		r.setCardErr(fmt.Errorf("layouts: value: %w", err))
	}
	return template.HTML(b.String()) // html/template output, already escaped
}

// absolute is the full address of a site-relative URL.
func (r *Renderer) absolute(rel string) string { return r.urls.Absolute(rel) }

// pageURL is the site-relative URL of page p in lang, or "" for pages
// that have no language versions.
func (r *Renderer) pageURL(p Page, lang string) string {
	switch p.Kind {
	case KindHome:
		return r.urls.Home(lang)
	case KindList:
		return r.urls.List(p.Type, lang)
	case KindEntity:
		return r.urls.Entity(p.Ref.Type, p.Ref.Slug, lang)
	case KindTaxonomy:
		return r.urls.Taxonomy(p.Tax, lang)
	case KindTerm:
		return r.urls.TermPage(p.Tax, p.Term, lang, p.Num)
	case KindSearch:
		return r.urls.Search(lang)
	case KindCalls:
		return r.urls.Calls(lang)
	case KindKimppahaku:
		return r.urls.Kimppahaku(lang)
	case KindA11y:
		return r.urls.Accessibility(lang)
	}
	return ""
}

// crumbs are the breadcrumbs: home, the given links, and the page itself.
func (r *Renderer) crumbs(lang string, self Text, selfURL string, middle ...link) []link {
	out := []link{{Text: label(lang, "home"), Href: r.urls.Href(r.urls.Home(lang))}}
	out = append(out, middle...)
	return append(out, link{Text: self.S, Lang: self.Lang, Href: r.urls.Href(selfURL), Current: "page"})
}

// text returns a text field of e in lang, marked with the default
// language when the value falls back to it.
func (r *Renderer) text(e *model.Entity, lang, field string) Text {
	return Text{S: e.Str(lang, field), Lang: r.fieldLang(e, lang, field)}
}

// fieldLang is the language of field as shown in lang: "" when it is the
// page's own, else the default language it falls back to.
func (r *Renderer) fieldLang(e *model.Entity, lang, field string) string {
	if lang == r.def {
		return ""
	}
	if t := e.Trans[lang]; t != nil {
		if _, ok := t.Fields[field]; ok {
			return ""
		}
	}
	if _, ok := e.Default.Fields[field]; !ok {
		return ""
	}
	return r.def
}

// bodyLang is like fieldLang for the Markdown body.
func (r *Renderer) bodyLang(e *model.Entity, lang string) string {
	if lang == r.def || e.Default.Body == "" {
		return ""
	}
	if t := e.Trans[lang]; t != nil && t.Body != "" {
		return ""
	}
	return r.def
}

// title is e's name or title in lang.
func (r *Renderer) title(e *model.Entity, lang string) Text {
	return r.text(e, lang, r.site.Type(e.Type).TitleField)
}

// entityLink links to a published entity; an unpublished or unknown one
// is plain text.
func (r *Renderer) entityLink(e *model.Entity, lang string) link {
	t := r.title(e, lang)
	l := link{Text: t.S, Lang: t.Lang}
	if r.site.IsPublished(e.Ref) {
		l.Href = r.urls.Href(r.urls.Entity(e.Type, e.Slug, lang))
	}
	return l
}

// refLink is entityLink by reference; an unknown reference shows its slug.
func (r *Renderer) refLink(ref model.Ref, lang string) link {
	if e := r.site.Entities[ref]; e != nil {
		return r.entityLink(e, lang)
	}
	return link{Text: ref.Slug}
}

func (l link) item() item { return item{Text: l.Text, Lang: l.Lang, Href: l.Href} }

// published lists the entities of refs that are published, once each.
func (r *Renderer) published(refs []model.Ref) []*model.Entity {
	var out []*model.Entity
	seen := map[model.Ref]bool{}
	for _, ref := range refs {
		if seen[ref] || !r.site.IsPublished(ref) {
			continue
		}
		seen[ref] = true
		out = append(out, r.site.Entities[ref])
	}
	return out
}

// sortKey is the collation key of e's title in lang, worked out once:
// lists, terms and "latest" sort thousands of entities by it.
func (r *Renderer) sortKey(e *model.Entity, lang string) string {
	key := cardKey{e.Ref, lang}
	if k, ok := r.memo.sortKeys.Load(key); ok {
		return k.(string)
	}
	k := collate(r.title(e, lang).S)
	r.memo.sortKeys.Store(key, k)
	return k
}

// sortByTitle orders entities by their title in lang, then slug; ties
// keep their order.
func (r *Renderer) sortByTitle(es []*model.Entity, lang string) {
	if len(es) < rankedSort {
		slices.SortStableFunc(es, func(a, b *model.Entity) int {
			return cmp.Or(strings.Compare(r.sortKey(a, lang), r.sortKey(b, lang)), strings.Compare(a.Slug, b.Slug))
		})
		return
	}
	rank := r.titleRanks(lang)
	slices.SortStableFunc(es, func(a, b *model.Entity) int { return cmp.Compare(rank[a], rank[b]) })
}

// rankedSort is the length from which sortByTitle sorts by titleRanks:
// shorter lists, such as an entity's reverse links, are sorted on their
// own, so that serve need not rank every title to show one edited page.
const rankedSort = 200

// titleRanks numbers every published entity in the order of its title in
// lang, then slug; entities that tie share a number. Lists and terms sort
// thousands of entities, and comparing two numbers is cheaper than
// comparing two titles.
func (r *Renderer) titleRanks(lang string) map[*model.Entity]int {
	v, _ := r.ranks.LoadOrStore(lang, &ranks{})
	rk := v.(*ranks)
	rk.once.Do(func() {
		var all []*model.Entity
		for _, typ := range typesInOrder() {
			all = append(all, r.pub[typ]...)
		}
		keys := make([]string, len(all))
		parallel.For(len(all), func(i int) { keys[i] = r.sortKey(all[i], lang) })
		idx := make([]int, len(all))
		for i := range idx {
			idx[i] = i
		}
		order := func(i, j int) int {
			return cmp.Or(strings.Compare(keys[i], keys[j]), strings.Compare(all[i].Slug, all[j].Slug))
		}
		slices.SortFunc(idx, order)
		rk.of = make(map[*model.Entity]int, len(all))
		for n, i := range idx {
			if n > 0 && order(idx[n-1], i) == 0 {
				rk.of[all[i]] = rk.of[all[idx[n-1]]]
				continue
			}
			rk.of[all[i]] = n
		}
	})
	return rk.of
}

type ranks struct {
	once sync.Once
	of   map[*model.Entity]int
}

// typeRank orders types as config.Types does.
func typeRank(typ string) int { return slices.Index(config.Types, typ) }

// entityDate is the date an entity is sorted by for "latest" and
// "newest first": updated, else the date that starts its story.
func entityDate(e *model.Entity) string {
	if d := e.Str("", "updated"); d != "" {
		return d
	}
	switch e.Type {
	case "actors":
		return e.Str("", "member_since")
	case "projects":
		return e.Str("", "start")
	case "contracts":
		return e.Str("", "valid_from")
	case "funding":
		latest := ""
		for _, c := range e.Objects("", "calls") {
			if s, _ := c["opens"].(string); s > latest {
				latest = s
			}
		}
		return latest
	}
	return ""
}

// enumField names the enumeration shown as a type's main badge.
var enumField = map[string]string{"actors": "kind", "services": "pricing", "projects": "status", "contracts": "contract_type", "funding": "level", "challenges": "status"}

// cardHeading is the heading level of every card's title. Cards stand
// below an h2 everywhere (a section's title, a list's status line), so
// each card is rendered once per language and reused on every page.
const cardHeading = 3

// card builds the card of e.
func (r *Renderer) card(e *model.Entity, lang string) card {
	c := card{
		Type:      e.Type,
		TypeLabel: label(lang, "one_"+e.Type),
		Title:     r.title(e, lang),
		Href:      r.urls.Href(r.urls.Entity(e.Type, e.Slug, lang)),
		Summary:   r.text(e, lang, "summary"),
		Date:      entityDate(e),
		H:         cardHeading,
	}
	c.Sort = r.sortKey(e, lang)
	var facets []string
	if f, ok := enumField[e.Type]; ok {
		if v := e.Str(lang, f); v != "" {
			c.Badges = append(c.Badges, badge{Text: enumLabel(lang, enumKey(f), v), Class: f + "-" + v})
			facets = append(facets, f+"="+v)
		}
	}
	switch e.Type {
	case "actors":
		if e.Bool("member") {
			c.Badges = append(c.Badges, badge{Text: label(lang, "member"), Class: "member"})
			facets = append(facets, "member=yes")
		}
		if m := e.Str(lang, "municipality"); m != "" {
			c.Meta = append(c.Meta, m)
		}
		c.Logo = r.logo(e, lang)
	case "services":
		var names []string
		for _, l := range r.site.LinksFrom(e, "providers") {
			names = append(names, r.refLink(l.To, lang).Text)
		}
		if len(names) > 0 {
			c.Meta = append(c.Meta, strings.Join(names, ", "))
		}
		for _, k := range e.Strings("", "audience") {
			facets = append(facets, "audience="+k)
		}
	case "projects":
		if p := period(e.Str("", "start"), e.Str("", "end"), lang); p != "" {
			c.Meta = append(c.Meta, p)
		}
	case "contracts":
		if p := period(e.Str("", "valid_from"), e.Str("", "valid_until"), lang); p != "" {
			c.Meta = append(c.Meta, p)
		}
	case "funding":
		if p := e.Str(lang, "programme"); p != "" && p != c.Title.S {
			c.Meta = append(c.Meta, p)
		}
		for _, k := range e.Strings("", "eligible") {
			facets = append(facets, "eligible="+k)
		}
	case "challenges":
		for _, l := range r.site.LinksFrom(e, "owner") {
			c.Meta = append(c.Meta, r.refLink(l.To, lang).Text)
		}
		if d := e.Str("", "deadline"); d != "" {
			c.Meta = append(c.Meta, fill(label(lang, "until"), "date", date(d, lang)))
		}
		for _, k := range e.Strings("", "seeking") {
			facets = append(facets, "seeking="+k)
		}
	}
	for _, t := range r.cfg.Taxonomies {
		for _, term := range e.Strings("", t.Key) {
			facets = append(facets, t.Key+"="+term)
			if t.Key == r.primaryTaxonomy() {
				if tl, ok := r.termLink(t.Key, term, lang); ok {
					c.Terms = append(c.Terms, tl)
				}
			}
		}
	}
	c.Facets = strings.Join(facets, " ")
	return c
}

// cards builds the cards of es in the order given, each rendered once
// per language and then reused.
func (r *Renderer) cards(es []*model.Entity, lang string) []card {
	out := make([]card, 0, len(es))
	for _, e := range es {
		key := cardKey{e.Ref, lang}
		if c, ok := r.memo.cards.Load(key); ok {
			out = append(out, c.(card))
			continue
		}
		c := r.renderCard(r.card(e, lang))
		r.memo.cards.Store(key, c)
		out = append(out, c)
	}
	return out
}

// renderCard sets c.HTML from the "card" template. The output of
// html/template is escaped already, so it is safe to embed as HTML.
func (r *Renderer) renderCard(c card) card {
	var b strings.Builder
	if err := r.tmpl.partial(&b, "card", c); err != nil {
		r.setCardErr(fmt.Errorf("layouts: card: %w", err))
	}
	c.HTML = template.HTML(b.String())
	return c
}

// cardKey names a rendered card.
type cardKey struct {
	ref  model.Ref
	lang string
}

// enumKey is the label prefix of an enumeration field's values.
func enumKey(field string) string {
	switch field {
	case "audience", "eligible", "seeking":
		return "kind"
	}
	return field
}

// primaryTaxonomy is the taxonomy shown on cards: focus_areas when the
// site has it, else its first.
func (r *Renderer) primaryTaxonomy() string {
	if _, ok := r.cfg.Taxonomy("focus_areas"); ok {
		return "focus_areas"
	}
	if len(r.cfg.Taxonomies) > 0 {
		return r.cfg.Taxonomies[0].Key
	}
	return ""
}

// termLink links to a configured term's page.
func (r *Renderer) termLink(tax, term, lang string) (link, bool) {
	t, ok := r.cfg.Taxonomy(tax)
	if !ok {
		return link{}, false
	}
	tm, ok := t.Term(term)
	if !ok {
		return link{Text: term}, true
	}
	return link{Text: tm.Label.In(lang, r.def), Href: r.urls.Href(r.urls.Term(tax, term, lang))}, true
}

// logo is e's published logo.
func (r *Renderer) logo(e *model.Entity, lang string) *image {
	name := e.Str(lang, "logo")
	if name == "" {
		return nil
	}
	if _, ok := r.attachment(e, name); !ok {
		return nil
	}
	n := r.title(e, lang).S
	key := "logo_alt"
	if strings.ContainsAny(n, " \u00a0") {
		key = "logo_alt_space"
	}
	return &image{Src: r.urls.Href(r.attachmentURL(e, name)), Alt: fill(label(lang, key), "name", n)}
}

// period is a date range, "1.1.2022–31.12.2024"; either end may be open.
func period(from, to, lang string) string {
	sep := "–"
	if lang == "en" {
		sep = " – "
	}
	switch {
	case from != "" && to != "":
		return date(from, lang) + sep + date(to, lang)
	case from != "":
		return fill(label(lang, "since"), "date", date(from, lang))
	case to != "":
		return fill(label(lang, "until"), "date", date(to, lang))
	}
	return ""
}

// safeWebURL returns s when it is an http or https address, else "".
func safeWebURL(s string) string {
	if schema.CheckURL("", s) != nil {
		return ""
	}
	return s
}

// validEmail reports an address that may be written as mailto:.
func validEmail(s string) bool { return schema.ValidEmail(s) }

// webItem is a website as a link showing its host and path.
func webItem(raw string) (item, bool) {
	s := safeWebURL(raw)
	if s == "" {
		return item{}, false
	}
	u, _ := url.Parse(s)
	text := strings.TrimPrefix(u.Host, "www.") + strings.TrimSuffix(u.EscapedPath(), "/")
	return item{Text: text, Href: s, External: true}, true
}

// emailItem is an address as a mailto: link, or plain text when invalid.
func emailItem(s string) item {
	if validEmail(s) {
		return item{Text: s, Href: schema.Mailto(s, "", "")}
	}
	return item{Text: s}
}

// phoneItem is a phone number as a tel: link when it has digits to call.
// Its spaces and hyphens do not break: a number stays on one line.
func phoneItem(s string) item {
	return item{Text: unbreakable.Replace(s), Tel: template.URL(telHref(s))}
}

var unbreakable = strings.NewReplacer(" ", "\u00a0", "-", "\u2011")

// dateItem is a date in a <time> element.
func dateItem(s, lang string) item { return item{Text: date(s, lang), Date: s} }

// moneyItem is an amount of euros.
func moneyItem(v float64, lang string) item { return item{Text: money(v, lang), Class: "money"} }
