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

// Words of money (folded): by how they begin, as written, or how a
// compound of them ends ("laiteinvestointitukea", "kehittämisrahaa";
// "tukena" does not: its -na is not a form of tuki asked for); and words
// of support, which ask for money only with a word of applying.
var (
	moneyStarts  = []string{"raha", "rahoit", "avustu", "apuraha", "funding", "grant", "financ", "subsid", "money", "finansier", "bidrag", "pengar", "stipend"}
	moneyWords   = []string{"fund", "funds", "funded"}
	moneyEnds    = []string{"tuki", "tukea", "tukia", "tuen", "rahaa", "rahat", "rahan", "raha", "rahoitusta", "rahoitus", "avustus", "avustusta"}
	supportWords = []string{"tuki", "tukea", "tukia", "tuen", "tukiin", "tukeen", "stod", "stodet"}
)

// applyStarts begin a word of applying ("haemme", "haku", "haettavissa",
// "apply", "ansöka"): "tuki" asks for money only with one ("onko tukea
// haettavissa"), as it is support of any kind too ("tarvitsee tukea
// tavoitteiden asettamiseen").
var applyStarts = []string{"hae", "hak", "apply", "applic", "ansok"}

// fundingIntent: text asks for money: a word of money, or a word of
// support with a word of applying.
func fundingIntent(lang, text string) bool {
	support, apply := false, false
	for _, w := range searchindex.Words(lang, text) {
		f := w.Folded
		switch {
		case moneyWord(f):
			return true
		case slices.Contains(supportWords, f):
			support = true
		case slices.ContainsFunc(applyStarts, func(p string) bool { return strings.HasPrefix(f, p) }):
			apply = true
		}
	}
	return support && apply
}

// moneyWord: a folded word of money.
func moneyWord(f string) bool {
	has := func(p string) bool { return strings.HasPrefix(f, p) }
	ends := func(p string) bool { return len(f) > len(p)+3 && strings.HasSuffix(f, p) }
	return slices.ContainsFunc(moneyStarts, has) || slices.Contains(moneyWords, f) || slices.ContainsFunc(moneyEnds, ends)
}

// fundingWord: a folded word a need asking for money means: of money or
// of support.
func fundingWord(f string) bool { return moneyWord(f) || slices.Contains(supportWords, f) }

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
