package config

import (
	"net/url"
	"regexp"
	"time"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/node"
	"gopkg.in/yaml.v3"
)

var (
	langPattern = regexp.MustCompile(`^[a-z]{2,3}$`)
	pathPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	topKeys     = []string{"title", "description", "base_url", "languages", "repository", "branch", "admins", "sections", "taxonomies", "tagline", "accessibility"}
	mailPattern = regexp.MustCompile(`^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$`)
)

// Parse reads kimppa.yaml. The returned Config is usable (defaults filled
// in) whenever the list has no errors.
func Parse(data []byte) (*Config, diag.List) {
	p := &parser{doc: &node.Doc{File: FileName}}
	c := &Config{Branch: "main", Sections: map[string]Localized{}}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, msg := node.ErrorLine(err)
		p.diags.Errorf(diag.Pos{File: FileName, Line: max(line, 1), Col: 1}, "", "check the indentation and quoting of the lines around it", "broken YAML: %s", msg)
		return nil, p.diags
	}
	top := node.Resolve(&root)
	if top == nil || top.Kind != yaml.MappingNode {
		p.diags.Errorf(diag.Pos{File: FileName, Line: 1, Col: 1}, "", "see the example in the README", "%s must be a mapping of settings", FileName)
		return nil, p.diags
	}
	seen := map[string]*yaml.Node{}
	for _, kv := range node.Pairs(top) {
		key, v := kv.Key.Value, node.Resolve(kv.Value)
		seen[key] = kv.Key
		switch key {
		case "title":
			c.Title = p.localized(key, v)
		case "description":
			c.Description = p.localized(key, v)
		case "base_url":
			c.BaseURL = p.baseURL(v)
		case "languages":
			c.Languages = p.languages(v)
		case "repository":
			c.Repository = p.str(key, v)
		case "branch":
			c.Branch = p.str(key, v)
		case "admins":
			c.Admins = p.strings(key, v)
		case "sections":
			p.sections(c, v)
		case "taxonomies":
			c.Taxonomies = p.taxonomies(v)
		case "tagline":
			c.Tagline = p.localized(key, v)
		case "accessibility":
			c.Accessibility = p.accessibility(v)
		default:
			p.diags.Errorf(p.doc.Pos(kv.Key), key, diag.DidYouMean(key, topKeys), "unknown setting %q", key)
		}
	}
	// A site without the key is a site written before it existed: it
	// keeps building, --strict too; its statement says it has no contact.
	if k := seen["accessibility"]; k != nil && c.Accessibility.Contact == "" {
		p.diags.Warnf(p.doc.Pos(k), "accessibility", "add accessibility: {contact: saavutettavuus@example.org, assessed: 2026-01-31}: the law (Act 306/2019) asks for a way to give feedback",
			"the accessibility statement has no feedback contact")
	}
	if seen["title"] == nil {
		p.diags.Errorf(diag.Pos{File: FileName, Line: 1, Col: 1}, "title", `add a line such as: title: {fi: "…", en: "…"}`, "missing required setting \"title\"")
	}
	if len(c.Languages) == 0 {
		c.Languages = []string{"fi", "en"}
	}
	for typ, def := range defaultSections {
		if c.Sections[typ] == nil {
			c.Sections[typ] = def
		}
	}
	return c, p.diags
}

type parser struct {
	doc   *node.Doc
	diags diag.List
}

func (p *parser) str(field string, v *yaml.Node) string {
	if v == nil || v.Kind != yaml.ScalarNode {
		p.diags.Errorf(p.doc.Pos(v), field, "", "%q must be text, not %s", field, node.Describe(v))
		return ""
	}
	return v.Value
}

