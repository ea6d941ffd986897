package config

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestParseReadsEverySetting(t *testing.T) {
	c, diags := Parse([]byte(`title: {fi: Kiertotalouslaakso, en: Circular Valley}
description: Yksi kuvaus kaikille kielille
base_url: https://example.org/portal/
languages: [fi, sv, en]
repository: https://github.com/org/repo
branch: trunk
admins: [admin-a, admin-b]
data_license: CC0-1.0
sections:
  actors: {fi: toimijat, sv: aktorer, en: actors}
taxonomies:
  focus_areas:
    label: {fi: Teema-alueet, en: Focus areas}
    path: {fi: teemat, en: themes}
    terms:
      construction: {fi: Rakentaminen, en: Construction}
      plastics: Muovit
  regions:
    terms:
      uusimaa: Uusimaa
`))
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	if c.Title.In("en", "fi") != "Circular Valley" || c.Title.In("sv", "fi") != "Kiertotalouslaakso" {
		t.Errorf("title = %v", c.Title)
	}
	if c.Description.In("en", "fi") != "Yksi kuvaus kaikille kielille" {
		t.Errorf("a plain string serves every language: %v", c.Description)
	}
	if c.BaseURL != "https://example.org/portal/" || c.Repository != "https://github.com/org/repo" || c.Branch != "trunk" {
		t.Errorf("base_url %q, repository %q, branch %q", c.BaseURL, c.Repository, c.Branch)
	}
	if !slices.Equal(c.Languages, []string{"fi", "sv", "en"}) || c.DefaultLang() != "fi" || !c.HasLang("sv") || c.HasLang("de") {
		t.Errorf("languages %q", c.Languages)
	}
	if !slices.Equal(c.Admins, []string{"admin-a", "admin-b"}) {
		t.Errorf("admins %q", c.Admins)
	}
	if c.DataLicense != "CC0-1.0" {
		t.Errorf("data_license %q", c.DataLicense)
	}
	for _, tc := range []struct{ typ, lang, want string }{
		{"actors", "sv", "aktorer"},
		{"actors", "de", "toimijat"}, // falls back to the default language
		{"services", "fi", "palvelut"},
		{"funding", "en", "funding"},
	} {
		if got := c.Section(tc.typ, tc.lang); got != tc.want {
			t.Errorf("Section(%s, %s) = %q, want %q", tc.typ, tc.lang, got, tc.want)
		}
	}
	if got := c.TaxonomyKeys(); !slices.Equal(got, []string{"focus_areas", "regions"}) {
		t.Errorf("taxonomies in file order: %q", got)
	}
	fa, ok := c.Taxonomy("focus_areas")
	if !ok || !slices.Equal(fa.TermKeys(), []string{"construction", "plastics"}) || fa.Path.In("en", "fi") != "themes" {
		t.Fatalf("focus_areas = %+v", fa)
	}
	if term, ok := fa.Term("plastics"); !ok || term.Label.In("en", "fi") != "Muovit" {
		t.Errorf("plastics = %+v", term)
	}
	if _, ok := fa.Term("textiles"); ok {
		t.Error("an unknown term was found")
	}
	r, _ := c.Taxonomy("regions")
	if r.Path.In("fi", "fi") != "regions" || r.Label.In("fi", "fi") != "regions" {
		t.Errorf("a taxonomy without path and label is named by its key: %+v", r)
	}
	if _, ok := c.Taxonomy("business_models"); ok {
		t.Error("an unconfigured taxonomy was found")
	}
}

