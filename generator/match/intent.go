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

// developStarts begin a noun of developing or investing ("kehitystyöhön",
// "kehittämiseen", "tuotekehitykseen", "investointiin", "utveckling"):
// support for one is money asked for ("mistä sais tukea
// kehitystyöhön"), as a visitor asks for it without a word of money.
// Not a verb's form ("tukea yrityksiä kehittämään" supports others).
var developStarts = []string{"kehitys", "kehittamis", "tuotekehity", "investoin", "innovaatio", "utveckling", "investering"}

// fundingIntent: text asks for money: a word of money, or a word of
// support with a word of applying or of developing.
func fundingIntent(lang, text string) bool {
	support, apply := false, false
	for _, w := range searchindex.Words(lang, text) {
		f := w.Folded
		switch {
		case moneyWord(f):
			return true
		case slices.Contains(supportWords, f):
			support = true
		case slices.ContainsFunc(applyStarts, func(p string) bool { return strings.HasPrefix(f, p) }),
			slices.ContainsFunc(developStarts, func(p string) bool { return strings.HasPrefix(f, p) }):
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

// askingWord: a folded word of asking for money: of money, support or
// applying.
func askingWord(f string) bool {
	return fundingWord(f) || slices.ContainsFunc(applyStarts, func(p string) bool { return strings.HasPrefix(f, p) })
}

// fundingSlots is how many funding sources a need asking for money
// raises: the best fitting ones, so that the helpers it also needs (a
// service that writes applications, the regional council) still show.
const fundingSlots = 3

// fundingGeneric are words every funding source of a circular-economy
// cluster shares with every need asking for money, by language: the
// cluster's own name and the talk of projects and applying. A funding
// source that shares only these (and words of money) with a need is
// raised by none of them.
var fundingGeneric = map[string]string{
	"fi": "kiertotalous talous hanke projekti hakemus haku",
	"en": "circular economy project application",
	"sv": "cirkulär cirkulära ekonomi ekonomin projekt projektet ansökan ansökningar",
}

// genericKeys are the index keys of fundingGeneric's words.
var genericKeys = func() map[string]bool {
	out := map[string]bool{}
	for lang, words := range fundingGeneric {
		for _, k := range searchindex.Analyze(lang, words) {
			out[k] = true
		}
	}
	return out
}()

// telling: doc d shares with the need a term or a word that tells what
// the need is about: a form of the word or its bridge (not a compound's
// part or another language's stem), neither a word of asking for money
// (every funding source speaks of money and applying: "rahoitus",
// "finansiering", "apply") nor generic. Only such a funding source is raised by a need asking for
// money: one that shares "ekonomi → talous" and "cirkulär →
// kiertotalous" fits any need of the cluster.
func (s scored) telling(d int32) bool {
	return slices.ContainsFunc(s.found[d], func(r found) bool {
		if r.how == howOther || s.terms[r.term].asking {
			return false
		}
		key := s.terms[r.term].keys[0].Key
		if r.how >= howBridge {
			key = s.terms[r.term].keys[r.how-howBridge].Key
		}
		return !genericKeys[key]
	})
}

// meant: a need asking for money means funding source d when d shares a
// theme it seeks, a telling word, or its place: a source limited to
// regions that covers the need's place ("olemme kajaanilainen
// konepaja") is there for it, whatever its text says.
func (m *matcher) meant(s scored, want []wish, d int32, place string) bool {
	if _, n := m.sharedTerms(want, d); n > 0 {
		return true
	}
	r := m.inRegion(d, place)
	return s.telling(d) || r != anywhere && r != ""
}

// bestFunding are the indexes of the fundingSlots highest texts, those
// of funding candidates that share a telling word (the others are 0), the first of equal ones
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
