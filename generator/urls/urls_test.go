package urls

import (
	"testing"

	"github.com/kimppa/kimppa/generator/config"
)

func TestTermPageNamesFurtherPagesInTheLanguage(t *testing.T) {
	cfg, diags := config.Parse([]byte(`title: T
languages: [fi, en, sv]
taxonomies:
  focus_areas:
    label: {fi: Teemat, en: Themes, sv: Teman}
    path: {fi: teemat, en: themes, sv: teman}
    terms:
      plastics: {fi: Muovit, en: Plastics, sv: Plast}
`))
	if cfg == nil || diags.Failed(false) {
		t.Fatalf("config: %v", diags)
	}
	s := New(cfg)
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"fi", 0, "/teemat/plastics/"},
		{"fi", 1, "/teemat/plastics/"},
		{"fi", 2, "/teemat/plastics/sivu/2/"},
		{"en", 1, "/en/themes/plastics/"},
		{"en", 12, "/en/themes/plastics/page/12/"},
		{"sv", 3, "/sv/teman/plastics/page/3/"}, // no label of its own
	} {
		if got := s.TermPage("focus_areas", "plastics", c.lang, c.n); got != c.want {
			t.Errorf("TermPage(%s, %d) = %s, want %s", c.lang, c.n, got, c.want)
		}
	}
}

func TestCallsPageIsNamedInTheLanguage(t *testing.T) {
	cfg, diags := config.Parse([]byte("title: T\nlanguages: [fi, en, sv]\n"))
	if cfg == nil || diags.Failed(false) {
		t.Fatalf("config: %v", diags)
	}
	s := New(cfg)
	for lang, want := range map[string]string{"fi": "/haut/", "en": "/en/calls/", "sv": "/sv/calls/"} {
		if got := s.Calls(lang); got != want {
			t.Errorf("Calls(%s) = %s, want %s", lang, got, want)
		}
	}
	for lang, want := range map[string]string{"fi": "/kimppahaku/", "en": "/en/partner-search/", "sv": "/sv/partner-search/"} {
		if got := s.Kimppahaku(lang); got != want {
			t.Errorf("Kimppahaku(%s) = %s, want %s", lang, got, want)
		}
	}
}

func TestFeedAndAccessibilityStatementPerLanguage(t *testing.T) {
	cfg, diags := config.Parse([]byte("title: T\nlanguages: [fi, en, de]\n"))
	if cfg == nil || diags.Failed(false) {
		t.Fatalf("config: %v", diags)
	}
	s := New(cfg)
	for _, c := range [][3]string{
		{s.Feed("fi"), "/feed.xml"}, {s.Feed("en"), "/en/feed.xml"},
		{s.Accessibility("fi"), "/saavutettavuus/"}, {s.Accessibility("en"), "/en/accessibility/"},
		{s.Accessibility("de"), "/de/accessibility/"},
	} {
		if c[0] != c[1] {
			t.Errorf("got %s, want %s", c[0], c[1])
		}
	}
}