func TestParseFillsDefaults(t *testing.T) {
	c, diags := Parse([]byte("title: Testi\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if !slices.Equal(c.Languages, []string{"fi", "en"}) || c.Branch != "main" || c.DataLicense != "CC-BY-4.0" {
		t.Errorf("languages %q, branch %q, data_license %q", c.Languages, c.Branch, c.DataLicense)
	}
	for _, typ := range Types[:5] {
		if c.Section(typ, "fi") == "" || c.Section(typ, "en") == "" {
			t.Errorf("no default section for %s", typ)
		}
	}
}

func TestLocalizedIn(t *testing.T) {
	l := Localized{"fi": "Muovit", "en": "Plastics"}
	for _, tc := range []struct{ lang, def, want string }{
		{"en", "fi", "Plastics"},
		{"sv", "fi", "Muovit"},
		{"sv", "de", "Plastics"}, // neither: the first by language code
	} {
		if got := l.In(tc.lang, tc.def); got != tc.want {
			t.Errorf("In(%s, %s) = %q, want %q", tc.lang, tc.def, got, tc.want)
		}
	}
	if got := (Localized{}).In("fi", "fi"); got != "" {
		t.Errorf("empty In = %q", got)
	}
}

func TestParseReportsProblemsAtTheirLines(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // pos: message
	}{
		{"broken yaml", "title: [Testi\n", []string{"1:1: broken YAML: "}},
		{"not a mapping", "- a\n- b\n", []string{"1:1: kimppa.yaml must be a mapping of settings"}},
		{"missing title", "languages: [fi]\n", []string{`1:1: missing required setting "title"`}},
		{"unknown setting", "title: x\nbase-url: https://example.org/\n", []string{`2:1: unknown setting "base-url"`}},
		{"bad base url", "title: x\nbase_url: example.org\n", []string{`2:11: base_url "example.org" is not an http(s) address`}},
		{"languages not a list", "title: x\nlanguages: fi\n", []string{`2:12: "languages" must be a list, not text`}},
		{"bad language", "title: x\nlanguages:\n  - fi\n  - Suomi\n  - fi\n", []string{`4:5: "Suomi" is not a language code`, `5:5: language "fi" is listed twice`}},
		{"title list", "title: [a, b]\n", []string{`1:8: "title" must be text or a map of languages, not a list`}},
		{"bad label language", "title: {fi: a, FIN: b}\n", []string{`1:16: "FIN" is not a language code`}},
		{"unknown section", "title: x\nsections:\n  projekts: {fi: hankkeet}\n", []string{`3:3: unknown content type "projekts" in sections`}},
		{"bad section path", "title: x\nsections:\n  actors: {fi: Toimijat}\n", []string{`3:16: path "Toimijat" is not a valid URL segment`}},
		{"invalid utf-8", "title: x\ndescription: K\xe4vely\n", []string{`2:15: invalid UTF-8: byte 0xE4`}},
		{"no languages", "title: x\nlanguages: []\n", []string{`2:12: languages must list at least one language`}},
		{"repository not https", "title: x\nrepository: http://github.com/org/repo\n", []string{`2:13: repository "http://github.com/org/repo" is not an https address`}},
		{"repository javascript", "title: x\nrepository: javascript:alert(1)//\n", []string{`2:13: repository "javascript:alert(1)//" is not an https address`}},
		{"base url javascript", "title: x\nbase_url: javascript:alert(1)//\n", []string{`2:11: base_url "javascript:alert(1)//" is not an http(s) address`}},
		{"base url quote", "title: x\nbase_url: 'https://example.org/\"><script>'\n", []string{`2:11: base_url "https://example.org/\"><script>" contains a character`}},
		{"base url fragment", "title: x\nbase_url: https://example.org/#x\n", []string{`2:11: base_url "https://example.org/#x" must be a plain address`}},
		{"section on a language's path", "title: x\nlanguages: [fi, en]\nsections:\n  actors: {fi: en, en: actors}\n",
			[]string{`4:16: path "en" of section actors is taken by the site's own pages and files`}},
		{"taxonomy on the open data's path", "title: x\ntaxonomies:\n  data:\n    terms: {a: A}\n",
			[]string{`3:3: path "data" of taxonomy data is taken by the site's own pages and files`}},
		{"two sections one path", "title: x\nsections:\n  actors: {fi: toimijat}\n  services: {fi: toimijat, en: services}\n",
			[]string{`4:18: path "toimijat" in fi is already used by section actors`}},
		{"taxonomy on a section's default path", "title: x\ntaxonomies:\n  focus:\n    path: {fi: teemat, en: projects}\n",
			[]string{`4:28: path "projects" in en is already used by section projects (its default path`}},
		{"taxonomy named like a section", "title: x\ntaxonomies:\n  funding:\n    terms: {a: A}\n",
			[]string{`3:3: path "funding" in en is already used by section funding (its default path`}},
		{"two taxonomies one path", "title: x\ntaxonomies:\n  a:\n    path: teemat\n  b:\n    path: {fi: teemat, en: themes}\n",
			[]string{`6:16: path "teemat" in fi is already used by taxonomy a`}},
		{"section after taxonomy", "title: x\ntaxonomies:\n  a:\n    path: palvelut\nsections:\n  services: {fi: palvelut}\n",
			[]string{`6:18: path "palvelut" in fi is already used by taxonomy a`}},
		{"bad taxonomy", "title: x\ntaxonomies:\n  Focus-Areas:\n    terms: {a: A}\n", []string{`3:3: taxonomy name "Focus-Areas" is not valid`}},
		{"unknown taxonomy setting", "title: x\ntaxonomies:\n  focus:\n    lable: x\n", []string{`4:5: unknown taxonomy setting "lable"`}},
		{"terms list", "title: x\ntaxonomies:\n  focus:\n    terms: [a, b]\n", []string{`4:12: terms must be a mapping of term keys to labels, not a list`}},
		{"bad data licence", "title: x\ndata_license: CC BY 4.0\n", []string{`2:15: data_license "CC BY 4.0" is not an SPDX licence id`}},
		{"data licence list", "title: x\ndata_license: [CC-BY-4.0]\n", []string{`2:15: "data_license" must be text, not a list`}},
		{"bad term", "title: x\ntaxonomies:\n  focus:\n    terms:\n      Puu: Puu\n", []string{`5:7: term key "Puu" is not valid`}},
		{"short label without a name", "title: x\ntaxonomies:\n  focus:\n    terms:\n      puu: {short: Puu}\n", []string{`5:12: term "puu" has a short label but no name`}},
		{"short label list", "title: x\ntaxonomies:\n  focus:\n    terms:\n      puu: {fi: Puu, short: [a]}\n", []string{`5:29: "terms.puu.short" must be text or a map of languages, not a list`}},
	} {
		_, diags := Parse([]byte(tc.src))
		var got []string
		for _, d := range diags {
			if d.Pos.File != FileName {
				t.Errorf("%s: diagnostic in %q", tc.name, d.Pos.File)
			}
			got = append(got, d.Pos.String()[len(FileName)+1:]+": "+d.Message)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tc.want[i]) {
				t.Errorf("%s: got %q, want %q", tc.name, got[i], tc.want[i])
			}
		}
	}
}

