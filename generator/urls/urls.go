// Package urls is the one place that decides the site-relative address of
// every page: the default language at the root, the others under /<lang>/.
package urls

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
)

// searchPaths name the search page per language; others use "search".
var searchPaths = map[string]string{"fi": "haku", "sv": "sok", "en": "search"}

// accessibilityPaths name the accessibility statement per language
// ("/saavutettavuus/", "/en/accessibility/"); others use "accessibility".
var accessibilityPaths = map[string]string{"fi": "saavutettavuus", "sv": "tillganglighet", "en": "accessibility"}

// pagePaths name the folder of a listing's further pages per language
// ("/teemat/muovit/sivu/2/"); others use "page", as Hugo and Zola do.
var pagePaths = map[string]string{"fi": "sivu", "en": "page"}

// callsPaths name the page of funding calls per language; others use
// "calls".
var callsPaths = map[string]string{"fi": "haut", "en": "calls"}

// Calendar is the iCalendar feed of calls' closing dates and challenges'
// deadlines in the default language; CalendarIn names each language's.
const Calendar = "/calls.ics"

// CalendarIn is the calendar feed in lang: "/calls.ics", "/en/calls.ics".
func (s Scheme) CalendarIn(lang string) string { return s.Home(lang) + "calls.ics" }

// Scheme computes URLs for a configuration.
type Scheme struct {
	cfg  *config.Config
	base string // BasePath, worked out once: every link needs it
}

// New returns the URL scheme of cfg as it is now.
func New(cfg *config.Config) Scheme { return Scheme{cfg: cfg, base: basePath(cfg.BaseURL)} }

// Home is the language's front page: "/" or "/en/".
func (s Scheme) Home(lang string) string {
	if lang == s.cfg.DefaultLang() {
		return "/"
	}
	return "/" + lang + "/"
}

// List is the list page of a type, e.g. "/toimijat/".
func (s Scheme) List(typ, lang string) string {
	return s.Home(lang) + s.cfg.Section(typ, lang) + "/"
}

// Entity is an entity's page; free pages live at "/<slug>/".
func (s Scheme) Entity(typ, slug, lang string) string {
	if typ == "pages" {
		return s.Home(lang) + slug + "/"
	}
	return s.List(typ, lang) + slug + "/"
}

// Taxonomy is a taxonomy's index of terms, e.g. "/teemat/".
func (s Scheme) Taxonomy(tax, lang string) string {
	t, ok := s.cfg.Taxonomy(tax)
	if !ok {
		return s.Home(lang)
	}
	return s.Home(lang) + t.Path.In(lang, s.cfg.DefaultLang()) + "/"
}

// Term is the page of one taxonomy term, e.g. "/teemat/muovit/".
func (s Scheme) Term(tax, term, lang string) string {
	return s.Taxonomy(tax, lang) + term + "/"
}

// TermPage is page n of a term's listing: the term's own page for n ≤ 1,
// else e.g. "/teemat/muovit/sivu/2/" or "/en/themes/plastics/page/2/".
func (s Scheme) TermPage(tax, term, lang string, n int) string {
	u := s.Term(tax, term, lang)
	if n <= 1 {
		return u
	}
	p, ok := pagePaths[lang]
	if !ok {
		p = "page"
	}
	return u + p + "/" + strconv.Itoa(n) + "/"
}

// Search is the search page: "/haku/" or "/en/search/".
func (s Scheme) Search(lang string) string {
	p, ok := searchPaths[lang]
	if !ok {
		p = "search"
	}
	return s.Home(lang) + p + "/"
}

// Calls is the page of every funding call: "/haut/" or "/en/calls/".
func (s Scheme) Calls(lang string) string {
	p, ok := callsPaths[lang]
	if !ok {
		p = "calls"
	}
	return s.Home(lang) + p + "/"
}

// Accessibility is the accessibility statement: "/saavutettavuus/" or
// "/en/accessibility/".
func (s Scheme) Accessibility(lang string) string {
	p, ok := accessibilityPaths[lang]
	if !ok {
		p = "accessibility"
	}
	return s.Home(lang) + p + "/"
}

// Kimppahaku is the partner search page: "/kimppahaku/" or
// "/en/partner-search/".
func (s Scheme) Kimppahaku(lang string) string {
	p := "partner-search"
	if lang == "fi" {
		p = "kimppahaku"
	}
	return s.Home(lang) + p + "/"
}

// Feed is the language's Atom feed: "/feed.xml" or "/en/feed.xml".
func (s Scheme) Feed(lang string) string { return s.Home(lang) + "feed.xml" }

// BasePath is the path of base_url, "/" or e.g. "/repo/" for a site
// published below a folder (GitHub Pages project sites).
func (s Scheme) BasePath() string { return s.base }

func basePath(baseURL string) string {
	u, err := url.Parse(baseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	return strings.TrimSuffix(u.Path, "/") + "/"
}

// Href turns a site-relative URL into a link that works below BasePath.
func (s Scheme) Href(rel string) string {
	if !strings.HasPrefix(rel, "/") {
		return rel
	}
	return s.BasePath() + rel[1:]
}

// Asset is the address of a file in the output: "/" + name.
func (s Scheme) Asset(name string) string { return "/" + name }

// Absolute joins a site-relative URL to base_url (which may have a path).
func (s Scheme) Absolute(rel string) string {
	if s.cfg.BaseURL == "" {
		return rel
	}
	return strings.TrimSuffix(s.cfg.BaseURL, "/") + rel
}

// File is the output path of a page URL: "/toimijat/x/" → "toimijat/x/index.html".
func File(url string) string {
	if url == "" || url[len(url)-1] == '/' {
		return url[1:] + "index.html"
	}
	return url[1:]
}
