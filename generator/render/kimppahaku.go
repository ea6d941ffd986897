package render

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/schema"
)

// kimppahakuPage is /kimppahaku/: a visitor writes a need in their own
// words and picks themes, kinds and what to find. With JavaScript,
// search.js's match() ranks what could meet it on the page; without, the
// form is a search (the same field names as the search page's filters).
type kimppahakuPage struct {
	Intro  string
	Action string // the search page, for the form without JavaScript
	Base   string
	Labels string // JSON of the page script's labels
	Script string
	// Preload: the search client's modules, the index's entry file and
	// the index files every need reads (Options.NeedFiles), fetched with
	// the page rather than one after another when the script imports and
	// reads them (a need in the URL is matched on load)
	Modules []string
	Entry   string
	Data    []string
	Groups  []choiceGroup
}

// choiceGroup is a set of checkboxes named Name.
type choiceGroup struct {
	Name    string
	Legend  string
	Choices []choice
}

type choice struct {
	Value   string
	Label   string
	Checked bool
}

// kimppahakuTypes are what the page finds, all of them at first.
var kimppahakuTypes = []string{"actors", "services", "challenges", "funding"}

func (r *Renderer) kimppahakuView(v *pageView) {
	lang := v.Lang
	labels, err := json.Marshal(r.kimppahakuLabels(lang))
	if err != nil {
		labels = []byte("{}")
	}
	kp := &kimppahakuPage{Intro: r.label(lang, "kimppahaku_intro"), Action: r.urls.Href(r.urls.Search(lang)), Base: r.urls.BasePath(), Labels: string(labels)}
	if r.hasAsset("js/kimppahaku.js") {
		kp.Script = r.asset("js/kimppahaku.js")
		kp.Modules, kp.Entry = r.searchModules()
		if kp.Entry != "" {
			for _, name := range r.opts.NeedFiles {
				kp.Data = append(kp.Data, r.urls.Href(r.urls.Asset(name)))
			}
		}
	}
	g := choiceGroup{Name: "type", Legend: r.label(lang, "kimppahaku_find")}
	for _, typ := range kimppahakuTypes {
		g.Choices = append(g.Choices, choice{Value: typ, Label: r.label(lang, "kimppahaku_type_"+typ), Checked: true})
	}
	kp.Groups = append(kp.Groups, g)
	for _, t := range r.cfg.Taxonomies {
		g := choiceGroup{Name: t.Key, Legend: t.Label.In(lang, r.def)}
		for _, term := range t.Terms {
			g.Choices = append(g.Choices, choice{Value: term.Key, Label: term.Display(lang, r.def)})
		}
		kp.Groups = append(kp.Groups, g)
	}
	g = choiceGroup{Name: "kind", Legend: r.label(lang, "kimppahaku_kinds")}
	for _, k := range schema.ActorKinds {
		g.Choices = append(g.Choices, choice{Value: k, Label: r.enumLabel(lang, "kind", k)})
	}
	kp.Groups = append(kp.Groups, g)
	v.Template = "kimppahaku.html"
	v.Title = Text{S: r.label(lang, "nav_kimppahaku")}
	v.Description = kp.Intro
	v.Crumbs = r.crumbs(lang, v.Title, r.urls.Kimppahaku(lang))
	v.Main = kp
}

// kimppahakuLabels are the texts the page script writes, in lang.
func (r *Renderer) kimppahakuLabels(lang string) map[string]string {
	out := map[string]string{"site": r.cfg.Title.In(lang, r.def)}
	for _, k := range []string{"kimppahaku_results", "kimppahaku_results_one", "kimppahaku_none", "kimppahaku_empty", "kimppahaku_loading", "kimppahaku_error",
		"reason_terms", "reason_words", "reason_kind", "reason_via_service", "quote_open", "quote_close",
		"kimppahaku_mail_subject", "kimppahaku_mail_body", "contact", "contact_to", "kimppahaku_open_page",
		"strength_strong", "strength_possible", "fit_share", "no_strong_match", "kimppahaku_post_challenge", "see_contacts", "see_contacts_of"} {
		out[k] = r.label(lang, k)
	}
	// a need nobody meets well can be posted as a challenge: the
	// repository's challenge issue form, which the page fills in
	if repo := strings.TrimSuffix(r.cfg.Repository, "/"); strings.HasPrefix(repo, "https://github.com/") {
		out["challenge_form"] = repo + "/issues/new?template=challenges.yml"
	}
	for _, typ := range kimppahakuTypes {
		out["one_"+typ] = r.label(lang, "one_"+typ)
	}
	for _, k := range schema.ActorKinds {
		out["kind_"+k] = r.enumLabel(lang, "kind", k)
	}
	return out
}

// searchModules are the published search client's modules (search/*.js)
// and its index's entry file; none without an asset table (tests).
func (r *Renderer) searchModules() ([]string, string) {
	var names []string
	for name := range r.opts.Assets {
		if strings.HasPrefix(name, "search/") && strings.HasSuffix(name, ".js") {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil, ""
	}
	slices.Sort(names)
	for i, name := range names {
		names[i] = r.asset(name)
	}
	return names, r.urls.Href(r.urls.Asset("search/index.json"))
}