func (p *parser) strings(field string, v *yaml.Node) []string {
	if node.IsNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		p.diags.Errorf(p.doc.Pos(v), field, "write a list: [a, b]", "%q must be a list, not %s", field, node.Describe(v))
		return nil
	}
	var out []string
	for _, item := range v.Content {
		if s := p.str(field, node.Resolve(item)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// localized accepts a plain string or a map of language → string.
func (p *parser) localized(field string, v *yaml.Node) Localized {
	if v != nil && v.Kind == yaml.ScalarNode {
		return Localized{"": v.Value}
	}
	if v == nil || v.Kind != yaml.MappingNode {
		p.diags.Errorf(p.doc.Pos(v), field, `write text, or {fi: "…", en: "…"}`, "%q must be text or a map of languages, not %s", field, node.Describe(v))
		return Localized{}
	}
	out := Localized{}
	for _, kv := range node.Pairs(v) {
		if !langPattern.MatchString(kv.Key.Value) {
			p.diags.Errorf(p.doc.Pos(kv.Key), field, "use language codes such as fi, sv, en", "%q is not a language code", kv.Key.Value)
			continue
		}
		out[kv.Key.Value] = p.str(field, node.Resolve(kv.Value))
	}
	return out
}

func (p *parser) baseURL(v *yaml.Node) string {
	s := p.str("base_url", v)
	u, err := url.Parse(s)
	if s != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "") {
		p.diags.Errorf(p.doc.Pos(v), "base_url", "write the full address, e.g. https://example.org/", "base_url %q is not an http(s) address", s)
	}
	return s
}

func (p *parser) languages(v *yaml.Node) []string {
	langs := p.strings("languages", v)
	if v == nil || v.Kind != yaml.SequenceNode {
		return langs
	}
	seen := map[string]bool{}
	for _, item := range v.Content {
		item = node.Resolve(item)
		if item == nil || item.Kind != yaml.ScalarNode {
			continue // reported by strings
		}
		switch l := item.Value; {
		case !langPattern.MatchString(l):
			p.diags.Errorf(p.doc.Pos(item), "languages", "use lower-case language codes such as fi, sv, en", "%q is not a language code", l)
		case seen[l]:
			p.diags.Errorf(p.doc.Pos(item), "languages", "remove the second one", "language %q is listed twice", l)
		default:
			seen[l] = true
		}
	}
	return langs
}

func (p *parser) sections(c *Config, v *yaml.Node) {
	if v == nil || v.Kind != yaml.MappingNode {
		p.diags.Errorf(p.doc.Pos(v), "sections", "", "sections must be a mapping of type → path")
		return
	}
	for _, kv := range node.Pairs(v) {
		typ := kv.Key.Value
		if _, ok := defaultSections[typ]; !ok {
			p.diags.Errorf(p.doc.Pos(kv.Key), "sections", diag.DidYouMean(typ, Types[:5]), "unknown content type %q in sections", typ)
			continue
		}
		c.Sections[typ] = p.path("sections."+typ, node.Resolve(kv.Value))
	}
}

// path reads a localized URL path segment and checks each is URL-safe.
func (p *parser) path(field string, v *yaml.Node) Localized {
	l := p.localized(field, v)
	for _, s := range l {
		if !pathPattern.MatchString(s) {
			p.diags.Errorf(p.doc.Pos(v), field, "use lower-case letters a–z, digits and hyphens", "path %q is not a valid URL segment", s)
		}
	}
	return l
}

func (p *parser) taxonomies(v *yaml.Node) []Taxonomy {
	if v == nil || v.Kind != yaml.MappingNode {
		p.diags.Errorf(p.doc.Pos(v), "taxonomies", "", "taxonomies must be a mapping")
		return nil
	}
	var out []Taxonomy
	for _, kv := range node.Pairs(v) {
		t := Taxonomy{Key: kv.Key.Value}
		if !regexp.MustCompile(`^[a-z][a-z0-9_]*$`).MatchString(t.Key) {
			p.diags.Errorf(p.doc.Pos(kv.Key), "taxonomies", "use lower-case letters, digits and _", "taxonomy name %q is not valid", t.Key)
		}
		body := node.Resolve(kv.Value)
		for _, f := range node.Pairs(body) {
			fv := node.Resolve(f.Value)
			switch f.Key.Value {
			case "label":
				t.Label = p.localized("label", fv)
			case "path":
				t.Path = p.path("path", fv)
			case "terms":
				t.Terms = p.terms(fv)
			default:
				p.diags.Errorf(p.doc.Pos(f.Key), f.Key.Value, diag.DidYouMean(f.Key.Value, []string{"label", "path", "terms"}), "unknown taxonomy setting %q", f.Key.Value)
			}
		}
		if t.Path == nil {
			t.Path = Localized{"": t.Key}
		}
		if t.Label == nil {
			t.Label = Localized{"": t.Key}
		}
		out = append(out, t)
	}
	return out
}

func (p *parser) terms(v *yaml.Node) []Term {
	if v == nil || v.Kind != yaml.MappingNode {
		p.diags.Errorf(p.doc.Pos(v), "terms", "write one term per line: construction: {fi: Rakentaminen, en: Construction}", "terms must be a mapping of term keys to labels, not %s", node.Describe(v))
		return nil
	}
	var out []Term
	for _, kv := range node.Pairs(v) {
		if !pathPattern.MatchString(kv.Key.Value) {
			p.diags.Errorf(p.doc.Pos(kv.Key), "terms", "use lower-case letters a–z, digits and hyphens", "term key %q is not valid", kv.Key.Value)
		}
		out = append(out, Term{Key: kv.Key.Value, Label: p.localized("terms."+kv.Key.Value, node.Resolve(kv.Value))})
	}
	return out
}

// accessibility reads the facts of the accessibility statement: contact
// (an e-mail address or an https address) and assessed (a date).
func (p *parser) accessibility(v *yaml.Node) Accessibility {
	var a Accessibility
	if node.IsNull(v) {
		return a
	}
	if v.Kind != yaml.MappingNode {
		p.diags.Errorf(p.doc.Pos(v), "accessibility", "write accessibility: {contact: saavutettavuus@example.org, assessed: 2026-01-31}", "accessibility must be a mapping, not %s", node.Describe(v))
		return a
	}
	for _, kv := range node.Pairs(v) {
		fv := node.Resolve(kv.Value)
		switch kv.Key.Value {
		case "contact":
			s := p.str("accessibility.contact", fv)
			u, err := url.Parse(s)
			web := err == nil && u.Scheme == "https" && u.Host != ""
			if s != "" && !web && !mailPattern.MatchString(s) {
				p.diags.Errorf(p.doc.Pos(fv), "accessibility.contact", "write an e-mail address or an https:// address", "accessibility contact %q is neither an e-mail address nor an https address", s)
				continue
			}
			a.Contact = s
		case "assessed":
			s := p.str("accessibility.assessed", fv)
			if _, err := time.Parse("2006-01-02", s); s != "" && err != nil {
				p.diags.Errorf(p.doc.Pos(fv), "accessibility.assessed", "write the date as YYYY-MM-DD", "accessibility assessed %q is not a date", s)
				continue
			}
			a.Assessed = s
		default:
			p.diags.Errorf(p.doc.Pos(kv.Key), "accessibility", diag.DidYouMean(kv.Key.Value, []string{"contact", "assessed"}), "unknown accessibility setting %q", kv.Key.Value)
		}
	}
	return a
}
