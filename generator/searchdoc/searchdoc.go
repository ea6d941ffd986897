// Package searchdoc is the step from the model to the search index: each
// published entity becomes a search document (its text in every
// language, the names of what it refers to, its facets, what matching
// needs of it), and the documents become the index files and the view
// of them that kimppahaku's matching reads.
package searchdoc

import (
	"fmt"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/memo"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/searchindex"
	"github.com/kimppa/kimppa/generator/urls"
)

// Docs turns every published entity into a search document: its text
// in every site language (with fallback), the names of what it refers
// to, its facets and its identifiers. today (YYYY-MM-DD) says which
// challenges and calls are open. m keeps the docs and the plain text of
// bodies for the next call; nil keeps nothing.
func Docs(s *model.Site, today string, m *Memo) []searchindex.Doc {
	kept, texts, _ := m.parts()
	return searchDocs(s, today, kept, texts)
}

// Index builds the search index of docs: its files, by their output path
// under search/, and the view of it that matching reads.
func Index(s *model.Site, docs []searchindex.Doc, m *Memo) (map[string][]byte, *searchindex.Index, error) {
	_, _, cache := m.parts()
	index, view, err := searchindex.BuildIndex(docs, searchindex.Options{Languages: s.Config.Languages, FacetLabels: facetLabels(s), FacetOrder: facetOrder(s.Config), Cache: cache})
	m.sweep()
	if err != nil {
		return nil, nil, fmt.Errorf("search index: %w", err)
	}
	files := make(map[string][]byte, len(index))
	for name, data := range index {
		files["search/"+name] = data
	}
	return files, view, nil
}

// searchDocs is Docs with the docs kept in kept and the plain text of
// bodies in texts.
func searchDocs(s *model.Site, today string, kept *memo.Map[model.Ref, searchindex.Doc], texts *memo.Map[string, string]) []searchindex.Doc {
	var es []*model.Entity
	for _, typ := range config.Types {
		es = append(es, s.Published(typ)...)
	}
	u := urls.New(s.Config)
	docs := make([]searchindex.Doc, len(es))
	parallel.For(len(es), func(i int) {
		docs[i] = kept.Get(es[i].Ref, func() searchindex.Doc { return searchDoc(s, u, es[i], today, texts) })
	})
	return docs
}

// searchDoc is the search document of e.
func searchDoc(s *model.Site, u urls.Scheme, e *model.Entity, today string, texts *memo.Map[string, string]) searchindex.Doc {
	d := searchindex.Doc{Type: e.Type, Slug: e.Slug, Langs: map[string]searchindex.DocText{}, Facets: map[string][]string{}}
	for _, tax := range s.Config.TaxonomyKeys() {
		if terms := e.Strings("", tax); len(terms) > 0 {
			d.Facets[tax] = terms
		}
	}
	if kind := e.Str("", "kind"); kind != "" {
		d.Facets["kind"] = []string{kind}
	}
	if id := e.Str("", "business_id"); id != "" {
		d.IDs = []string{id}
	}
	d.Along, d.Open, d.Contact = matchFacts(s, e, today)
	if e.Type == "funding" {
		d.OpenIn = match.OpenIn(e)
	}
	for _, lang := range s.Config.Languages {
		d.Langs[lang] = searchindex.DocText{
			URL:      u.Entity(e.Type, e.Slug, lang),
			Title:    s.Title(e, lang),
			Summary:  e.Str(lang, "summary"),
			Keywords: keywords(s, e, lang),
			Refs:     refNames(s, e, lang),
			Body:     bodyText(s, e, lang, texts),
		}
	}
	return d
}

// matchFacts are what search.js's match() needs of e besides its text:
// the providers a service brings along, whether a challenge or funding
// source is open on today, and the address to write to.
func matchFacts(s *model.Site, e *model.Entity, today string) (along []searchindex.DocRef, open bool, contact string) {
	switch e.Type {
	case "services":
		for _, l := range s.LinksFrom(e, "providers") {
			if s.IsPublished(l.To) {
				along = append(along, searchindex.DocRef{Type: l.To.Type, Slug: l.To.Slug})
			}
		}
	case "challenges":
		open = e.OpenChallenge()
	case "funding":
		open = e.HasOpenCall(today)
	}
	return along, open, match.ContactOf(s, e)
}

