package render

import (
	"cmp"
	"html/template"
	"net/url"
	"path"
	"regexp"
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

type timeline struct {
	Title string
	Steps []step
}

type contacts struct {
	Title string
	Items []contact
	Lang  string
}

// step is one point of a project's timeline.
type step struct {
	Date       string
	DateText   string
	Title      Text
	State      string // done, pending or edge (the start and the end)
	StateLabel string
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
		TypeLabel: label(lang, "one_"+e.Type),
		Title:     r.title(e, lang),
		Summary:   r.text(e, lang, "summary"),
		Body:      template.HTML(r.bodyHTML(e, e.Body(lang))),
		BodyLang:  r.bodyLang(e, lang),
		Edit:      r.editURL(e, lang),
	}
	if e.Type != "pages" {
		ev.Badges = append(ev.Badges, badge{Text: ev.TypeLabel, Class: "type-" + e.Type})
		if f, ok := enumField[e.Type]; ok {
			if val := e.Str("", f); val != "" {
				ev.Badges = append(ev.Badges, badge{Text: enumLabel(lang, enumKey(f), val), Class: f + "-" + val})
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
	if ev.Logo != nil {
		v.OG.Image, v.OG.ImageAlt, v.OG.Width, v.OG.Height = r.absolute(r.attachmentURL(e, e.Str(lang, "logo"))), ev.Logo.Alt, 0, 0
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
		v.Crumbs = r.crumbs(lang, ev.Title, self, link{Text: label(lang, "type_"+e.Type), Href: r.urls.Href(r.urls.List(e.Type, lang))})
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
func enumItems(e *model.Entity, lang, field string) []item {
	if s := e.Str("", field); s != "" {
		return []item{{Text: enumLabel(lang, enumKey(field), s)}}
	}
	var out []item
	for _, v := range e.Strings("", field) {
		out = append(out, item{Text: enumLabel(lang, enumKey(field), v), Class: "tag"})
	}
	return out
}

// addFact appends a fact when it has values.
func addFact(ev *entityPage, lang, key string, items ...item) {
	if len(items) > 0 {
		ev.Facts = append(ev.Facts, fact{Label: label(lang, key), Items: items})
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
		out = append(out, fact{Label: label(lang, "f_website"), Items: []item{it}})
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
		out = append(out, fact{Label: label(lang, "f_tags"), Items: items})
	}
	if d := e.Str("", "updated"); d != "" {
		out = append(out, fact{Label: label(lang, "f_updated"), Items: []item{dateItem(d, lang)}})
	}
	return out
}

func (r *Renderer) actorPage(ev *entityPage, e *model.Entity, lang string) {
	ev.Logo = r.logo(e, lang)
	if e.Bool("member") {
		ev.Badges = append(ev.Badges, badge{Text: label(lang, "member"), Class: "member"})
	}
	addFact(ev, lang, "f_kind", enumItems(e, lang, "kind")...)
	addFact(ev, lang, "f_size", enumItems(e, lang, "size")...)
	if id := e.Str("", "business_id"); id != "" {
		addFact(ev, lang, "f_business_id", item{Text: id})
	}
	if member, ok := e.Default.Fields["member"].(bool); ok {
		it := item{Text: label(lang, "not_member")}
		if member {
			it.Text = label(lang, "member")
			if since := e.Str("", "member_since"); since != "" {
				it.Text = fill(label(lang, "member_since"), "date", date(since, lang))
			}
		}
		addFact(ev, lang, "f_member", it)
	}
	addFact(ev, lang, "f_municipality", r.textItem(e, lang, "municipality")...)
	if s := e.Str(lang, "email"); s != "" {
		addFact(ev, lang, "f_email", emailItem(s))
	}
	if s := e.Str(lang, "phone"); s != "" {
		addFact(ev, lang, "f_phone", phoneItem(s))
	}
	cs, csLang := r.contacts(e, lang)
	ev.addContacts(label(lang, "f_contacts"), cs, csLang)

	// Reverse links: what the actor provides, takes part in and signs.
	var services, contracts, funders, challenges []model.Ref
	roles := map[model.Ref][]string{}
	var projects []model.Ref
	for _, l := range r.site.Back[e.Ref] {
		switch {
		case l.From.Type == "services" && l.Base == "providers":
			services = append(services, l.From)
		case l.From.Type == "contracts" && l.Base == "parties":
			contracts = append(contracts, l.From)
		case l.From.Type == "funding" && l.Base == "funder":
			funders = append(funders, l.From)
		case l.From.Type == "challenges" && l.Base == "owner":
			challenges = append(challenges, l.From)
		case l.From.Type == "projects" && (l.Base == "coordinator" || l.Base == "partners" || l.Base == "funding"):
			role := map[string]string{"coordinator": "coordinator", "partners": "partner", "funding": "share_holder"}[l.Base]
			if !slices.Contains(roles[l.From], role) {
				roles[l.From] = append(roles[l.From], role)
			}
			if !slices.Contains(projects, l.From) {
				projects = append(projects, l.From)
			}
		}
	}
	r.addCards(ev, "services", label(lang, "provides"), r.published(services), lang)
	if ps := r.published(projects); len(ps) > 0 {
		r.sortByTitle(ps, lang)
		cs := r.cards(ps, lang)
		for i, p := range ps {
			rs := roles[p.Ref]
			slices.SortFunc(rs, func(a, b string) int { return cmp.Compare(roleRank(a), roleRank(b)) })
			if len(rs) > 1 {
				rs = slices.DeleteFunc(rs, func(role string) bool { return role == "share_holder" })
			}
			if len(rs) == 0 {
				continue
			}
			cs[i] = r.roleCard(cs[i], p.Ref, lang, rs)
		}
		ev.addSection(section{ID: "projects", Title: label(lang, "in_projects"), Cards: cs})
		if t, ok := r.actorFundingTable(e, ps, lang); ok {
			ev.addTable(t)
		}
	}
	r.addCards(ev, "contracts", label(lang, "in_contracts"), r.published(contracts), lang)
	r.addCards(ev, "funding", label(lang, "runs_funding"), r.published(funders), lang)
	r.addCards(ev, "challenges", label(lang, "owns_challenges"), r.published(challenges), lang)
	r.partnersBlock(ev, e, lang)
}

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
		c.Meta = append(c.Meta, label(lang, role))
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

// addCards appends a section of cards sorted by title, when there are any.
func (r *Renderer) addCards(ev *entityPage, id, title string, es []*model.Entity, lang string) {
	if len(es) == 0 {
		return
	}
	r.sortByTitle(es, lang)
	ev.addSection(section{ID: id, Title: title, Cards: r.cards(es, lang)})
}

func (ev *entityPage) addSection(s section) { ev.Blocks = append(ev.Blocks, block{Section: &s}) }
func (ev *entityPage) addTable(t table)     { ev.Blocks = append(ev.Blocks, block{Table: &t}) }

func (ev *entityPage) addContacts(title string, cs []contact, lang string) {
	if len(cs) > 0 {
		ev.Blocks = append(ev.Blocks, block{Contacts: &contacts{Title: title, Items: cs, Lang: lang}})
	}
}

// actorFundingTable lists the funding received by the actor's projects.
func (r *Renderer) actorFundingTable(e *model.Entity, projects []*model.Entity, lang string) (table, bool) {
	t := table{
		ID:      "project-funding",
		Title:   label(lang, "projects_funding"),
		Caption: fill(label(lang, "projects_funding_caption"), "name", r.title(e, lang).S),
		Head:    []column{{Text: label(lang, "project")}, {Text: label(lang, "source")}, {Text: label(lang, "share_of")}, {Text: label(lang, "amount"), Num: true}},
	}
	sum, any := 0.0, false
	for _, p := range projects {
		for _, f := range p.Objects("", "funding") {
			src, _ := f["source"].(string)
			row := []cell{
				{V: r.entityLink(p, lang).item()},
				{V: r.refLink(model.Ref{Type: "funding", Slug: src}, lang).item()},
				r.shareCell(f, lang),
				r.amountCell(f, lang),
			}
			if a, ok := f["amount"].(float64); ok {
				sum += a
				any = true
			}
			t.Rows = append(t.Rows, row)
		}
	}
	if len(t.Rows) == 0 {
		return t, false
	}
	if any {
		t.Foot = []cell{{V: item{Text: label(lang, "total")}}, {}, {}, {V: moneyItem(sum, lang), Num: true}}
	}
	return t, true
}

func (r *Renderer) shareCell(f model.Object, lang string) cell {
	if s, _ := f["share_of"].(string); s != "" {
		return cell{V: r.refLink(model.Ref{Type: "actors", Slug: s}, lang).item()}
	}
	return cell{V: item{Text: "–"}}
}

func (r *Renderer) amountCell(f model.Object, lang string) cell {
	if a, ok := f["amount"].(float64); ok {
		return cell{V: moneyItem(a, lang), Num: true}
	}
	return cell{V: item{Text: label(lang, "amount_unknown"), Class: "muted"}, Num: true}
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

func (r *Renderer) servicePage(ev *entityPage, e *model.Entity, lang string) {
	addFact(ev, lang, "f_providers", r.refItems(e, lang, "providers")...)
	addFact(ev, lang, "f_audience", enumItems(e, lang, "audience")...)
	addFact(ev, lang, "f_pricing", enumItems(e, lang, "pricing")...)
	r.contactFact(ev, e, lang, "providers", "default_contact")
}

// contactFact shows e's contact e-mail or, without one, the e-mail of
// the first actor in field from (a service's provider, a challenge's owner).
func (r *Renderer) contactFact(ev *entityPage, e *model.Entity, lang, from, note string) {
	if s := e.Str(lang, "contact"); s != "" {
		addFact(ev, lang, "f_contact", emailItem(s))
	} else if ls := r.site.LinksFrom(e, from); len(ls) > 0 {
		if p := r.site.Entities[ls[0].To]; p != nil && validEmail(p.Str("", "email")) {
			it := emailItem(p.Str("", "email"))
			it.Note = label(lang, note)
			addFact(ev, lang, "f_contact", it)
		}
	}
}

// challengePage shows who has the need, whom it seeks and by when.
func (r *Renderer) challengePage(ev *entityPage, e *model.Entity, lang string) {
	addFact(ev, lang, "f_owner", r.refItems(e, lang, "owner")...)
	addFact(ev, lang, "f_status", enumItems(e, lang, "status")...)
	addFact(ev, lang, "f_seeking", enumItems(e, lang, "seeking")...)
	if d := e.Str("", "deadline"); d != "" {
		it := item{Text: date(d, lang), Date: d}
		if e.Str("", "status") == "open" && d < r.today {
			it.Note = label(lang, "deadline_passed")
		}
		addFact(ev, lang, "f_deadline", it)
	}
	if b, ok := e.Money("budget"); ok {
		addFact(ev, lang, "f_challenge_budget", moneyItem(b, lang))
	}
	r.contactFact(ev, e, lang, "owner", "owner_contact")
}

func (r *Renderer) projectPage(ev *entityPage, e *model.Entity, lang string) {
	addFact(ev, lang, "f_status", enumItems(e, lang, "status")...)
	if p := period(e.Str("", "start"), e.Str("", "end"), lang); p != "" {
		addFact(ev, lang, "f_period", item{Text: p})
	}
	addFact(ev, lang, "f_coordinator", r.refItems(e, lang, "coordinator")...)
	addFact(ev, lang, "f_partners", r.refItems(e, lang, "partners")...)
	if b, ok := e.Money("budget"); ok {
		addFact(ev, lang, "f_budget", moneyItem(b, lang))
	}
	if steps := r.timeline(e, lang); len(steps) > 0 {
		ev.Blocks = append(ev.Blocks, block{Timeline: &timeline{Title: label(lang, "f_milestones"), Steps: steps}})
	}
	funding := e.Objects("", "funding")
	if len(funding) > 0 {
		t := table{
			ID:      "funding",
			Title:   label(lang, "f_funding"),
			Caption: label(lang, "funding_caption"),
			Head:    []column{{Text: label(lang, "source")}, {Text: label(lang, "share_of")}, {Text: label(lang, "amount"), Num: true}},
		}
		sum, any := 0.0, false
		for _, f := range funding {
			src, _ := f["source"].(string)
			t.Rows = append(t.Rows, []cell{
				{V: r.refLink(model.Ref{Type: "funding", Slug: src}, lang).item()},
				r.shareCell(f, lang),
				r.amountCell(f, lang),
			})
			if a, ok := f["amount"].(float64); ok {
				sum, any = sum+a, true
			}
		}
		if any {
			t.Foot = []cell{{V: item{Text: label(lang, "total")}}, {}, {V: moneyItem(sum, lang), Num: true}}
			addFact(ev, lang, "f_funding_total", moneyItem(sum, lang))
		}
		ev.addTable(t)
	}
	cs, csLang := r.contacts(e, lang)
	ev.addContacts(label(lang, "f_contacts"), cs, csLang)
}

// timeline is the project's start, its milestones in date order, and its
// end.
func (r *Renderer) timeline(e *model.Entity, lang string) []step {
	ml := r.fieldLang(e, lang, "milestones")
	var ms []step
	for _, o := range e.Objects(lang, "milestones") {
		d, _ := o["date"].(string)
		t, _ := o["title"].(string)
		st := step{Date: d, DateText: date(d, lang), Title: Text{S: t, Lang: ml}, State: "pending", StateLabel: label(lang, "pending")}
		if done, _ := o["done"].(bool); done {
			st.State, st.StateLabel = "done", label(lang, "done")
		}
		ms = append(ms, st)
	}
	slices.SortStableFunc(ms, func(a, b step) int { return strings.Compare(a.Date, b.Date) })
	var out []step
	if s := e.Str("", "start"); s != "" {
		out = append(out, step{Date: s, DateText: date(s, lang), Title: Text{S: label(lang, "project_start")}, State: "edge"})
	}
	out = append(out, ms...)
	if s := e.Str("", "end"); s != "" {
		out = append(out, step{Date: s, DateText: date(s, lang), Title: Text{S: label(lang, "project_end")}, State: "edge"})
	}
	if len(ms) == 0 && len(out) < 2 {
		return nil
	}
	return out
}

// spdxID matches the shape of an SPDX license expression's single id.
var spdxID = regexp.MustCompile(`^[A-Za-z0-9.+-]+$`)

func (r *Renderer) contractPage(ev *entityPage, e *model.Entity, lang string) {
	addFact(ev, lang, "f_contract_type", enumItems(e, lang, "contract_type")...)
	addFact(ev, lang, "f_parties", r.refItems(e, lang, "parties")...)
	if name := e.Str(lang, "document"); name != "" {
		ext := strings.ToLower(path.Ext(name))
		it := item{Text: name}
		if a, ok := r.attachment(e, name); ok {
			it = item{
				Text:     label(lang, "download") + " " + path.Base(name),
				Href:     r.urls.Href(r.attachmentURL(e, name)),
				Download: true,
				MIME:     mimeTypes[ext],
				Note:     fill(label(lang, "file_size"), "type", strings.ToUpper(strings.TrimPrefix(ext, ".")), "size", fileSize(a.Size, lang)),
				Class:    "download",
			}
		}
		addFact(ev, lang, "f_document", it)
	}
	if l := e.Str("", "license"); l != "" {
		it := item{Text: l}
		if spdxID.MatchString(l) {
			it.Href = "https://spdx.org/licenses/" + url.PathEscape(l) + ".html"
			it.External = true
		}
		addFact(ev, lang, "f_license", it)
	}
	from, until := e.Str("", "valid_from"), e.Str("", "valid_until")
	if from != "" || until != "" {
		addFact(ev, lang, "f_validity", item{Text: period(from, until, lang)})
	}
}

func (r *Renderer) fundingPage(ev *entityPage, e *model.Entity, lang string) {
	addFact(ev, lang, "f_level", enumItems(e, lang, "level")...)
	if items := r.refItems(e, lang, "funder"); len(items) > 0 {
		addFact(ev, lang, "f_funder", items...)
	} else {
		addFact(ev, lang, "f_funder", r.textItem(e, lang, "funder_name")...)
	}
	addFact(ev, lang, "f_programme", r.textItem(e, lang, "programme")...)
	addFact(ev, lang, "f_eligible", enumItems(e, lang, "eligible")...)

	if calls := e.Objects(lang, "calls"); len(calls) > 0 {
		callLang := r.fieldLang(e, lang, "calls")
		t := table{
			ID:      "calls",
			Title:   label(lang, "f_calls"),
			Caption: label(lang, "calls_caption"),
			Head: []column{{Text: label(lang, "call")}, {Text: label(lang, "opens")}, {Text: label(lang, "closes")}, {Text: label(lang, "call_state"), JS: true, States: map[string]string{
				"open": label(lang, "call_open"), "closed": label(lang, "call_closed"), "upcoming": label(lang, "call_upcoming")}}},
		}
		for _, c := range calls {
			title, _ := c["title"].(string)
			opens, _ := c["opens"].(string)
			closes, _ := c["closes"].(string)
			name := item{Text: title, Lang: callLang}
			if u, _ := c["url"].(string); safeWebURL(u) != "" {
				name.Href, name.External = u, true
			}
			row := []cell{{V: name}, dateCell(opens, lang), dateCell(closes, lang), {State: true, Opens: opens, Closes: closes}}
			t.Rows = append(t.Rows, row)
		}
		ev.addTable(t)
	}

	// Reverse links: each funding entry of a project that names this source.
	t := table{
		ID:      "funded",
		Title:   label(lang, "funded_projects"),
		Caption: fill(label(lang, "funded_caption"), "name", r.title(e, lang).S),
		Head:    []column{{Text: label(lang, "project")}, {Text: label(lang, "share_of")}, {Text: label(lang, "amount"), Num: true}},
	}
	type row struct {
		p *model.Entity
		f model.Object
	}
	var rows []row
	for _, l := range r.site.Back[e.Ref] {
		if l.From.Type != "projects" || l.Base != "funding" || !r.site.IsPublished(l.From) {
			continue
		}
		p := r.site.Entities[l.From]
		fs := p.Objects("", "funding")
		if l.Index >= 0 && l.Index < len(fs) {
			rows = append(rows, row{p, fs[l.Index]})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(strings.Compare(r.sortKey(a.p, lang), r.sortKey(b.p, lang)), strings.Compare(a.p.Slug, b.p.Slug))
	})
	sum, any := 0.0, false
	for _, x := range rows {
		t.Rows = append(t.Rows, []cell{{V: r.entityLink(x.p, lang).item()}, r.shareCell(x.f, lang), r.amountCell(x.f, lang)})
		if a, ok := x.f["amount"].(float64); ok {
			sum, any = sum+a, true
		}
	}
	if len(rows) > 0 {
		if any {
			t.Foot = []cell{{V: item{Text: label(lang, "total")}}, {}, {V: moneyItem(sum, lang), Num: true}}
		}
		ev.addTable(t)
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
	return section{ID: "related", Title: label(lang, "f_related"), Cards: r.cards(es, lang)}
}
