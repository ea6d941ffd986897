package render

import (
	"cmp"
	"html/template"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/model"
)

// entityPage is the view of an entity's own page.
type entityPage struct {
	Type      string
	TypeLabel string
	Title     Text
	Summary   Text
	Badges    []badge
	Logo      *image
	Facts     []fact
	Body      template.HTML // sanitised by package markdown
	BodyLang  string
	Blocks    []block // the parts below the body, in order
	Edit      string
	Update    string // the update form filled in with this entry (forms.go)
	Form      string // the join page: the join form
}

// block is one part of an entity page below its body: exactly one of
// its fields is set.
type block struct {
	Timeline *timeline
	Contacts *contacts
	Table    *table
	Section  *section
	Matches  *matchList
}

type contacts struct {
	Title string
	Items []contact
	Lang  string
}

// contact is a person to contact.
type contact struct {
	Name  string
	Role  string
	Email item
	Phone item
}

// entityView fills v with e's page.
func (r *Renderer) entityView(v *pageView, e *model.Entity) {
	lang := v.Lang
	ev := &entityPage{
		Type:      e.Type,
		TypeLabel: r.label(lang, "one_"+e.Type),
		Title:     r.title(e, lang),
		Summary:   r.text(e, lang, "summary"),
		Body:      template.HTML(r.bodyHTML(e, e.Body(lang))),
		BodyLang:  r.bodyLang(e, lang),
		Edit:      r.editURL(e, lang),
		Update:    r.updateFormURL(e),
	}
	if e.Type == "pages" && e.Slug == "join" {
		ev.Form = r.typeFormURL("actors")
	}
	if e.Type != "pages" {
		ev.Badges = append(ev.Badges, badge{Text: ev.TypeLabel, Class: "type-" + e.Type})
		if f, ok := enumField[e.Type]; ok {
			if val := e.Str("", f); val != "" {
				ev.Badges = append(ev.Badges, r.enumBadge(e, lang, f, val))
			}
		}
	}
	switch e.Type {
	case "actors":
		r.actorPage(ev, e, lang)
	case "services":
		r.servicePage(ev, e, lang)
	case "projects":
		r.projectPage(ev, e, lang)
	case "contracts":
		r.contractPage(ev, e, lang)
	case "funding":
		r.fundingPage(ev, e, lang)
	case "challenges":
		r.challengePage(ev, e, lang)
		r.solversBlock(ev, e, lang)
	}
	ev.Facts = append(ev.Facts, r.fieldFacts(e, lang)...)
	if e.Type != "pages" {
		ev.Facts = append(ev.Facts, r.commonFacts(e, lang)...)
		if s := r.relatedSection(e, lang); len(s.Cards) > 0 {
			ev.addSection(s)
		}
	}
	for i := range ev.Facts {
		r.renderItems(ev.Facts[i].Items)
	}
	v.Template = e.Type + ".html"
	v.JSONLD = r.jsonLD(e, lang)
	if src, w, h, ok := r.shareImage(e, lang); ok {
		v.OG.Image, v.OG.ImageAlt, v.OG.Width, v.OG.Height = src, ev.Logo.Alt, w, h
	}
	v.Title = ev.Title
	v.Main = ev
	if ev.Summary.S != "" {
		v.Description = ev.Summary.S
	}
	self := r.urls.Entity(e.Type, e.Slug, lang)
	if e.Type == "pages" {
		v.Crumbs = r.crumbs(lang, ev.Title, self)
	} else {
		v.Crumbs = r.crumbs(lang, ev.Title, self, link{Text: r.label(lang, "type_"+e.Type), Href: r.urls.Href(r.urls.List(e.Type, lang))})
	}
}

// editURL is GitHub's web editor for the file that holds e in lang: its
// translation when there is one, else the default-language file.
func (r *Renderer) editURL(e *model.Entity, lang string) string {
	repo := safeWebURL(r.cfg.Repository)
	if repo == "" {
		return ""
	}
	file := e.Default.File
	if t := e.Trans[lang]; t != nil {
		file = t.File
	}
	return strings.TrimSuffix(repo, "/") + "/edit/" + urlPath(r.branch()) + "/" + urlPath(file)
}

func (r *Renderer) branch() string {
	if r.cfg.Branch == "" {
		return "main"
	}
	return r.cfg.Branch
}

// refItems are the references of field (a reference or list of them) as
// links; unpublished ones are plain text.
func (r *Renderer) refItems(e *model.Entity, lang, field string) []item {
	var out []item
	for _, l := range r.site.LinksFrom(e, field) {
		out = append(out, r.refLink(l.To, lang).item())
	}
	return out
}

// enumItems are the labels of an enumeration or list of them.
func (r *Renderer) enumItems(e *model.Entity, lang, field string) []item {
	if s := e.Str("", field); s != "" {
		return []item{{Text: r.enumLabel(lang, field, s)}}
	}
	var out []item
	for _, v := range e.Strings("", field) {
		out = append(out, item{Text: r.enumLabel(lang, field, v), Class: "tag"})
	}
	return out
}

