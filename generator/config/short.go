package config

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Display label lengths, in characters: a label up to displayMax is shown
// whole; a longer one without a short: label is cut at a word boundary
// at most displayCut characters in. A chip of displayMax characters is
// one line on a 390 px phone.
const (
	displayMax = 48
	displayCut = 40
)

// Display is the term's label where room is tight (chips, charts,
// filters, reasons): its short: label, else its full name when that is
// short enough, else the full name cut after whole words with "…". The
// full name stays on the term's page and in a title attribute.
func (t *Term) Display(lang, def string) string {
	if len(t.Short) > 0 {
		return t.Short.In(lang, def)
	}
	return Shorten(t.Label.In(lang, def))
}

// Shorten cuts a label longer than displayMax characters after its last
// whole word within displayCut characters, drops a dangling comma or
// conjunction, and ends it with "…".
func Shorten(s string) string {
	if utf8.RuneCountInString(s) <= displayMax {
		return s
	}
	cut, n := 0, 0
	for i, r := range s {
		if n > displayCut {
			break
		}
		if unicode.IsSpace(r) {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = len(string([]rune(s)[:displayCut]))
	}
	out := strings.TrimRight(s[:cut], " ,;:–-")
	for _, w := range []string{" ja", " sekä", " tai", " and", " or", " och", " eller"} {
		if strings.HasSuffix(out, w) {
			out = strings.TrimRight(strings.TrimSuffix(out, w), " ,;:–-")
		}
	}
	return out + "…"
}
