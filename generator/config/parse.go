package config

import (
	"cmp"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/node"
	"github.com/kimppa/kimppa/generator/schema"
	"gopkg.in/yaml.v3"
)

var (
	langPattern = regexp.MustCompile(`^[a-z]{2,3}$`)
	pathPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	topKeys     = []string{"title", "description", "base_url", "languages", "repository", "branch", "admins", "sections", "taxonomies", "data_license", "tagline", "accessibility"}
	// licensePattern is the form of an SPDX licence id or expression
	// ("CC-BY-4.0", "LicenseRef-oma", "CC-BY-4.0 OR ODbL-1.0").
	licensePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.+-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*$`)
)

// Parse reads kimppa.yaml. The returned Config is usable (defaults filled
// in) whenever the list has no errors.
func Parse(data []byte) (*Config, diag.List) {
	p := &parser{doc: &node.Doc{File: FileName}}
	c := &Config{Branch: "main", Sections: map[string]Localized{}, DataLicense: DefaultDataLicense}
	if d := diag.CheckUTF8(FileName, data); d != nil {
		p.diags.Add(*d)
		return nil, p.diags
	}
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
			c.Repository = p.repository(v)
		case "branch":
			c.Branch = p.str(key, v)
		case "admins":
			c.Admins = p.handles(key, v)
		case "sections":
			p.sections(c, v)
		case "taxonomies":
			c.Taxonomies = p.taxonomies(v)
		case "data_license":
			if s := p.str(key, v); licensePattern.MatchString(s) {
				c.DataLicense = s
			} else if v != nil && v.Kind == yaml.ScalarNode {
				p.diags.Errorf(p.doc.Pos(v), key, "write an SPDX licence id, e.g. CC-BY-4.0, CC0-1.0 or ODbL-1.0", "data_license %q is not an SPDX licence id", s)
			}
		case "tagline":
			c.Tagline = p.localized(key, v)
		case "accessibility":
			c.Accessibility = p.accessibility(v)
			c.a11yGiven = true
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
	p.uniquePaths(c)
	return c, p.diags
}

type parser struct {
	doc   *node.Doc
	diags diag.List
	paths []pathUse // the URL paths written in sections and taxonomies, in file order
}

// pathUse is one URL path segment written in kimppa.yaml.
type pathUse struct {
	owner string // "section actors", "taxonomy focus_areas"
	lang  string // "" when it serves every language
	path  string
	pos   diag.Pos
}

func (p *parser) str(field string, v *yaml.Node) string {
	if v == nil || v.Kind != yaml.ScalarNode {
		p.diags.Errorf(p.doc.Pos(v), field, "", "%q must be text, not %s", field, node.Describe(v))
		return ""
	}
	if pr := schema.CheckChars(field, v.Value, false); pr != nil {
		p.diags.Errorf(p.doc.Pos(v), field, pr.Hint, "%s", pr.Message)
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

// handles reads a list of GitHub user names (schema.ValidHandle). One
// leading @ is allowed, as admins have always been written with and
// without it; anything else is an error at its line.
func (p *parser) handles(field string, v *yaml.Node) []string {
	if node.IsNull(v) || v.Kind != yaml.SequenceNode {
		return p.strings(field, v) // reports what is not a list
	}
	var out []string
	for _, item := range v.Content {
		item = node.Resolve(item)
		h := p.str(field, item)
		switch {
		case h == "":
		case !schema.ValidHandle(strings.TrimPrefix(h, "@")):
			p.diags.Errorf(p.doc.Pos(item), field, "write the GitHub user name without @, e.g. maija-meikalainen", "%q is not a GitHub user name", h)
		default:
			out = append(out, h)
		}
	}
	return out
}

// localized accepts a plain string or a map of language → string.
func (p *parser) localized(field string, v *yaml.Node) Localized {
	if v != nil && v.Kind == yaml.ScalarNode {
		return Localized{"": p.str(field, v)}
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
	if s == "" {
		return s
	}
	if msg, hint := CheckBaseURL(s); msg != "" {
		p.diags.Errorf(p.doc.Pos(v), "base_url", hint, "base_url %s", msg)
	}
	return s
}

// CheckBaseURL applies the rules of base_url to s, which the --base-url
// flag follows too. It returns what is wrong with s (to follow "base_url"
// or the flag's name) and a hint, or "" when s is a valid address.
// base_url reaches og:url, the sitemap and robots.txt, so it must be a
// plain http(s) address: no other scheme, no user, query or fragment, and
// no spaces, quotes or control characters.
func CheckBaseURL(s string) (msg, hint string) {
	u, err := url.Parse(s)
	switch {
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "":
		return fmt.Sprintf("%q is not an http(s) address", s), "write the full address, e.g. https://example.org/"
	case strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f || strings.ContainsRune(`"'<>\^{|}`+"`", r) }):
		return fmt.Sprintf("%q contains a character that is not allowed in an address", s), "write the address without spaces, quotes or <>; encode other characters as %XX"
	case u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(s, "#"):
		return fmt.Sprintf("%q must be a plain address, without a user name, ? query or # fragment", s), "write only the scheme, host and path, e.g. https://example.org/portal/"
	}
	return "", ""
}

// repository is the site's source repository, linked as "Edit this page":
// an https address.
func (p *parser) repository(v *yaml.Node) string {
	s := p.str("repository", v)
	u, err := url.Parse(s)
	if s != "" && (err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f })) {
		p.diags.Errorf(p.doc.Pos(v), "repository", "write the repository's https address, e.g. https://github.com/ORG/REPO", "repository %q is not an https address", s)
		return ""
	}
	return s
}

func (p *parser) languages(v *yaml.Node) []string {
	langs := p.strings("languages", v)
	if v == nil || v.Kind != yaml.SequenceNode {
		return langs
	}
	if len(v.Content) == 0 {
		p.diags.Errorf(p.doc.Pos(v), "languages", "list the site's languages, the default first, e.g. languages: [fi, en]", "languages must list at least one language")
		return nil
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
			p.diags.Errorf(p.doc.Pos(kv.Key), "sections", diag.DidYouMean(typ, SectionTypes), "unknown content type %q in sections", typ)
			continue
		}
		c.Sections[typ] = p.path("sections."+typ, "section "+typ, node.Resolve(kv.Value))
	}
}

// path reads a localized URL path segment of owner and checks each is
// URL-safe.
func (p *parser) path(field, owner string, v *yaml.Node) Localized {
	l := p.localized(field, v)
	at := map[string]*yaml.Node{"": v}
	if v != nil && v.Kind == yaml.MappingNode {
		at = map[string]*yaml.Node{}
		for _, kv := range node.Pairs(v) {
			at[kv.Key.Value] = node.Resolve(kv.Value)
		}
	}
	for _, lang := range slices.Sorted(maps.Keys(l)) {
		s := l[lang]
		if !pathPattern.MatchString(s) {
			p.diags.Errorf(p.doc.Pos(at[lang]), field, "use lower-case letters a–z, digits and hyphens", "path %q is not a valid URL segment", s)
			continue
		}
		p.paths = append(p.paths, pathUse{owner: owner, lang: lang, path: s, pos: p.doc.Pos(at[lang])})
	}
	return l
}

// uniquePaths reports a section or taxonomy whose path, in one of the
// site's languages, is already another's: their pages would overwrite
// each other. The second one written is reported; the default paths of
// the sections kimppa.yaml leaves out count as written first.
func (p *parser) uniquePaths(c *Config) {
	var uses []pathUse
	for _, typ := range Types[:5] {
		if !slices.ContainsFunc(p.paths, func(u pathUse) bool { return u.owner == "section "+typ }) {
			for _, lang := range c.Languages {
				uses = append(uses, pathUse{owner: "section " + typ, lang: lang, path: c.Section(typ, lang)})
			}
		}
	}
	written := slices.Clone(p.paths)
	slices.SortStableFunc(written, func(a, b pathUse) int {
		return cmp.Or(cmp.Compare(a.pos.Line, b.pos.Line), cmp.Compare(a.pos.Col, b.pos.Col))
	})
	uses = append(uses, written...)
	reported := map[pathUse]bool{}
	for _, u := range written {
		if slices.Contains(ReservedPaths, u.path) || slices.Contains(c.Languages, u.path) {
			reported[u] = true
			p.diags.Errorf(u.pos, "", "choose another path", "path %q of %s is taken by the site's own pages and files (%s, and the language codes)", u.path, u.owner, strings.Join(ReservedPaths, ", "))
		}
	}
	for _, lang := range c.Languages {
		first := map[string]pathUse{}
		for _, u := range uses {
			if u.lang != "" && u.lang != lang {
				continue
			}
			// A plain path serves every language unless the owner names
			// this language itself.
			if u.lang == "" && slices.ContainsFunc(uses, func(o pathUse) bool { return o.owner == u.owner && o.lang == lang }) {
				continue
			}
			prev, taken := first[u.path]
			switch {
			case !taken:
				first[u.path] = u
			case prev.owner == u.owner, reported[u]:
			default:
				reported[u] = true
				by := prev.owner
				if prev.pos.File == "" {
					by += " (its default path; set it under sections to free this one)"
				}
				p.diags.Errorf(u.pos, "", "give every section and taxonomy a path of its own in each language",
					"path %q in %s is already used by %s: their pages would overwrite each other", u.path, lang, by)
			}
		}
	}
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
				t.Path = p.path("path", "taxonomy "+t.Key, fv)
			case "terms":
				t.Terms = p.terms(fv)
			default:
				p.diags.Errorf(p.doc.Pos(f.Key), f.Key.Value, diag.DidYouMean(f.Key.Value, []string{"label", "path", "terms"}), "unknown taxonomy setting %q", f.Key.Value)
			}
		}
		if t.Path == nil {
			t.Path = Localized{"": t.Key}
			p.paths = append(p.paths, pathUse{owner: "taxonomy " + t.Key, path: t.Key, pos: p.doc.Pos(kv.Key)})
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
		out = append(out, p.term(kv.Key.Value, node.Resolve(kv.Value)))
	}
	return out
}

// term reads a term's label: text, {fi: …, en: …}, or either with a
// display label beside it: {fi: …, en: …, short: {fi: …, en: …}}.
func (p *parser) term(key string, v *yaml.Node) Term {
	t := Term{Key: key}
	if v == nil || v.Kind != yaml.MappingNode {
		t.Label = p.localized("terms."+key, v)
		return t
	}
	full := &yaml.Node{Kind: yaml.MappingNode, Tag: v.Tag, Line: v.Line, Column: v.Column}
	for _, kv := range node.Pairs(v) {
		if kv.Key.Value == "short" {
			t.Short = p.localized("terms."+key+".short", node.Resolve(kv.Value))
			continue
		}
		full.Content = append(full.Content, kv.Key, kv.Value)
	}
	if len(full.Content) == 0 && len(t.Short) > 0 {
		p.diags.Errorf(p.doc.Pos(v), "terms."+key, `write the full name beside the short one: {fi: "…", en: "…", short: {fi: "…", en: "…"}}`, "term %q has a short label but no name", key)
	}
	t.Label = p.localized("terms."+key, full)
	return t
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
			if s != "" && !web && !schema.ValidEmail(s) {
				p.diags.Errorf(p.doc.Pos(fv), "accessibility.contact", "write an e-mail address or an https:// address", "accessibility contact %q is neither an e-mail address nor an https address", s)
				continue
			}
			a.Contact = s
		case "assessed":
			s := p.str("accessibility.assessed", fv)
			if pr := schema.CheckDate("accessibility.assessed", s); s != "" && pr != nil {
				p.diags.Errorf(p.doc.Pos(fv), "accessibility.assessed", pr.Hint, "%s", pr.Message)
				continue
			}
			a.Assessed = s
		default:
			p.diags.Errorf(p.doc.Pos(kv.Key), "accessibility", diag.DidYouMean(kv.Key.Value, []string{"contact", "assessed"}), "unknown accessibility setting %q", kv.Key.Value)
		}
	}
	return a
}
