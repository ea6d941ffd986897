package match

import (
	"cmp"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/searchindex"
)

// A need that asks for money ("mistä haemme rahaa", "onko tukea
// haettavissa", "which funding calls", "söker bidrag") is answered first
// by funding sources: their texts share few of its words (a call speaks
// of its programme, the need of its own project), so without this a
// project's partners outrank the calls it asked for. Such a need's
// best fitting funding sources (fundingSlots of them) score fundingBoost
// times their text. The words are general Finnish, English and Swedish
// words of money for a project, folded, by how they begin or end, so
// that their forms and compounds count ("rahaa", "kehittämisrahaa",
// "investointitukea"); search.js's match() has the same lists.
const fundingBoost = 4

// fundingStarts begin a word of money; fundingEnds end a compound of it
// ("laiteinvestointitukea" ends so, "tukena" does not: its -na is not a
// form of tuki asked for).
var (
	fundingStarts = []string{"raha", "rahoit", "avustu", "apuraha", "funding", "grant", "financ", "subsid",
		"money", "finansier", "bidrag", "pengar", "stipend"}
	fundingWords = []string{"tuki", "tukea", "tukia", "tuen", "tukiin", "tukeen", "fund", "funds", "funded", "stod", "stodet"}
	fundingEnds  = []string{"tuki", "tukea", "tukia", "tuen", "rahaa", "rahat", "rahan", "raha", "rahoitusta", "rahoitus", "avustus", "avustusta"}
)

// fundingIntent: a word of text asks for money.
func fundingIntent(lang, text string) bool {
	for _, w := range searchindex.Words(lang, text) {
		if fundingWord(w.Folded) {
			return true
		}
	}
	return false
}

// fundingWord: a folded word of money for a project.
func fundingWord(f string) bool {
	has := func(p string) bool { return strings.HasPrefix(f, p) }
	ends := func(p string) bool { return len(f) > len(p)+3 && strings.HasSuffix(f, p) }
	return slices.ContainsFunc(fundingStarts, has) || slices.Contains(fundingWords, f) || slices.ContainsFunc(fundingEnds, ends)
}

// fundingSlots is how many funding sources a need asking for money
// raises: the best fitting ones, so that the helpers it also needs (a
// service that writes applications, the regional council) still show.
const fundingSlots = 3

// bestFunding are the indexes of the fundingSlots highest texts, those
// of funding candidates (the others are 0), the first of equal ones
// first.
func bestFunding(texts []float64) []int {
	var idx []int
	for i, t := range texts {
		if t > 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(texts[b], texts[a]) })
	return idx[:min(len(idx), fundingSlots)]
}
