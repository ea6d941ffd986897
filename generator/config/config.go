// Package config reads and checks kimppa.yaml: the site's title, languages,
// section paths and the cluster's taxonomies.
package config

import (
	"slices"

	"github.com/kimppa/kimppa/generator/diag"
)

// FileName is the site configuration file at the root of a site directory.
const FileName = "kimppa.yaml"

// Types are the content types, in the order they are shown.
var Types = []string{"actors", "services", "projects", "contracts", "funding", "challenges", "pages"}

// SectionTypes are the types with a section of their own (a list page and
// entity pages under its path): every type but the free pages.
var SectionTypes = Types[:len(Types)-1]

// ReservedPaths are the top-level output paths of kimppa's own pages and
// files: no section, taxonomy or page may take one.
var ReservedPaths = []string{"search", "haku", "sok", "data", "assets", "sitemap", "robots", "404", "index",
	"haut", "calls", "kimppahaku", "partner-search", "saavutettavuus", "accessibility", "feed"}

// defaultSections are the URL paths used when kimppa.yaml leaves a type out.
var defaultSections = map[string]Localized{
	"actors":    {"fi": "toimijat", "en": "actors"},
	"services":  {"fi": "palvelut", "en": "services"},
	"projects":  {"fi": "hankkeet", "en": "projects"},
	"contracts": {"fi": "sopimukset", "en": "contracts"},
	"funding":   {"fi": "rahoitus", "en": "funding"},
	// challenges came later: a site whose kimppa.yaml predates them gets
	// this path without adding it
	"challenges": {"fi": "haasteet", "en": "challenges"},
}

// Config is the checked content of kimppa.yaml.
type Config struct {
	Title       Localized
	Description Localized
	BaseURL     string
	Languages   []string // the first is the default language
	Repository  string   // e.g. https://github.com/ORG/REPO, for edit links
	Branch      string
	Admins      []string
	Sections    map[string]Localized // type → URL path per language
	Taxonomies  []Taxonomy           // in the order of kimppa.yaml
	DataLicense string               // SPDX id of the open data's licence; DefaultDataLicense when not set
	// Tagline is the footer's line about the cluster; none when empty.
	Tagline       Localized
	Accessibility Accessibility
	// a11yGiven: kimppa.yaml has the accessibility key (see MissingA11y)
	a11yGiven bool
}

// MissingA11y warns, for kimppa check, when kimppa.yaml has no
// accessibility setting: the statement then names no feedback contact,
// which the law (Act 306/2019) requires. Parse does not warn, so that a
// site written before the setting existed still builds with --strict.
func (c *Config) MissingA11y() diag.List {
	var l diag.List
	if !c.a11yGiven {
		l.Warnf(diag.Pos{File: FileName, Line: 1, Col: 1}, "accessibility",
			"add accessibility: {contact: saavutettavuus@example.org, assessed: 2026-01-31}: the accessibility statement names it for feedback",
			"no accessibility setting: the accessibility statement has no feedback contact")
	}
	return l
}

// Accessibility are the facts of the accessibility statement that only
// the site's owner knows; the rest of the statement is the theme's.
type Accessibility struct {
	Contact  string // feedback: an e-mail address or an https address; "" when not set
	Assessed string // YYYY-MM-DD of the last assessment, or ""
}

// DefaultDataLicense is the licence of the open data (data/) when
// kimppa.yaml names none.
const DefaultDataLicense = "CC-BY-4.0"

// Taxonomy is one classification of the cluster, e.g. focus areas.
type Taxonomy struct {
	Key   string
	Label Localized
	Path  Localized
	Terms []Term
}

// Term is one value of a taxonomy.
type Term struct {
	Key   string
	Label Localized // the full name: the term's page, titles, open data
	// Short is the display label where room is tight (chips, charts,
	// filters), e.g. "1 Ei köyhyyttä" for an SDG's official name; empty
	// when kimppa.yaml gives none.
	Short Localized
}

// ShortIn is the term's short label in lang when kimppa.yaml gives one,
// else its full name.
func (t *Term) ShortIn(lang, def string) string {
	if len(t.Short) > 0 {
		return t.Short.In(lang, def)
	}
	return t.Label.In(lang, def)
}

// DefaultLang is the site's first language.
func (c *Config) DefaultLang() string { return c.Languages[0] }

// Section is the URL path segment of a type in lang.
func (c *Config) Section(typ, lang string) string {
	return c.Sections[typ].In(lang, c.DefaultLang())
}

// Taxonomy returns the taxonomy named key.
func (c *Config) Taxonomy(key string) (*Taxonomy, bool) {
	for i := range c.Taxonomies {
		if c.Taxonomies[i].Key == key {
			return &c.Taxonomies[i], true
		}
	}
	return nil, false
}

// TaxonomyKeys lists the configured taxonomy names in order.
func (c *Config) TaxonomyKeys() []string {
	keys := make([]string, len(c.Taxonomies))
	for i, t := range c.Taxonomies {
		keys[i] = t.Key
	}
	return keys
}

// HasLang reports whether lang is one of the site's languages.
func (c *Config) HasLang(lang string) bool { return slices.Contains(c.Languages, lang) }

// Term returns the term key of the taxonomy.
func (t *Taxonomy) Term(key string) (*Term, bool) {
	for i := range t.Terms {
		if t.Terms[i].Key == key {
			return &t.Terms[i], true
		}
	}
	return nil, false
}

// TermKeys lists the taxonomy's term keys in order.
func (t *Taxonomy) TermKeys() []string {
	keys := make([]string, len(t.Terms))
	for i, term := range t.Terms {
		keys[i] = term.Key
	}
	return keys
}

// Localized is a text in several languages. A plain string in kimppa.yaml
// is stored under the empty key and serves every language.
type Localized map[string]string

// In returns the text in lang, else in the default language, else any.
func (l Localized) In(lang, def string) string {
	for _, k := range []string{lang, def, ""} {
		if s, ok := l[k]; ok {
			return s
		}
	}
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) > 0 {
		return l[keys[0]]
	}
	return ""
}
