package searchindex

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// Language identification of a need: whatlanggo (trigram profiles, small
// and fast) rather than lingua-go, whose models add tens of megabytes to
// the binary and memory for three languages that trigrams tell apart
// well. search.js detects the same way from the same profiles
// (langProfiles, copied from whatlanggo) so that a need typed on
// /kimppahaku/ is read in the language data/matches.json would read it.

// detectable are the languages kimppa analyses and can tell apart.
var detectable = map[string]whatlanggo.Lang{"fi": whatlanggo.Fin, "sv": whatlanggo.Swe, "en": whatlanggo.Eng}

// minDetectWords is how many words a text needs before its language is
// guessed from them: a word or two could be of any language.
const minDetectWords = 3

// minConfidence is whatlanggo's confidence below which the fallback
// language stands.
const minConfidence = 0.2

// maxDetectWords is how many words of a text the detector reads: a long
// text's language is in its opening.
const maxDetectWords = 40

// DetectText is what the detector reads of text: its words (the
// tokeniser's, Latin script only, the first maxDetectWords), lower case,
// one space apart.
// search.js's detectText gives the same string.
func DetectText(text string) (string, int) {
	var b strings.Builder
	n := 0
	spans(text, func(start, end int) {
		w := text[start:end]
		if n >= maxDetectWords || !latinWord(w) {
			return
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(w))
		n++
	})
	return b.String(), n
}

// latinWord: a word with a letter, every letter of it Latin.
func latinWord(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letter = true
		}
	}
	return letter
}

// DetectLang is the language text is written in, fi, sv or en (whether
// or not the site has it: a Swedish need on a Finnish site is still read
// as Swedish), or fallback when the text is too short or the detector is
// unsure.
func DetectLang(text, fallback string) string {
	s, n := DetectText(text)
	if n < minDetectWords {
		return fallback
	}
	white := map[whatlanggo.Lang]bool{}
	for _, wl := range detectable {
		white[wl] = true
	}
	info := whatlanggo.DetectWithOptions(s, whatlanggo.Options{Whitelist: white})
	if info.Confidence < minConfidence {
		return fallback
	}
	for l, wl := range detectable {
		if wl == info.Lang {
			return l
		}
	}
	return fallback
}
