package match_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
)

// TestNeedTalkIsNoReason: the words of asking, of time and of general
// talk, a place's name in a local case, a country's name and a one-letter word (the "n" of "EU:n") are
// no reason for a suggestion, in any language; the general vocabulary of
// the circular economy bridges English and Swedish words to the Finnish
// ones profiles use ("teater" → teatteri, "affärsmodeller" →
// liiketoimintamalli).
func TestNeedTalkIsNoReason(t *testing.T) {
	p := sample(t)
	m := matcherOf(t, p)
	for _, tc := range []struct {
		need, lang string
		never      []string
		want       string // a reason word some suggestion shows
	}{
		{"Kaupunkimme haluaisi olla mukana EU:n hankkeessa, mistä löytyis joku tällainen?", "fi", []string{"n", "mukana", "tällainen", "löytyis", "kaupunkimme"}, ""},
		{"Olemme kahdessa vuodessa puolittaneet hävikin, eikä meillä ole kokemusta tästä.", "fi", []string{"kahdessa", "vuodessa", "eikä", "kokemusta"}, ""},
		{"Tarvitsemme mursketta Kainuussa ja Kainuun teille, emme pellolla.", "fi", []string{"kainuussa", "kainuun"}, ""},
		{"We are a small company in Finland and want to start working with partners in Europe.", "en", []string{"small", "start", "finland", "europe"}, ""},
		{"Vår teater vill hyra ut kostymer till andra produktioner.", "sv", []string{"andra"}, "teater → teatteri"},
		{"Vi söker en kurs om cirkulära affärsmodeller för våra chefer.", "sv", nil, "affärsmodeller → liiketoimintamalli"},
		// a Swedish compound is its head ("hyresavtal" is an avtal)
		{"Vi behöver ett hyresavtal för en lokal.", "sv", nil, "hyresavtal → sopimus"},
		// an action as a verb's -minen noun finds its noun
		{"Kuka tutkisi muovipakkausten keräämistä meillä?", "fi", []string{"meillä"}, "keräämistä → keräys"},
	} {
		list := m.Need(tc.need, tc.lang, match.Filters{})
		var shown []string
		for _, s := range list {
			for _, w := range s.Because.Words {
				own, _, _ := strings.Cut(w, " → ")
				shown = append(shown, w)
				if slices.Contains(tc.never, strings.ToLower(own)) {
					t.Errorf("%q: %s has %q as a reason", tc.need, s.Ref, own)
				}
			}
		}
		if tc.want != "" && !slices.Contains(shown, tc.want) {
			t.Errorf("%q: no suggestion gives %q; reasons %q", tc.need, tc.want, shown)
		}
	}
}

// TestCompoundHeadBeginsAfterLinkingS: a compound no key finds whole is
// split before its head, never between the s that ends its first part
// and the consonant after it ("kehitys|hankkeeseen", not
// "kehity|shankkeeseen").
func TestCompoundHeadBeginsAfterLinkingS(t *testing.T) {
	p := sample(t)
	m := matcherOf(t, p)
	if d := m.DebugNeed("kehityshankkeeseen", "fi"); !strings.Contains(d, "{hankk ") || strings.Contains(d, "{shankk ") {
		t.Errorf("kehityshankkeeseen is read as\n%s", d)
	}
}