// keywords are the tags, the labels of the entity's taxonomy terms and
// of its enumerated values (kind, status, level…) in the words the pages
// use, so "tutkimuslaitos" or "käynnissä" finds what the badges say.
func keywords(s *model.Site, e *model.Entity, lang string) []string {
	out := append([]string{}, e.Strings(lang, "tags")...)
	for _, f := range s.Type(e.Type).Fields {
		switch f.Kind {
		case schema.Enum:
			if v := e.Str("", f.Name); v != "" {
				out = append(out, s.WordsIn(lang).Enum(f.Name, v))
			}
		case schema.EnumList:
			for _, v := range e.Strings("", f.Name) {
				out = append(out, s.WordsIn(lang).Enum(f.Name, v))
			}
		}
	}
	for _, t := range s.Config.Taxonomies {
		for _, key := range e.Strings("", t.Key) {
			if term, ok := t.Term(key); ok {
				out = append(out, term.Label.In(lang, s.Config.DefaultLang()))
			}
		}
	}
	return out
}

// refNames are the names of the published entities e refers to, so that a
// project is found by its coordinator's name.
func refNames(s *model.Site, e *model.Entity, lang string) []string {
	var out []string
	for _, l := range s.Out[e.Ref] {
		if s.IsPublished(l.To) {
			out = append(out, s.Title(s.Entities[l.To], lang))
		}
	}
	if e.Type == "funding" {
		out = append(out, e.Str(lang, "funder_name"))
	}
	return out
}

// bodyText is the Markdown body as text plus the other free-text fields.
func bodyText(s *model.Site, e *model.Entity, lang string, texts *memo.Map[string, string]) string {
	body := e.Body(lang)
	text := texts.Get(body, func() string { return markdown.Text(body) })
	for _, f := range s.Type(e.Type).Fields {
		switch {
		case f.Kind == schema.String && f.Name != "summary" && f.Name != s.Type(e.Type).TitleField:
			text += " " + e.Str(lang, f.Name)
		case f.Kind == schema.Objects:
			for _, o := range e.Objects(lang, f.Name) {
				for _, sub := range f.Fields {
					if v, ok := o[sub.Name].(string); ok && sub.Kind == schema.String {
						text += " " + v
					}
				}
			}
		}
	}
	return text
}

// facetOrder lists each facet's terms in the order the site shows them:
// a taxonomy's as kimppa.yaml lists them ("SDG 2" before "SDG 11"), the
// actor kinds as the content model does.
func facetOrder(cfg *config.Config) map[string][]string {
	out := map[string][]string{"kind": schema.ActorKinds}
	for _, t := range cfg.Taxonomies {
		out[t.Key] = t.TermKeys()
	}
	return out
}

// facetLabels gives the search UI a label for every facet and term, in
// the same words as the pages.
func facetLabels(s *model.Site) map[string]map[string]map[string]string {
	cfg := s.Config
	out := map[string]map[string]map[string]string{}
	localize := func(l config.Localized) map[string]string {
		m := map[string]string{}
		for _, lang := range cfg.Languages {
			m[lang] = l.In(lang, cfg.DefaultLang())
		}
		return m
	}
	labels := func(key string) map[string]string {
		m := map[string]string{}
		for _, lang := range cfg.Languages {
			m[lang] = s.WordsIn(lang).Get(key)
		}
		return m
	}
	for _, t := range cfg.Taxonomies {
		terms := map[string]map[string]string{"": localize(t.Label)}
		for _, term := range t.Terms {
			// the filters' labels: short where a term's name is long
			m := map[string]string{}
			for _, lang := range cfg.Languages {
				m[lang] = term.Display(lang, cfg.DefaultLang())
			}
			terms[term.Key] = m
		}
		out[t.Key] = terms
	}
	out["type"] = map[string]map[string]string{"": labels("f_type")}
	for _, typ := range config.Types {
		out["type"][typ] = labels("one_" + typ)
	}
	out["kind"] = map[string]map[string]string{"": labels("f_kind")}
	for _, k := range schema.ActorKinds {
		out["kind"][k] = labels("kind_" + k)
	}
	return out
}

// Matcher builds the search index of s and returns a matcher over it, to
// match needs written in words with the site's entities, and the index.
func Matcher(s *model.Site, today string) (*match.Matcher, *searchindex.Index, error) {
	docs := searchDocs(s, today, nil, nil)
	_, view, err := searchindex.BuildIndex(docs, searchindex.Options{Languages: s.Config.Languages, FacetLabels: facetLabels(s)})
	if err != nil {
		return nil, nil, fmt.Errorf("search index: %w", err)
	}
	return match.New(s, view, match.Options{Today: today}), view, nil
}

// NeedFiles lists the output paths of the search index files (files, as
// Index returns them) that every need matched in a browser reads besides
// the entry file (searchindex.NeedFiles); none without an entry.
func NeedFiles(files map[string][]byte) ([]string, error) {
	entry, ok := files["search/index.json"]
	if !ok {
		return nil, nil
	}
	names, err := searchindex.NeedFiles(entry)
	for i, name := range names {
		names[i] = "search/" + name
	}
	return names, err
}
