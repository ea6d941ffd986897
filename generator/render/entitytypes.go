// What each type's page adds to the common entity page (entity.go):
// actors, services, challenges, projects, contracts and funding.

package render

import (
	"cmp"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/words"
)

type timeline struct {
	Title string
	Steps []step
}

// step is one point of a project's timeline.
type step struct {
	Date       string
	DateText   string
	Title      Text
	State      string // done, pending or edge (the start and the end)
	StateLabel string
}

func (r *Renderer) actorPage(ev *entityPage, e *model.Entity, lang string) {
	ev.Logo = r.logo(e, lang)
	if e.Bool("member") {
		ev.Badges = append(ev.Badges, badge{Text: r.label(lang, "member"), Class: "member"})
	}
	r.addFact(ev, lang, "f_kind", r.enumItems(e, lang, "kind")...)
	r.addFact(ev, lang, "f_size", r.enumItems(e, lang, "size")...)
	if id := e.Str("", "business_id"); id != "" {
		r.addFact(ev, lang, "f_business_id", item{Text: id})
	}
	if member, ok := e.Default.Fields["member"].(bool); ok {
		it := item{Text: r.label(lang, "not_member")}
		if member {
			it.Text = r.label(lang, "member")
			if since := e.Str("", "member_since"); since != "" {
				it.Text = words.Fill(r.label(lang, "member_since"), "date", date(since, lang))
			}
		}
		r.addFact(ev, lang, "f_member", it)
	}
	r.addFact(ev, lang, "f_municipality", r.textItem(e, lang, "municipality")...)
	if s := e.Str(lang, "email"); s != "" {
		r.addFact(ev, lang, "f_email", emailItem(s))
	}
	if s := e.Str(lang, "phone"); s != "" {
		r.addFact(ev, lang, "f_phone", phoneItem(s))
	}
	cs, csLang := r.contacts(e, lang)
	ev.addContacts(r.label(lang, "f_contacts"), cs, csLang)

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
	r.addCards(ev, "services", r.label(lang, "provides"), r.published(services), lang)
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
		ev.addSection(section{ID: "projects", Title: r.label(lang, "in_projects"), Cards: cs})
		if t, ok := r.actorFundingTable(e, ps, lang); ok {
			ev.addTable(t)
		}
	}
	r.addCards(ev, "contracts", r.label(lang, "in_contracts"), r.published(contracts), lang)
	r.addCards(ev, "funding", r.label(lang, "runs_funding"), r.published(funders), lang)
	r.addCards(ev, "challenges", r.label(lang, "owns_challenges"), r.published(challenges), lang)
	r.partnersBlock(ev, e, lang)
}

