package owners

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/markdown"
)

// Formats are the output formats of Write.
var Formats = []string{"text", "github", "markdown", "json"}

// Langs are the languages of the messages.
var Langs = []string{"en", "fi"}

// Write prints r in format: "text" (a line per file and a summary),
// "github" (an error annotation on each file that needs an approval, then
// the text), "markdown" (a summary for the job summary, Finnish and
// English; lang is ignored) or "json".
func (r Result) Write(w io.Writer, format, lang string) error {
	var b strings.Builder
	switch format {
	case "text", "":
		r.text(&b, lang)
	case "github":
		r.github(&b, lang)
	case "markdown":
		r.markdown(&b)
	case "json":
		return r.json(w, lang)
	default:
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Message says in plain words why v is or is not satisfied.
func (v Verdict) Message(lang string) string {
	t := texts[lang]
	if t == nil {
		t = texts["en"]
	}
	if v.Satisfied {
		return t.approved(v) + " " + t.why(v)
	}
	return t.needs(v) + " " + t.why(v)
}

// Message says in plain words which organisation l links, where, and
// whether it agreed.
func (l Link) Message(lang string) string {
	t := textsOf(lang)
	if l.Satisfied {
		return t.link(l) + ": " + t.linkApproved(l)
	}
	return t.link(l) + ": " + t.linkNeeds(l)
}

func (r Result) text(b *strings.Builder, lang string) {
	t := textsOf(lang)
	for _, v := range r.Files {
		fmt.Fprintf(b, "%s: %s\n", v.File, v.Message(lang))
	}
	for _, l := range r.Links {
		fmt.Fprintf(b, "%s: %s\n", l.place(), l.Message(lang))
	}
	b.WriteString(t.summary(r) + "\n")
}

// place is the link's file, with its line when known.
func (l Link) place() string {
	if l.Line > 0 {
		return fmt.Sprintf("%s:%d", l.File, l.Line)
	}
	return l.File
}

func (r Result) github(b *strings.Builder, lang string) {
	t := textsOf(lang)
	for _, v := range r.Files {
		if !v.Satisfied {
			fmt.Fprintf(b, "::error file=%s,line=1,title=%s::%s\n", diag.EscapeProperty(v.File), diag.EscapeProperty(t.title), diag.EscapeData(v.Message(lang)))
		}
	}
	for _, l := range r.Links {
		if !l.Satisfied {
			fmt.Fprintf(b, "::error file=%s,line=%d,title=%s::%s\n", diag.EscapeProperty(l.File), max(l.Line, 1), diag.EscapeProperty(t.title), diag.EscapeData(l.Message(lang)))
		}
	}
	r.text(b, lang)
}

func (r Result) markdown(b *strings.Builder) {
	for i, lang := range []string{"fi", "en"} {
		t := textsOf(lang)
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "## %s\n\n", t.title)
		if r.OK() {
			fmt.Fprintf(b, "✅ %s\n\n", markdown.EscapeKeepingMentions(t.summary(r)))
		} else {
			fmt.Fprintf(b, "❌ **%s**\n\n", markdown.EscapeKeepingMentions(t.summary(r)))
		}
		for _, v := range r.Files {
			mark := "✅"
			if !v.Satisfied {
				mark = "❌"
			}
			fmt.Fprintf(b, "- %s %s: %s\n", mark, markdown.Code(v.File), markdown.EscapeKeepingMentions(v.Message(lang)))
		}
		for _, l := range r.Links {
			mark := "✅"
			if !l.Satisfied {
				mark = "❌"
			}
			fmt.Fprintf(b, "- %s %s: %s\n", mark, markdown.Code(l.place()), markdown.EscapeKeepingMentions(l.Message(lang)))
		}
		if !r.OK() {
			fmt.Fprintf(b, "\n%s\n", t.howTo)
		}
		if r.MissingLinks() > 0 {
			fmt.Fprintf(b, "\n%s\n", t.howToLinks)
		}
	}
}

type jsonLink struct {
	File       string   `json:"file"`
	Line       int      `json:"line"`
	Entity     string   `json:"entity"`
	New        bool     `json:"new"`
	Field      string   `json:"field"`
	Actor      string   `json:"actor"`
	Unchecked  string   `json:"unchecked"`
	MayApprove []string `json:"may_approve"`
	Admins     []string `json:"admins"`
	Satisfied  bool     `json:"satisfied"`
	ApprovedBy string   `json:"approved_by"`
	Message    string   `json:"message"`
}

type jsonFile struct {
	File       string   `json:"file"`
	Entity     string   `json:"entity"`
	New        bool     `json:"new"`
	Rule       Rule     `json:"rule"`
	MayApprove []string `json:"may_approve"`
	Admins     []string `json:"admins"`
	Satisfied  bool     `json:"satisfied"`
	ApprovedBy string   `json:"approved_by"`
	Message    string   `json:"message"`
}

func (r Result) json(w io.Writer, lang string) error {
	out := struct {
		OK        bool       `json:"ok"`
		Author    string     `json:"author"`
		Approvers []string   `json:"approvers"`
		Files     []jsonFile `json:"files"`
		Links     []jsonLink `json:"links"`
	}{r.OK(), r.Author, nonNil(r.Approvers), []jsonFile{}, []jsonLink{}}
	for _, v := range r.Files {
		out.Files = append(out.Files, jsonFile{v.File, v.Entity(), v.New, v.Rule, nonNil(v.Owners), nonNil(v.Admins), v.Satisfied, v.By, v.Message(lang)})
	}
	for _, l := range r.Links {
		out.Links = append(out.Links, jsonLink{l.File, l.Line, l.Entity(), l.New, l.Field, l.Actor.Slug, string(l.Unchecked), nonNil(l.Owners), nonNil(l.Admins), l.Satisfied, l.By, l.Message(lang)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// lang holds the messages of one language.
type lang struct {
	title    string
	howTo    string
	approved func(Verdict) string
	needs    func(Verdict) string
	why      func(Verdict) string
	summary  func(Result) string
	// Links: what is linked where, who approved it, who may.
	howToLinks   string
	link         func(Link) string
	linkApproved func(Link) string
	linkNeeds    func(Link) string
}

func textsOf(l string) *lang {
	if t := texts[l]; t != nil {
		return t
	}
	return texts["en"]
}

var texts = map[string]*lang{"en": en, "fi": fi}

func at(hs []string) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = "@" + h
	}
	return out
}

// list joins words as "a, b or c".
func list(words []string, conj string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

func titles(as []Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Title
	}
	return out
}

var typeNames = map[string]map[string]string{
	"en": {"actors": "profile", "services": "service", "projects": "project", "contracts": "contract", "funding": "funding source", "challenges": "challenge", "pages": "page"},
	"fi": {"actors": "profiili", "services": "palvelu", "projects": "hanke", "contracts": "sopimus", "funding": "rahoituslähde", "challenges": "haaste", "pages": "sivu"},
}

// roleNames name the role that a field linking an actor gives it, by the
// field as Link.Field writes it. A field missing here is named as it is
// written, so a new field is still shown, if less kindly.
var roleNames = map[string]map[string]string{
	"en": {
		"providers": "provider", "parties": "party", "coordinator": "coordinator", "partners": "partner",
		"funding[].share_of": "holder of a funding share", "owner": "owner", "funder": "funder", "related": "related organisation",
	},
	"fi": {
		"providers": "tarjoaja", "parties": "osapuoli", "coordinator": "koordinaattori", "partners": "kumppani",
		"funding[].share_of": "rahoitusosuuden saaja", "owner": "omistaja", "funder": "rahoittaja", "related": "liittyvä toimija",
	},
}

func role(lang, field string) string {
	return cmp.Or(roleNames[lang][field], field)
}

// casesFI are the inessive ("hankkeessa") and genitive ("hankkeen") of
// each type's name.
var casesFI = map[string]struct{ inessive, genitive string }{
	"actors":     {"profiilissa", "profiilin"},
	"services":   {"palvelussa", "palvelun"},
	"projects":   {"hankkeessa", "hankkeen"},
	"contracts":  {"sopimuksessa", "sopimuksen"},
	"funding":    {"rahoituslähteessä", "rahoituslähteen"},
	"challenges": {"haasteessa", "haasteen"},
	"pages":      {"sivulla", "sivun"},
}

func casesOfFI(typ string) (inessive, genitive string) {
	c, ok := casesFI[typ]
	if !ok {
		return "sisällössä", "sisällön"
	}
	return c.inessive, c.genitive
}

var rolesEN = map[string]string{"services": "providers", "projects": "coordinator and partners", "contracts": "parties", "challenges": "owner"}

// wordsFI are the Finnish forms a sentence about an entity needs.
var wordsFI = map[string]struct{ partitive, genitive, roles, inessive string }{
	"services":   {"palvelua", "palvelun", "tarjoajien", "tarjoajissa"},
	"projects":   {"hanketta", "hankkeen", "koordinaattorin ja kumppanien", "koordinaattorissa ja kumppaneissa"},
	"contracts":  {"sopimusta", "sopimuksen", "osapuolten", "osapuolissa"},
	"challenges": {"haastetta", "haasteen", "esittäjän", "esittäjässä"},
}

// upper capitalises the first letter.
func upper(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

var en = &lang{
	title: "Ownership",
	howTo: "One of the people named above approves the pull request: **Files changed → Review changes → Approve**. The check runs again by itself after each review. " +
		"Who maintains a profile is read from the main branch, so adding yourself to `maintainers` in this same change does not count.",
	approved: func(v Verdict) string {
		switch {
		case v.ByAdmin:
			return fmt.Sprintf("approved by @%s (admin).", v.By)
		default:
			return fmt.Sprintf("approved by @%s (maintainer).", v.By)
		}
	},
	needs: func(v Verdict) string {
		switch {
		case len(v.Admins) == 0 && len(v.Owners) == 0:
			return "nobody may approve this change: kimppa.yaml lists no admins."
		case len(v.Owners) == 0:
			return fmt.Sprintf("needs an approval from an admin (%s).", list(at(v.Admins), "or"))
		case len(v.Admins) == 0:
			return fmt.Sprintf("needs an approval from %s.", list(at(v.Owners), "or"))
		}
		return fmt.Sprintf("needs an approval from %s.", list(append(at(v.Owners), fmt.Sprintf("an admin (%s)", list(at(v.Admins), "or"))), "or"))
	},
	why: func(v Verdict) string {
		kind := typeNames["en"][v.Type]
		switch v.Rule {
		case Profile:
			if len(v.Owners) == 0 {
				return fmt.Sprintf("The profile %q has no maintainers.", v.Title)
			}
			return fmt.Sprintf("The profile %q is maintained by %s.", v.Title, list(at(v.Owners), "and"))
		case NewProfile:
			return fmt.Sprintf("%q is a new profile; a new profile needs an admin.", v.Title)
		case Linked:
			what := fmt.Sprintf("the %s %q", kind, v.Title)
			if v.New {
				what = fmt.Sprintf("the new %s %q", kind, v.Title)
			}
			role := rolesEN[v.Type]
			switch {
			case len(v.Via) == 0:
				return fmt.Sprintf("%s names no %s with a profile on the main branch.", upper(what), role)
			case len(v.Owners) == 0:
				return fmt.Sprintf("The %s of %s (%s) have no maintainers.", role, what, strings.Join(titles(v.Via), ", "))
			case v.New:
				return fmt.Sprintf("%s may be approved by the maintainers of its %s (%s).", upper(what), role, strings.Join(titles(v.Via), ", "))
			}
			return fmt.Sprintf("%s may be changed by the maintainers of its %s (%s).", upper(what), role, strings.Join(titles(v.Via), ", "))
		}
		switch {
		case v.Type == "" && strings.HasPrefix(v.File, "content/"):
			return "Only admins change files in content/ that belong to no entry (an entry is content/<type>/<slug>.md or a folder content/<type>/<slug>/)."
		case v.Type == "":
			return "Only admins change files outside content/ (site settings, templates, code and workflows)."
		case v.Type == "funding":
			return "Only admins change funding sources."
		case v.Type == "pages":
			return "Only admins change pages."
		}
		return "Only admins change this file."
	},
	summary: func(r Result) string {
		if len(r.Files) == 0 {
			return "No files changed."
		}
		if n := r.Missing(); n > 0 {
			return fmt.Sprintf("%d of %d changed files need an approval.", n, len(r.Files)) + linksSummaryEN(r)
		}
		return fmt.Sprintf("Every changed file (%d) is approved by someone entitled.", len(r.Files)) + linksSummaryEN(r)
	},
	howToLinks: "An entry that names another organisation (as a provider, party, coordinator, partner, holder of a funding share or owner) shows on that organisation's profile page, " +
		"so one of its maintainers, or an admin, approves the pull request too. A link that the entry already had on the main branch needs nothing more.",
	link: func(l Link) string {
		kind := cmp.Or(typeNames["en"][l.Type], "entry")
		what := fmt.Sprintf("the %s %q", kind, l.Title)
		if l.New {
			what = fmt.Sprintf("the new %s %q", kind, l.Title)
		}
		switch l.Unchecked {
		case NoHead:
			return fmt.Sprintf("The change itself was not given (--head or --head-ref), so the organisations that %s links cannot be checked", what)
		case Unreadable:
			return fmt.Sprintf("The front matter of %s cannot be read in the change, so the organisations it links cannot be checked", what)
		}
		return fmt.Sprintf("Links the organisation %q as %s of %s", l.Actor.Title, role("en", l.Field), what)
	},
	linkApproved: func(l Link) string {
		if l.ByAdmin {
			return fmt.Sprintf("approved by @%s (admin).", l.By)
		}
		return fmt.Sprintf("approved by @%s (maintainer of %q).", l.By, l.Actor.Title)
	},
	linkNeeds: func(l Link) string {
		admins := fmt.Sprintf("an admin (%s)", list(at(l.Admins), "or"))
		switch {
		case len(l.Admins) == 0 && len(l.Owners) == 0:
			return "nobody may approve it: kimppa.yaml lists no admins."
		case l.Unchecked != "":
			return fmt.Sprintf("needs an approval from %s.", admins)
		case !l.Known:
			return fmt.Sprintf("%q has no profile on the main branch, so it needs an approval from %s.", l.Actor.Title, admins)
		case len(l.Owners) == 0:
			return fmt.Sprintf("%q has no maintainers, so it needs an approval from %s.", l.Actor.Title, admins)
		case len(l.Admins) == 0:
			return fmt.Sprintf("needs an approval from %s.", list(at(l.Owners), "or"))
		}
		return fmt.Sprintf("needs an approval from %s.", list(append(at(l.Owners), admins), "or"))
	},
}

func linksSummaryEN(r Result) string {
	switch n := r.MissingLinks(); {
	case len(r.Links) == 0:
		return ""
	case n > 0:
		return fmt.Sprintf(" %d of %d new links to organisations need an approval.", n, len(r.Links))
	}
	return fmt.Sprintf(" Every new link to an organisation (%d) is approved.", len(r.Links))
}

var fi = &lang{
	title: "Omistajuus",
	howTo: "Joku yllä mainituista hyväksyy pull requestin: **Files changed → Review changes → Approve**. Tarkistus ajetaan uudelleen itsestään jokaisen katselmoinnin jälkeen. " +
		"Profiilin ylläpitäjät luetaan päähaarasta, joten itsensä lisääminen kenttään `maintainers` samassa muutoksessa ei riitä.",
	approved: func(v Verdict) string {
		switch {
		case v.ByAdmin:
			return fmt.Sprintf("hyväksynyt @%s (pääkäyttäjä).", v.By)
		default:
			return fmt.Sprintf("hyväksynyt @%s (ylläpitäjä).", v.By)
		}
	},
	needs: func(v Verdict) string {
		switch {
		case len(v.Admins) == 0 && len(v.Owners) == 0:
			return "kukaan ei voi hyväksyä muutosta: kimppa.yaml ei nimeä pääkäyttäjiä (admins)."
		case len(v.Owners) == 0:
			return fmt.Sprintf("tarvitsee pääkäyttäjän hyväksynnän (%s).", list(at(v.Admins), "tai"))
		case len(v.Admins) == 0:
			return fmt.Sprintf("tarvitsee hyväksynnän käyttäjältä %s.", list(at(v.Owners), "tai"))
		}
		return fmt.Sprintf("tarvitsee hyväksynnän käyttäjältä %s.", list(append(at(v.Owners), fmt.Sprintf("pääkäyttäjältä (%s)", list(at(v.Admins), "tai"))), "tai"))
	},
	why: func(v Verdict) string {
		switch v.Rule {
		case Profile:
			if len(v.Owners) == 0 {
				return fmt.Sprintf("Profiililla ”%s” ei ole ylläpitäjiä.", v.Title)
			}
			return fmt.Sprintf("Profiilia ”%s” ylläpitää %s.", v.Title, list(at(v.Owners), "ja"))
		case NewProfile:
			return fmt.Sprintf("”%s” on uusi profiili; uuden profiilin hyväksyy pääkäyttäjä.", v.Title)
		case Linked:
			w := wordsFI[v.Type]
			gen := fmt.Sprintf("%s ”%s”", w.genitive, v.Title)
			part := fmt.Sprintf("%s ”%s”", w.partitive, v.Title)
			if v.New {
				gen = fmt.Sprintf("uuden %s ”%s”", w.genitive, v.Title)
				part = gen
			}
			via := strings.Join(titles(v.Via), ", ")
			switch {
			case len(v.Via) == 0:
				return fmt.Sprintf("%s %s ei ole päähaarassa olevaa profiilia.", upper(gen), w.inessive)
			case len(v.Owners) == 0:
				return fmt.Sprintf("%s %s (%s) profiileilla ei ole ylläpitäjiä.", upper(gen), w.roles, via)
			case v.New:
				return fmt.Sprintf("%s voivat hyväksyä sen %s (%s) ylläpitäjät.", upper(part), w.roles, via)
			}
			return fmt.Sprintf("%s voivat muuttaa sen %s (%s) ylläpitäjät.", upper(part), w.roles, via)
		}
		switch {
		case v.Type == "" && strings.HasPrefix(v.File, "content/"):
			return "Vain pääkäyttäjät muuttavat content/-kansion tiedostoja, jotka eivät kuulu mihinkään sisältöön (sisältö on content/<tyyppi>/<tunniste>.md tai kansio content/<tyyppi>/<tunniste>/)."
		case v.Type == "":
			return "Vain pääkäyttäjät muuttavat content/-kansion ulkopuolisia tiedostoja (asetukset, sivupohjat, koodi ja työnkulut)."
		case v.Type == "funding":
			return "Vain pääkäyttäjät muuttavat rahoituslähteitä."
		case v.Type == "pages":
			return "Vain pääkäyttäjät muuttavat sivuja."
		}
		return "Vain pääkäyttäjät muuttavat tätä tiedostoa."
	},
	summary: func(r Result) string {
		if len(r.Files) == 0 {
			return "Ei muuttuneita tiedostoja."
		}
		if n := r.Missing(); n > 0 {
			return fmt.Sprintf("%d/%d muuttuneesta tiedostosta tarvitsee hyväksynnän.", n, len(r.Files)) + linksSummaryFI(r)
		}
		return fmt.Sprintf("Kaikki muuttuneet tiedostot (%d) on hyväksytty.", len(r.Files)) + linksSummaryFI(r)
	},
	howToLinks: "Kun sisältö nimeää toisen toimijan (tarjoajaksi, osapuoleksi, koordinaattoriksi, kumppaniksi, rahoitusosuuden saajaksi tai omistajaksi), se näkyy tämän toimijan profiilisivulla, " +
		"joten myös jonkun sen ylläpitäjistä tai pääkäyttäjän on hyväksyttävä pull request. Linkki, joka sisällöllä oli jo päähaarassa, ei tarvitse muuta.",
	link: func(l Link) string {
		ine, gen := casesOfFI(l.Type)
		if l.New {
			ine, gen = "uudessa "+ine, "uuden "+gen
		}
		switch l.Unchecked {
		case NoHead:
			return fmt.Sprintf("Muutosta ei annettu (--head tai --head-ref), joten %s ”%s” linkkejä toimijoihin ei voi tarkistaa", gen, l.Title)
		case Unreadable:
			return fmt.Sprintf("%s ”%s” alkutietoja (front matter) ei voi lukea muutoksesta, joten sen linkkejä toimijoihin ei voi tarkistaa", upper(gen), l.Title)
		}
		return fmt.Sprintf("Linkittää toimijan ”%s” (%s %s ”%s”)", l.Actor.Title, role("fi", l.Field), ine, l.Title)
	},
	linkApproved: func(l Link) string {
		if l.ByAdmin {
			return fmt.Sprintf("hyväksynyt @%s (pääkäyttäjä).", l.By)
		}
		return fmt.Sprintf("hyväksynyt @%s (toimijan ”%s” ylläpitäjä).", l.By, l.Actor.Title)
	},
	linkNeeds: func(l Link) string {
		admins := fmt.Sprintf("pääkäyttäjän hyväksyntä (%s)", list(at(l.Admins), "tai"))
		switch {
		case len(l.Admins) == 0 && len(l.Owners) == 0:
			return "kukaan ei voi hyväksyä sitä: kimppa.yaml ei nimeä pääkäyttäjiä (admins)."
		case l.Unchecked != "":
			return fmt.Sprintf("tarvitaan %s.", admins)
		case !l.Known:
			return fmt.Sprintf("toimijalla ”%s” ei ole profiilia päähaarassa, joten tarvitaan %s.", l.Actor.Title, admins)
		case len(l.Owners) == 0:
			return fmt.Sprintf("toimijalla ”%s” ei ole ylläpitäjiä, joten tarvitaan %s.", l.Actor.Title, admins)
		case len(l.Admins) == 0:
			return fmt.Sprintf("tarvitaan hyväksyntä käyttäjältä %s.", list(at(l.Owners), "tai"))
		}
		return fmt.Sprintf("tarvitaan hyväksyntä käyttäjältä %s.", list(append(at(l.Owners), fmt.Sprintf("pääkäyttäjältä (%s)", list(at(l.Admins), "tai"))), "tai"))
	},
}

func linksSummaryFI(r Result) string {
	switch n := r.MissingLinks(); {
	case len(r.Links) == 0:
		return ""
	case n > 0:
		return fmt.Sprintf(" %d/%d uudesta linkistä toimijaan tarvitsee hyväksynnän.", n, len(r.Links))
	}
	return fmt.Sprintf(" Kaikki uudet linkit toimijoihin (%d) on hyväksytty.", len(r.Links))
}
