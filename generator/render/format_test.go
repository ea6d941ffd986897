package render

import (
	"encoding/xml"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/words"
)

func TestMoney(t *testing.T) {
	for _, c := range []struct {
		v      float64
		fi, en string
	}{
		{0, "0 €", "€0"},
		{950, "950 €", "€950"},
		{1250000, "1 250 000 €", "€1,250,000"},
		{125000.5, "125 000,50 €", "€125,000.50"},
		{1234.005, "1 234,01 €", "€1,234.01"},
		{100000, "100 000 €", "€100,000"},
		{0.05, "0,05 €", "€0.05"},
		// At and above 2^63 cents or euros an int64 overflows: these once
		// came out as -92 233 720 368 547 758,-8 €.
		{1 << 63, "9 223 372 036 854 775 808 €", "€9,223,372,036,854,775,808"},
		{1e20, "100 000 000 000 000 000 000 €", "€100,000,000,000,000,000,000"},
		{1e17 + 0.5, "100 000 000 000 000 000 €", "€100,000,000,000,000,000"},
	} {
		if got := money(c.v, "fi"); got != c.fi {
			t.Errorf("money(%v, fi) = %q, want %q", c.v, got, c.fi)
		}
		if got := money(c.v, "en"); got != c.en {
			t.Errorf("money(%v, en) = %q, want %q", c.v, got, c.en)
		}
	}
}

func TestDate(t *testing.T) {
	for _, c := range []struct{ in, fi, en string }{
		{"2025-03-31", "31.3.2025", "31 Mar 2025"},
		{"2024-12-01", "1.12.2024", "1 Dec 2024"},
		{"not a date", "not a date", "not a date"},
	} {
		if got := date(c.in, "fi"); got != c.fi {
			t.Errorf("date(%q, fi) = %q, want %q", c.in, got, c.fi)
		}
		if got := date(c.in, "en"); got != c.en {
			t.Errorf("date(%q, en) = %q, want %q", c.in, got, c.en)
		}
	}
}

func TestFileSize(t *testing.T) {
	for _, c := range []struct {
		n      int64
		fi, en string
	}{
		{10, "1 kt", "1 KB"},
		{250_000, "245 kt", "245 KB"},
		{1_300_000, "1,2 Mt", "1.2 MB"},
	} {
		if got := fileSize(c.n, "fi"); got != c.fi {
			t.Errorf("fileSize(%d, fi) = %q, want %q", c.n, got, c.fi)
		}
		if got := fileSize(c.n, "en"); got != c.en {
			t.Errorf("fileSize(%d, en) = %q, want %q", c.n, got, c.en)
		}
	}
}

func TestTelHref(t *testing.T) {
	for in, want := range map[string]string{
		"09 310 1641":          "tel:093101641",
		"+358 40 123 4567":     "tel:+358401234567",
		"javascript:alert(1)":  "",
		"(09) 1234-567 ext. 2": "tel:0912345672",
		"":                     "",
	} {
		if got := telHref(in); got != want {
			t.Errorf("telHref(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCollateOrdersFinnishLetters(t *testing.T) {
	names := []string{"Öljy", "Åbo", "Ämpäri", "Zeta", "alfa", "Beta"}
	slices.SortFunc(names, func(a, b string) int {
		switch ka, kb := collate(a), collate(b); {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	want := []string{"alfa", "Beta", "Zeta", "Åbo", "Ämpäri", "Öljy"}
	if !slices.Equal(names, want) {
		t.Errorf("order %v, want %v", names, want)
	}
}

func TestEnumValuesHaveLabels(t *testing.T) {
	for _, g := range slices.Concat(slices.Collect(maps.Values(facetGroups))...) {
		field := g.key
		if field == "member" {
			continue
		}
		for _, v := range g.values {
			for _, lang := range []string{"fi", "en"} {
				if words.In(lang).Enum(field, v) == v {
					t.Errorf("no %s label for %s %q", lang, field, v)
				}
			}
		}
	}
}

func TestBodyHeadingsStartAtH2(t *testing.T) {
	for in, want := range map[string]string{
		"<h3 id=\"a\">A</h3><p>x &lt;h3</p><h4>B</h4>": "<h2 id=\"a\">A</h2><p>x &lt;h3</p><h3>B</h3>",
		"<h2>A</h2><h3>B</h3>":                         "<h2>A</h2><h3>B</h3>",
		"<p>none</p>":                                  "<p>none</p>",
		"<h4>deep</h4><h6>deeper</h6>":                 "<h2>deep</h2><h4>deeper</h4>",
	} {
		if got := topHeadingsAtH2(in); got != want {
			t.Errorf("topHeadingsAtH2(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCountAgreesWithTheNumber(t *testing.T) {
	for _, c := range []struct {
		lang, typ string
		n         int
		want      string
	}{
		{"fi", "projects", 1, "1 hanke"},
		{"fi", "projects", 10, "10 hanketta"},
		{"fi", "funding", 2, "2 rahoituslähdettä"},
		{"en", "actors", 1, "1 actor"},
		{"en", "funding", 3, "3 funding sources"},
		{"sv", "projects", 2, "2 projekt"},
	} {
		if got := (&Renderer{}).count(c.lang, c.typ, c.n); got != c.want {
			t.Errorf("count(%s, %s, %d) = %q, want %q", c.lang, c.typ, c.n, got, c.want)
		}
	}
}

func TestPlainASCIIIsWhatEscapeTextLeavesAlone(t *testing.T) {
	for _, s := range []string{"https://example.org/toimijat/vtt/", "a&b", "<x>", `"q"`, "it's", "tab\there", "äö", "\x01", "ok-123_~%20"} {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s))
		if plainASCII(s) && b.String() != s {
			t.Errorf("plainASCII(%q) is true, but EscapeText gives %q", s, b.String())
		}
	}
	if !plainASCII("https://example.org/en/themes/plastics/") {
		t.Error("a plain address is not plain")
	}
}
