package config

import (
	"testing"
	"unicode/utf8"
)

// A long label is cut after whole words, without a dangling comma or
// conjunction; a short one, or a term with a short: label, is as written.
func TestDisplayLabels(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Muovit", "Muovit"},
		{"Rakennettu ympäristö, infrastruktuuri ja maarakentaminen", "Rakennettu ympäristö, infrastruktuuri…"},
		{"Poistaa nälkä, saavuttaa ruokaturva, parantaa ravitsemusta ja edistää kestävää maataloutta", "Poistaa nälkä, saavuttaa ruokaturva…"},
		{"Taata terveellinen elämä ja hyvinvointi kaiken ikäisille", "Taata terveellinen elämä ja hyvinvointi…"},
		{"Vähentää eriarvoisuutta maiden sisällä ja niiden välillä", "Vähentää eriarvoisuutta maiden sisällä…"},
		{"Kiertotaloudenliiketoimintamallienkehittämisohjelmakokonaisuus", "Kiertotaloudenliiketoimintamallienkehitt…"},
		{"Make cities and human settlements inclusive, safe, resilient and sustainable", "Make cities and human settlements…"},
	} {
		got := Shorten(tc.in)
		if got != tc.want {
			t.Errorf("Shorten(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if n := utf8.RuneCountInString(got); n > displayMax {
			t.Errorf("Shorten(%q) is %d characters", tc.in, n)
		}
	}
	term := Term{Label: Localized{"fi": "Poistaa köyhyys sen kaikissa muodoissa kaikkialta ja vielä pitkästi"}, Short: Localized{"fi": "1 Ei köyhyyttä"}}
	if got := term.Display("en", "fi"); got != "1 Ei köyhyyttä" {
		t.Errorf("a short: label is shown as written, got %q", got)
	}
}
