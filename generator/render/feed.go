package render

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// This file is the one writer of the Atom feeds (RFC 4287), feed.xml for
// each language: the latest published or updated entities, newest first.
// An entity's date is its "updated" field, else the earliest of its other
// date fields (found in the field table, so a new date field counts
// without an edit here): when it began (start, valid_from, member_since);
// a later one such as a project's end may lie in the future. An entity
// with no date is not in the feed. The feed's
// own <updated> is its newest entry's date, never the time of the build,
// so the same content gives the same bytes.

// FeedEntries is the most entries a feed holds.
const FeedEntries = 50

// emptyFeedDate is a feed's <updated> when no entity has a date: the
// format wants one, and the build's time would not be deterministic.
const emptyFeedDate = "1970-01-01T00:00:00Z"

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomAuthor  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel      string `xml:"rel,attr"`
	Type     string `xml:"type,attr,omitempty"`
	Hreflang string `xml:"hreflang,attr,omitempty"`
	Href     string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Updated    string         `xml:"updated"`
	Link       atomLink       `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary"`
}

type atomText struct {
	Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

// feedDate is the date an entity was last published or changed, or "".
func (r *Renderer) feedDate(e *model.Entity) string {
	if d := e.Str("", "updated"); d != "" {
		return d
	}
	earliest := ""
	for _, f := range r.site.Type(e.Type).Fields {
		if d := e.Str("", f.Name); f.Kind == schema.Date && d != "" && (earliest == "" || d < earliest) {
			earliest = d
		}
	}
	return earliest
}

type feedItem struct {
	e    *model.Entity
	date string
}

// feedItems are the newest dated published entities, newest first; ties
// go by type and slug.
func (r *Renderer) feedItems() []feedItem {
	var items []feedItem
	for _, typ := range config.Types {
		for _, e := range r.pub[typ] {
			if d := r.feedDate(e); d != "" {
				items = append(items, feedItem{e, d})
			}
		}
	}
	slices.SortFunc(items, func(a, b feedItem) int {
		return cmp.Or(strings.Compare(b.date, a.date), strings.Compare(a.e.Type, b.e.Type), strings.Compare(a.e.Slug, b.e.Slug))
	})
	return items[:min(len(items), FeedEntries)]
}

// feed is the Atom feed of lang.
func (r *Renderer) feed(lang string) ([]byte, error) {
	self := r.absolute(r.urls.Feed(lang))
	f := atomFeed{
		Lang:      lang,
		ID:        self,
		Title:     r.cfg.Title.In(lang, r.def),
		Subtitle:  r.cfg.Description.In(lang, r.def),
		Updated:   emptyFeedDate,
		Author:    atomAuthor{Name: r.cfg.Title.In(lang, r.def), URI: r.absolute(r.urls.Home(lang))},
		Generator: "kimppa",
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: self},
			{Rel: "alternate", Type: "text/html", Href: r.absolute(r.urls.Home(lang))},
		},
	}
	for _, l := range r.cfg.Languages {
		if l != lang {
			f.Links = append(f.Links, atomLink{Rel: "alternate", Type: "application/atom+xml", Hreflang: l, Href: r.absolute(r.urls.Feed(l))})
		}
	}
	for i, it := range r.feedItems() {
		updated := it.date + "T00:00:00Z"
		if i == 0 {
			f.Updated = updated
		}
		t := r.title(it.e, lang)
		u := r.absolute(r.urls.Entity(it.e.Type, it.e.Slug, lang))
		entry := atomEntry{
			ID:         u,
			Title:      atomText{Lang: t.Lang, Type: "text", Text: t.S},
			Updated:    updated,
			Link:       atomLink{Rel: "alternate", Type: "text/html", Href: u},
			Categories: []atomCategory{{Term: it.e.Type, Label: r.label(lang, "one_"+it.e.Type)}},
		}
		if s := r.text(it.e, lang, "summary"); s.S != "" {
			entry.Summary = &atomText{Lang: s.Lang, Type: "text", Text: s.S}
		}
		f.Entries = append(f.Entries, entry)
	}
	var b bytes.Buffer
	b.WriteString(strings.TrimSpace(xml.Header))
	if err := xml.NewEncoder(&b).Encode(f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
