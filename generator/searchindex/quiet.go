package searchindex

import "strings"

// Quiet words say how, when, how much or who of a need, not what it
// needs: words of time ("talvea", "winter") and amount ("määriä",
// "verran"), of manner and place ("samalla", "ympärillä", "läpi"),
// generic nouns and verbs ("vaihtoehdossa", "keinoilla", "syntyy",
// "tehtyä", "ollaan"), trading and planning ("sell", "köper", "plan"),
// the roles of place and direction ("regions", "cities", "kommun",
// "pohjoisesta"; not "regional" or "alueellinen", which say what kind
// of commitment or call, as "national" does) and the countries near Finland ("Viro",
// "Estonia"). Unlike filler they still tell which texts are near a need:
// a text that talks of the same thing in the same words is likelier the
// one meant, and dropping them cost the held-out sets a tenth of their
// recall. So a quiet word scores as any word does, its bridges too
// ("köper" still finds "osto", what a marketplace does), and covers as a
// compound's part does, but is no reason (match's term.quiet): a
// suggestion only quiet words found is not shown. search.js reads them
// the same way (QUIET, QUIET_KEYS).
var quiet = map[string]string{
	"fi": `muun muulle muualla muualta muuhun kerralla kerrallaan asti lapi verran koko ymparilla ymparille ymparilta ympari
		olla ollaan ollut olleet oltu oltaisiin jaksaa jaksais jaksaisi jaksetaan lahdossa lahtee lahtea lahdetaan lahtis lahtisi
		tehty tehtya tehtyja tehdyt tehdyista tehdyn tehny tekeva tekevaa tekevia tekevat aikana aikanaan siirtaa siirtaisi siirretaan siirtamaan liittya liittyy liittyisi liittymaan
		jaava jaavaa jaavasta jaavat jaanyt jaaneet sopia sopivat sopivaa sopivia
		tarjolla hakemaan hakisi kevaalla kevaaksi kevaasta maksaa maksais maksaisi maksetaan maksettu maksanut
		ruotsi ruotsin ruotsissa ruotsista ruotsiin viro viron virossa virosta viroon norja norjan norjassa
		saksa saksan saksassa tanska tanskan tanskassa latvia latvian latviassa liettua liettuan liettuassa
		pohjoisessa pohjoisesta pohjoiseen etelassa etelasta etelaan idassa idasta itaan lannessa lannesta lanteen`,
	"en": `regions offer offers offering lets develop develops developing winter summer autumn season seasons
		cities town towns municipality municipalities
		estonia estonian sweden swedish latvia lithuania germany german norway denmark poland
		sell sells selling sold buyer buyers plan plans planned number numbers part business north northern south southern`,
	"sv": `kommun kommuner kommunen kommunerna städer region regionen regioner vinter sommar höst
		estland sverige lettland litauen tyskland norge danmark polen
		köpa köper köpt köpare sälja säljer säljare planera planerar`,
}

// quietLemmas are Finnish words every form of which is quiet, checked as
// fillerLemmas are: no word of substance in the portals shares their key
// (not "kevät": kevyt; not "muu": muutos; not "kunta": a need for the
// municipalities says who it is for).
const quietLemmas = `talvi kesä syksy määrä vaihtoehto vaihtoehdossa keino syntyä sama toinen iso isompi`

var quietWords = func() map[string]bool {
	out := map[string]bool{}
	for _, list := range quiet {
		for _, w := range strings.Fields(list) {
			out[fold(w)] = true
		}
	}
	return out
}()

var quietKeys = keysOf(quietLemmas)

// QuietForm reports whether a folded word of a need written in lang is
// quiet: as written in any language, or a form of a Finnish quiet lemma
// in a Finnish need.
func QuietForm(lang, folded string) bool {
	return QuietStem(lang, folded, stem(lang, folded))
}

// QuietStem is QuietForm for a word whose stem in lang is known (a
// need's word is stemmed once).
func QuietStem(lang, folded, key string) bool {
	return quietWords[folded] || lang == "fi" && quietKeys[key] && isAZ(folded)
}

// quietJS and quietKeysJS are the tables as search.js's QUIET and
// QUIET_KEYS constants.
func quietJS() string     { return wordList(quietWords) }
func quietKeysJS() string { return wordList(quietKeys) }
