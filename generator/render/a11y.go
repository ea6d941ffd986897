package render

import (
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// a11yPage is the view of the accessibility statement (Finnish Act
// 306/2019): the theme writes what it knows of itself (the conformance
// status and what does not conform), the site's kimppa.yaml gives the
// feedback contact and the date of the last assessment.
type a11yPage struct {
	Intro      string
	Gaps       []string
	Assessed   *assessed // nil when the site has not said
	Contact    string
	ContactURL string
	Authority  authority
}

// assessed is the sentence of the last assessment, around its date.
type assessed struct {
	Before, After string
	Date          item
}

// authority is the supervisory authority of accessibility in Finland
// (its one entry: supervisor in authority.go).
type authority struct {
	Name, Web, WebText, Email, Phone string
}

func (r *Renderer) a11yView(v *pageView) {
	lang := v.Lang
	a := r.cfg.Accessibility
	p := &a11yPage{
		Intro: words.Fill(r.label(lang, "a11y_intro"), "site", v.Site.Title+" ("+r.absolute(r.urls.Home(lang))+")"),
		Gaps: []string{r.label(lang, "a11y_gap_alt"), r.label(lang, "a11y_gap_lang"), r.label(lang, "a11y_gap_docs"),
			r.label(lang, "a11y_gap_logos"), r.label(lang, "a11y_gap_js")},
		Authority: supervisorIn(lang),
	}
	if a.Assessed != "" {
		before, after, _ := strings.Cut(r.label(lang, "a11y_assessed"), "{date}")
		p.Assessed = &assessed{Before: before, After: after, Date: dateItem(a.Assessed, lang)}
	}
	if a.Contact != "" {
		p.Contact, p.ContactURL = a.Contact, contactURL(a)
	}
	v.Template = "accessibility.html"
	v.Title = Text{S: r.label(lang, "a11y")}
	v.Description = v.Title.S + ": " + v.Site.Title
	v.Main = p
	v.Crumbs = r.crumbs(lang, v.Title, r.urls.Accessibility(lang))
}

// contactURL is the contact as a link, checked like every link of the site.
func contactURL(a config.Accessibility) string {
	if strings.HasPrefix(a.Contact, "https://") {
		return safeWebURL(a.Contact)
	}
	return schema.Mailto(a.Contact, "", "")
}