// addFact appends a fact when it has values.
func (r *Renderer) addFact(ev *entityPage, lang, key string, items ...item) {
	if len(items) > 0 {
		ev.Facts = append(ev.Facts, fact{Label: r.label(lang, key), Items: items})
	}
}

// textItem is a text field as an item, or nothing when it is empty.
func (r *Renderer) textItem(e *model.Entity, lang, field string) []item {
	t := r.text(e, lang, field)
	if t.S == "" {
		return nil
	}
	return []item{{Text: t.S, Lang: t.Lang}}
}

// commonFacts are the facts every type may have: website, taxonomy terms,
// tags and the update date.
func (r *Renderer) commonFacts(e *model.Entity, lang string) []fact {
	var out []fact
	if it, ok := webItem(e.Str(lang, "website")); ok {
		out = append(out, fact{Label: r.label(lang, "f_website"), Items: []item{it}})
	}
	for _, t := range r.cfg.Taxonomies {
		var items []item
		for _, term := range e.Strings("", t.Key) {
			if l, ok := r.termLink(t.Key, term, lang); ok {
				it := l.item()
				it.Class = "chip"
				items = append(items, it)
			}
		}
		if len(items) > 0 {
			out = append(out, fact{Label: t.Label.In(lang, r.def), Items: items})
		}
	}
	if tags := e.Strings(lang, "tags"); len(tags) > 0 {
		tl := r.fieldLang(e, lang, "tags")
		var items []item
		for _, s := range tags {
			items = append(items, item{Text: s, Lang: tl, Class: "tag"})
		}
		out = append(out, fact{Label: r.label(lang, "f_tags"), Items: items})
	}
	if d := e.Str("", "updated"); d != "" {
		out = append(out, fact{Label: r.label(lang, "f_updated"), Items: []item{dateItem(d, lang)}})
	}
	return out
}

// addCards appends a section of cards sorted by title, when there are any.
func (r *Renderer) addCards(ev *entityPage, id, title string, es []*model.Entity, lang string) {
	if len(es) == 0 {
		return
	}
	r.sortByTitle(es, lang)
	ev.addSection(section{ID: id, Title: title, Cards: r.cards(es, lang)})
}

func (ev *entityPage) addSection(s section) { ev.Blocks = append(ev.Blocks, block{Section: &s}) }

func (ev *entityPage) addTable(t table) { ev.Blocks = append(ev.Blocks, block{Table: &t}) }

func (ev *entityPage) addContacts(title string, cs []contact, lang string) {
	if len(cs) > 0 {
		ev.Blocks = append(ev.Blocks, block{Contacts: &contacts{Title: title, Items: cs, Lang: lang}})
	}
}

// contacts are e's contact people and the language of their texts.
func (r *Renderer) contacts(e *model.Entity, lang string) ([]contact, string) {
	var out []contact
	for _, o := range e.Objects(lang, "contacts") {
		c := contact{}
		c.Name, _ = o["name"].(string)
		c.Role, _ = o["role"].(string)
		if s, _ := o["email"].(string); s != "" {
			c.Email = emailItem(s)
		}
		if s, _ := o["phone"].(string); s != "" {
			c.Phone = phoneItem(s)
		}
		out = append(out, c)
	}
	return out, r.fieldLang(e, lang, "contacts")
}

// contactFact shows e's contact e-mail or, without one, the e-mail of
// the first actor in field from (a service's provider, a challenge's owner).
func (r *Renderer) contactFact(ev *entityPage, e *model.Entity, lang, from, note string) {
	if s := e.Str(lang, "contact"); s != "" {
		r.addFact(ev, lang, "f_contact", emailItem(s))
	} else if ls := r.site.LinksFrom(e, from); len(ls) > 0 {
		if p := r.site.Entities[ls[0].To]; p != nil && validEmail(p.Str("", "email")) {
			it := emailItem(p.Str("", "email"))
			it.Note = r.label(lang, note)
			r.addFact(ev, lang, "f_contact", it)
		}
	}
}

func dateCell(d, lang string) cell {
	if d == "" {
		return cell{V: item{Text: "–"}}
	}
	return cell{V: dateItem(d, lang)}
}

// relatedSection lists the entities e relates to and those relating to
// e, once each, by type and title.
func (r *Renderer) relatedSection(e *model.Entity, lang string) section {
	var refs []model.Ref
	for _, l := range r.site.LinksFrom(e, "related") {
		refs = append(refs, l.To)
	}
	for _, l := range r.site.Back[e.Ref] {
		if l.Base == "related" {
			refs = append(refs, l.From)
		}
	}
	es := r.published(refs)
	slices.SortStableFunc(es, func(a, b *model.Entity) int {
		return cmp.Or(cmp.Compare(typeRank(a.Type), typeRank(b.Type)),
			strings.Compare(r.sortKey(a, lang), r.sortKey(b, lang)), strings.Compare(a.Slug, b.Slug))
	})
	return section{ID: "related", Title: r.label(lang, "f_related"), Cards: r.cards(es, lang)}
}