// A term may carry a short display label beside its full name; without
// one, ShortIn is the full name.
func TestParseReadsATermsShortLabel(t *testing.T) {
	c, diags := Parse([]byte(`title: x
taxonomies:
  sdg:
    terms:
      sdg-1: {fi: "Poistaa köyhyys sen kaikissa muodoissa kaikkialta", en: "End poverty in all its forms everywhere", short: {fi: "1 Ei köyhyyttä", en: "1 No poverty"}}
      sdg-2: {fi: "Poistaa nälkä", short: "2"}
      sdg-3: {fi: "Taata terveellinen elämä"}
`))
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	tax, _ := c.Taxonomy("sdg")
	for _, tc := range []struct{ key, lang, full, short string }{
		{"sdg-1", "en", "End poverty in all its forms everywhere", "1 No poverty"},
		{"sdg-1", "fi", "Poistaa köyhyys sen kaikissa muodoissa kaikkialta", "1 Ei köyhyyttä"},
		{"sdg-2", "en", "Poistaa nälkä", "2"},
		{"sdg-3", "en", "Taata terveellinen elämä", "Taata terveellinen elämä"},
	} {
		term, _ := tax.Term(tc.key)
		if got := term.Label.In(tc.lang, "fi"); got != tc.full {
			t.Errorf("%s %s: full name %q, want %q", tc.key, tc.lang, got, tc.full)
		}
		if got := term.ShortIn(tc.lang, "fi"); got != tc.short {
			t.Errorf("%s %s: short label %q, want %q", tc.key, tc.lang, got, tc.short)
		}
	}
}

