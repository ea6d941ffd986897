// The frame of every HTML page: view() hands each page kind to its
// builder; frame() fills in the head and its meta (canonical, hreflang,
// Open Graph), the navigation, the footer and the breadcrumbs.

package render

import (
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/opendata"
)

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
	Workbook   string // data/tables.xlsx
	SaveAs     string // the workbook's name when saved: the site's, not tables.xlsx
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
		Workbook:   r.urls.Href("/" + opendata.WorkbookFile),
		SaveAs:     r.workbookName(),
		Calls:      r.urls.Href(r.urls.Calls(lang)),
		Calendar:   r.urls.Href(r.urls.CalendarIn(lang)),
		Feed:       r.urls.Href(r.urls.Feed(lang)),
		A11y:       r.urls.Href(r.urls.Accessibility(lang)),
		Favicon:    r.urls.Href("/" + FaviconFile),
		TouchIcon:  r.urls.Href("/" + TouchIconFile),
		Repository: safeWebURL(r.cfg.Repository),
	}
	here := r.pageURL(p, lang)
	for _, typ := range listTypes {
		u := r.urls.List(typ, lang)
		l := link{Text: r.label(lang, "type_"+typ), Href: r.urls.Href(u), Count: len(r.pub[typ])}
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
			c := link{Text: r.label(lang, "nav_calls"), Href: v.Site.Calls}
			if p.Kind == KindCalls {
				c.Current = "page"
			}
			v.Nav = append(v.Nav, c)
		}
	}
	k := link{Text: r.label(lang, "nav_kimppahaku"), Href: r.urls.Href(r.urls.Kimppahaku(lang))}
	if p.Kind == KindKimppahaku {
		k.Current = "page"
	}
	v.Nav = append(v.Nav, k)
	for _, l := range v.Site.Pages {
		if slug := strings.TrimSuffix(strings.TrimPrefix(l.Href, r.urls.Href(r.urls.Home(lang))), "/"); slug == "about" || slug == "join" {
			l.Text = r.label(lang, "nav_"+slug)
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
	out := []link{{Text: r.label(lang, "home"), Href: r.urls.Href(r.urls.Home(lang))}}
	out = append(out, middle...)
	return append(out, link{Text: self.S, Lang: self.Lang, Href: r.urls.Href(selfURL), Current: "page"})
}