// actorFundingTable lists the funding received by the actor's projects.
func (r *Renderer) actorFundingTable(e *model.Entity, projects []*model.Entity, lang string) (table, bool) {
	t := table{
		ID:      "project-funding",
		Title:   r.label(lang, "projects_funding"),
		Caption: words.Fill(r.label(lang, "projects_funding_caption"), "name", r.title(e, lang).S),
		Head:    []column{{Text: r.label(lang, "project")}, {Text: r.label(lang, "source")}, {Text: r.label(lang, "share_of")}, {Text: r.label(lang, "amount"), Num: true}},
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
		t.Foot = []cell{{V: item{Text: r.label(lang, "total")}}, {}, {}, {V: moneyItem(sum, lang), Num: true}}
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
	return cell{V: item{Text: r.label(lang, "amount_unknown"), Class: "muted"}, Num: true}
}

func (r *Renderer) servicePage(ev *entityPage, e *model.Entity, lang string) {
	r.addFact(ev, lang, "f_providers", r.refItems(e, lang, "providers")...)
	r.addFact(ev, lang, "f_audience", r.enumItems(e, lang, "audience")...)
	r.addFact(ev, lang, "f_pricing", r.enumItems(e, lang, "pricing")...)
	r.contactFact(ev, e, lang, "providers", "default_contact")
}

// challengePage shows who has the need, whom it seeks and by when.
func (r *Renderer) challengePage(ev *entityPage, e *model.Entity, lang string) {
	r.addFact(ev, lang, "f_owner", r.refItems(e, lang, "owner")...)
	r.addFact(ev, lang, "f_status", r.enumItems(e, lang, "status")...)
	r.addFact(ev, lang, "f_seeking", r.enumItems(e, lang, "seeking")...)
	if d := e.Str("", "deadline"); d != "" {
		it := item{Text: date(d, lang), Date: d}
		if e.DeadlinePassed(r.today) {
			it.Note = r.label(lang, "deadline_passed")
		}
		r.addFact(ev, lang, "f_deadline", it)
	}
	if b, ok := e.Money("budget"); ok {
		r.addFact(ev, lang, "f_challenge_budget", moneyItem(b, lang))
	}
	r.contactFact(ev, e, lang, "owner", "owner_contact")
}

func (r *Renderer) projectPage(ev *entityPage, e *model.Entity, lang string) {
	r.addFact(ev, lang, "f_status", r.enumItems(e, lang, "status")...)
	if p := r.period(e.Str("", "start"), e.Str("", "end"), lang); p != "" {
		r.addFact(ev, lang, "f_period", item{Text: p})
	}
	r.addFact(ev, lang, "f_coordinator", r.refItems(e, lang, "coordinator")...)
	r.addFact(ev, lang, "f_partners", r.refItems(e, lang, "partners")...)
	if b, ok := e.Money("budget"); ok {
		r.addFact(ev, lang, "f_budget", moneyItem(b, lang))
	}
	if steps := r.timeline(e, lang); len(steps) > 0 {
		ev.Blocks = append(ev.Blocks, block{Timeline: &timeline{Title: r.label(lang, "f_milestones"), Steps: steps}})
	}
	funding := e.Objects("", "funding")
	if len(funding) > 0 {
		t := table{
			ID:      "funding",
			Title:   r.label(lang, "f_funding"),
			Caption: r.label(lang, "funding_caption"),
			Head:    []column{{Text: r.label(lang, "source")}, {Text: r.label(lang, "share_of")}, {Text: r.label(lang, "amount"), Num: true}},
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
			t.Foot = []cell{{V: item{Text: r.label(lang, "total")}}, {}, {V: moneyItem(sum, lang), Num: true}}
			r.addFact(ev, lang, "f_funding_total", moneyItem(sum, lang))
		}
		ev.addTable(t)
	}
	cs, csLang := r.contacts(e, lang)
	ev.addContacts(r.label(lang, "f_contacts"), cs, csLang)
}

// timeline is the project's start, its milestones in date order, and its
// end.
func (r *Renderer) timeline(e *model.Entity, lang string) []step {
	ml := r.fieldLang(e, lang, "milestones")
	var ms []step
	for _, o := range e.Objects(lang, "milestones") {
		d, _ := o["date"].(string)
		t, _ := o["title"].(string)
		st := step{Date: d, DateText: date(d, lang), Title: Text{S: t, Lang: ml}, State: "pending", StateLabel: r.label(lang, "pending")}
		if done, _ := o["done"].(bool); done {
			st.State, st.StateLabel = "done", r.label(lang, "done")
		}
		ms = append(ms, st)
	}
	slices.SortStableFunc(ms, func(a, b step) int { return strings.Compare(a.Date, b.Date) })
	var out []step
	if s := e.Str("", "start"); s != "" {
		out = append(out, step{Date: s, DateText: date(s, lang), Title: Text{S: r.label(lang, "project_start")}, State: "edge"})
	}
	out = append(out, ms...)
	if s := e.Str("", "end"); s != "" {
		out = append(out, step{Date: s, DateText: date(s, lang), Title: Text{S: r.label(lang, "project_end")}, State: "edge"})
	}
	if len(ms) == 0 && len(out) < 2 {
		return nil
	}
	return out
}

// spdxID matches the shape of an SPDX license expression's single id.
var spdxID = regexp.MustCompile(`^[A-Za-z0-9.+-]+$`)

func (r *Renderer) contractPage(ev *entityPage, e *model.Entity, lang string) {
	r.addFact(ev, lang, "f_contract_type", r.enumItems(e, lang, "contract_type")...)
	r.addFact(ev, lang, "f_parties", r.refItems(e, lang, "parties")...)
	if name := e.Str(lang, "document"); name != "" {
		ext := strings.ToLower(path.Ext(name))
		it := item{Text: name}
		if a, ok := r.attachment(e, name); ok {
			it = item{
				Text:     r.label(lang, "download") + " " + path.Base(name),
				Href:     r.urls.Href(r.attachmentURL(e, name)),
				Download: true,
				MIME:     mimeTypes[ext],
				Note:     words.Fill(r.label(lang, "file_size"), "type", strings.ToUpper(strings.TrimPrefix(ext, ".")), "size", fileSize(a.Size, lang)),
				Class:    "download",
			}
		}
		r.addFact(ev, lang, "f_document", it)
	}
	if l := e.Str("", "license"); l != "" {
		it := item{Text: l}
		if spdxID.MatchString(l) {
			it.Href = "https://spdx.org/licenses/" + url.PathEscape(l) + ".html"
			it.External = true
		}
		r.addFact(ev, lang, "f_license", it)
	}
	from, until := e.Str("", "valid_from"), e.Str("", "valid_until")
	if from != "" || until != "" {
		r.addFact(ev, lang, "f_validity", item{Text: r.period(from, until, lang)})
	}
}

func (r *Renderer) fundingPage(ev *entityPage, e *model.Entity, lang string) {
	r.addFact(ev, lang, "f_level", r.enumItems(e, lang, "level")...)
	if items := r.refItems(e, lang, "funder"); len(items) > 0 {
		r.addFact(ev, lang, "f_funder", items...)
	} else {
		r.addFact(ev, lang, "f_funder", r.textItem(e, lang, "funder_name")...)
	}
	r.addFact(ev, lang, "f_programme", r.textItem(e, lang, "programme")...)
	r.addFact(ev, lang, "f_eligible", r.enumItems(e, lang, "eligible")...)

	if calls := e.Objects(lang, "calls"); len(calls) > 0 {
		callLang := r.fieldLang(e, lang, "calls")
		t := table{
			ID:      "calls",
			Title:   r.label(lang, "f_calls"),
			Caption: r.label(lang, "calls_caption"),
			Head: []column{{Text: r.label(lang, "call")}, {Text: r.label(lang, "opens")}, {Text: r.label(lang, "closes")}, {Text: r.label(lang, "call_state"), JS: true, States: map[string]string{
				"open": r.label(lang, "call_open"), "closed": r.label(lang, "call_closed"), "upcoming": r.label(lang, "call_upcoming")}}},
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
		Title:   r.label(lang, "funded_projects"),
		Caption: words.Fill(r.label(lang, "funded_caption"), "name", r.title(e, lang).S),
		Head:    []column{{Text: r.label(lang, "project")}, {Text: r.label(lang, "share_of")}, {Text: r.label(lang, "amount"), Num: true}},
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
			t.Foot = []cell{{V: item{Text: r.label(lang, "total")}}, {}, {V: moneyItem(sum, lang), Num: true}}
		}
		ev.addTable(t)
	}
}