func TestParseReadsTaglineAndAccessibility(t *testing.T) {
	c, diags := Parse([]byte(`title: T
tagline: {fi: "Kimpassa.", en: "Together."}
accessibility:
  contact: saavutettavuus@example.org
  assessed: 2026-11-30
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if c.Tagline.In("en", "fi") != "Together." || c.Accessibility.Contact != "saavutettavuus@example.org" || c.Accessibility.Assessed != "2026-11-30" {
		t.Errorf("tagline %v, accessibility %+v", c.Tagline, c.Accessibility)
	}
	c, _ = Parse([]byte("title: T\naccessibility: {contact: \"https://example.org/palaute\"}\n"))
	if got := c.Accessibility.Contact; got != "https://example.org/palaute" {
		t.Errorf("Contact = %q", got)
	}
	// A site written before the keys existed builds as it did, with no
	// warning even under --strict.
	c, diags = Parse([]byte("title: T\n"))
	if len(diags) > 0 || c.Tagline != nil || c.Accessibility != (Accessibility{}) {
		t.Errorf("old site: %v, %+v", diags, c)
	}
}

func TestParseChecksAccessibility(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"accessibility: {assessed: 2026-01-01}\n", "2:1: warning: the accessibility statement has no feedback contact"},
		{"accessibility:\n  contact: http://example.org/\n", `3:12: error: accessibility contact "http://example.org/" is neither an e-mail address nor an https address`},
		{"accessibility:\n  contact: palaute\n", `3:12: error: accessibility contact "palaute" is neither`},
		{"accessibility:\n  contact: a@b.fi\n  assessed: 30.11.2026\n", `4:13: error: "30.11.2026" is not a valid date in "accessibility.assessed"`},
		{"accessibility:\n  contact: a@b.fi\n  assessed: 9999-12-31\n", `4:13: error: "9999-12-31" is not a plausible date in "accessibility.assessed": dates are from 1900 to 2099`},
		{"accessibility:\n  contact: a@b.fi\n  kontakti: x\n", `4:3: error: unknown accessibility setting "kontakti"`},
		{"accessibility: a@b.fi\n", `2:16: error: accessibility must be a mapping, not text`},
	} {
		_, diags := Parse([]byte("title: T\n" + tc.src))
		var got []string
		for _, d := range diags {
			got = append(got, strings.TrimPrefix(d.String(), FileName+":"))
		}
		if len(got) == 0 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestNewSiteStyleEmptyAccessibilityOnlyWarns(t *testing.T) {
	c, diags := Parse([]byte("title: T\naccessibility:\n  contact: \"\"\n  assessed: \"\"\n"))
	if diags.Errors() != 0 || diags.Warnings() != 1 || c.Accessibility != (Accessibility{}) {
		t.Errorf("diags %v, accessibility %+v", diags, c.Accessibility)
	}
}

// A kimppa.yaml without the accessibility setting builds, but check warns.
func TestMissingAccessibilityIsACheckWarning(t *testing.T) {
	c, diags := Parse([]byte("title: T\n"))
	if len(diags) > 0 {
		t.Fatalf("Parse: %v", diags)
	}
	w := c.MissingA11y()
	if len(w) != 1 || w.Warnings() != 1 || !strings.Contains(w[0].Message, "no accessibility setting") {
		t.Errorf("MissingA11y = %v", w)
	}
	c, _ = Parse([]byte("title: T\naccessibility: {contact: a@b.fi}\n"))
	if w := c.MissingA11y(); len(w) != 0 {
		t.Errorf("a site with the setting: %v", w)
	}
}

// TestConfigTextRefusesControlAndBidiCharacters: kimppa.yaml's texts are
// checked like content's, as decoded values.
func TestConfigTextRefusesControlAndBidiCharacters(t *testing.T) {
	for _, src := range []string{
		"title: \"Klusteri\\e[31m\"\n",
		"title: {fi: \"Klusteri\\x07\"}\n",
		"title: T\ntagline: \"\\u202eirets\"\n",
		"title: T\ntaxonomies:\n  focus_areas:\n    terms:\n      a: {fi: \"A\\0\"}\n",
	} {
		if _, diags := Parse([]byte(src)); !strings.Contains(fmt.Sprint(diags), "contains the") {
			t.Errorf("%q: %v", src, diags)
		}
	}
}

// TestAdminsAreGitHubHandles: an admin is a GitHub user name (one leading
// @ allowed); a line break or space in one could write a CODEOWNERS rule.
func TestAdminsAreGitHubHandles(t *testing.T) {
	for src, want := range map[string]string{
		"title: T\nadmins: [maija, \"@Kimppa-Admin\", a1-b2]\n": "",
		"title: T\nadmins: [\"maija\\n* @evil\"]\n":             `"maija\n* @evil" is not a GitHub user name`,
		"title: T\nadmins: [\"maija @evil\"]\n":                 `"maija @evil" is not a GitHub user name`,
		"title: T\nadmins: [-maija]\n":                          `"-maija" is not a GitHub user name`,
		"title: T\nadmins: [maija-]\n":                          `"maija-" is not a GitHub user name`,
		"title: T\nadmins: [maija--m]\n":                        `"maija--m" is not a GitHub user name`,
		"title: T\nadmins: [org/team]\n":                        `"org/team" is not a GitHub user name`,
		"title: T\nadmins: [" + strings.Repeat("a", 40) + "]\n": "is not a GitHub user name",
		"title: T\nadmins:\n  - ok\n  - \"@@two\"\n":            `4:5: error: "@@two" is not a GitHub user name`,
	} {
		c, diags := Parse([]byte(src))
		got := fmt.Sprint(diags)
		if want == "" && len(diags) > 0 || want != "" && !strings.Contains(got, want) {
			t.Errorf("%q: %s, want %q", src, got, want)
		}
		for _, a := range c.Admins {
			if strings.ContainsAny(a, " \n/") {
				t.Errorf("%q: admin %q kept", src, a)
			}
		}
	}
}
