// The small values templates show: text with its language, links, items,
// facts, sections and tables; and the items a web address, an e-mail
// address, a phone number, a date, a period or a sum make.

package render

import (
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
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
	Full     string // the whole name when Text is a term's shorter label (its title attribute)
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
	Title    string // the whole name of a shortened term label (a title attribute)
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

func (l link) item() item { return item{Text: l.Text, Lang: l.Lang, Href: l.Href, Title: l.Full} }

// period is a date range, "1.1.2022–31.12.2024"; either end may be open.
func (r *Renderer) period(from, to, lang string) string {
	sep := "–"
	if lang == "en" {
		sep = " – "
	}
	switch {
	case from != "" && to != "":
		return date(from, lang) + sep + date(to, lang)
	case from != "":
		return words.Fill(r.label(lang, "since"), "date", date(from, lang))
	case to != "":
		return words.Fill(r.label(lang, "until"), "date", date(to, lang))
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
