// Cards: an entity in brief, as lists, term pages, the home page and
// related blocks show it; built once per language and reused.

package render

import (
	"fmt"
	"html/template"
	"slices"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/words"
)

// roleCard is c, the card of project ref, with the actor's roles in it
// added to its facts. Most actors are partners or coordinators, so each
// project's few variants are rendered once.
func (r *Renderer) roleCard(c card, ref model.Ref, lang string, roles []string) card {
	key := roleCardKey{cardKey{ref, lang}, strings.Join(roles, " ")}
	if rc, ok := r.roleCards.Load(key); ok {
		return rc.(card)
	}
	c.Meta = slices.Clone(c.Meta) // the cached card's slice stays as it is
	for _, role := range roles {
		c.Meta = append(c.Meta, r.label(lang, role))
	}
	c = r.renderCard(c)
	r.roleCards.Store(key, c)
	return c
}

type roleCardKey struct {
	cardKey
	roles string
}

func roleRank(role string) int {
	return slices.Index([]string{"coordinator", "partner", "share_holder"}, role)
}

// card is an entity in a grid of cards.
type card struct {
	Type      string
	TypeLabel string
	Title     Text
	Href      string
	Summary   Text
	Badges    []badge
	Terms     []link // at most maxChips
	More      int    // how many terms the card does not show ("+N")
	Logo      *image
	Meta      []string
	Facets    string // data-facets: "key=value" tokens for the list filter; list pages only
	Sort      string // collation key of the title
	Date      string // YYYY-MM-DD for "newest first", or ""
	H         int    // heading level of the title: 3, below a page's or section's h2
	// HTML is the card rendered by the "card" template. A card appears on
	// many pages (lists, terms, reverse links), so it is rendered once.
	HTML template.HTML
}

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
		TypeLabel: r.label(lang, "one_"+e.Type),
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
			c.Badges = append(c.Badges, r.enumBadge(e, lang, f, v))
			facets = append(facets, f+"="+v)
		}
	}
	switch e.Type {
	case "actors":
		if e.Bool("member") {
			c.Badges = append(c.Badges, badge{Text: r.label(lang, "member"), Class: "member"})
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
		if p := r.period(e.Str("", "start"), e.Str("", "end"), lang); p != "" {
			c.Meta = append(c.Meta, p)
		}
	case "contracts":
		if p := r.period(e.Str("", "valid_from"), e.Str("", "valid_until"), lang); p != "" {
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
			c.Meta = append(c.Meta, words.Fill(r.label(lang, "until"), "date", date(d, lang)))
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
	if len(c.Terms) > maxChips {
		c.More = len(c.Terms) - maxChips
		c.Terms = c.Terms[:maxChips]
	}
	c.Facets = strings.Join(facets, " ")
	return c
}

// enumBadge is the badge of e's main enumerated value (f: v); an open
// challenge whose deadline has passed says so instead of "open"
// (model.DeadlinePassed on Options.Today).
func (r *Renderer) enumBadge(e *model.Entity, lang, f, v string) badge {
	if e.DeadlinePassed(r.today) {
		return badge{Text: r.label(lang, "status_overdue"), Class: "status-overdue"}
	}
	return badge{Text: r.enumLabel(lang, f, v), Class: f + "-" + v}
}

// maxChips is how many term chips a card shows; "+N" stands for the
// rest. A card stands on the page of each of its terms, so with every
// chip a site of T terms shared by its entries would write T² chips per
// entry (600 terms and 20 actors wrote 1.1 GB).
const maxChips = 4

// cards builds the cards of es in the order given, each rendered once
// per language and then reused. They carry no facets: only a list page
// filters (listCards); on the page of each of its terms a card's facets
// would grow the site with terms².
func (r *Renderer) cards(es []*model.Entity, lang string) []card {
	return r.cardsIn(&r.memo.cards, es, lang, false)
}

// listCards are cards with their facets, for a list page's filter: each
// entity stands on one list page.
func (r *Renderer) listCards(es []*model.Entity, lang string) []card {
	return r.cardsIn(&r.memo.listCards, es, lang, true)
}

func (r *Renderer) cardsIn(memo *sync.Map, es []*model.Entity, lang string, facets bool) []card {
	out := make([]card, 0, len(es))
	for _, e := range es {
		key := cardKey{e.Ref, lang}
		if c, ok := memo.Load(key); ok {
			out = append(out, c.(card))
			continue
		}
		c := r.card(e, lang)
		if !facets {
			c.Facets = ""
		}
		c = r.renderCard(c)
		memo.Store(key, c)
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
	return &image{Src: r.urls.Href(r.attachmentURL(e, name)), Alt: words.Fill(r.label(lang, key), "name", n)}
}
