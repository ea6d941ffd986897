package searchindex

import (
	"maps"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/places"
)

// A need's words that say nothing of what it needs, beyond the stop
// words of bleve's lists: the words of asking and wanting ("etsimme",
// "we need"), filler ("esimerkiksi", "miten"), words every need and
// profile has ("kumppani", "ratkaisu", "city") and legal forms ("oy",
// "ab", "ry"). They neither score nor are reasons. They are folded forms
// as written, not keys, because a key of "miten" is also the key of
// "mitat". search.js has the same list (FILLER, TestGeneratedJS).
var filler = map[string]string{
	"fi": `apu apua avuksi avulla eli ennen esim esimerkiksi etsia etsii etsimme etsin etsitaan etsivat haluaa
		haluaisi haluaisimme haluaisin haluamme haluan haluavat hyva hyvaa hyvia jalkeen jo joka jokin joku jolla
		jonka joita joku jotain jotakin jotka kanssa kautta kaupunki kaupungin kaupungissa kaupungille kenen keta
		ketka kiinnostaa kiinnostunut kiinnostuneita koskien kuka kumppani kumppania kumppanin kumppaneita
		kumppaneiden kumppanit kumppaneja kuten liittyen lisaksi me meidan meille meilla meita meita miten mika
		mita mitka myos noin nyt oma omaa oman omat omia omien olisi olisiko onko osalta paljon pitaa pitaisi
		ratkaisu ratkaisua ratkaisun ratkaisuja ratkaisut seka tai tapa tapaa tapoja tarvitaan tarvitsee
		tarvitsemme tarvitsen tarvitsevat tarvitsisimme uusi uusia uuden uutta vahan viela voi voida voimme
		voisi voisimme voisivat asia asiaa asioita alue alueella alueen alueelta toimija toimijaa toimijoita
		toimijat yhdessa muiden muut muita lahella jaa jaada jai auttaa auttaisi auttamaan vastaan ottaa ottaisi
		saada saisi saisimme tietaa tieda tiedamme hakea etenee tehda tehdaan tekee tekemaan oikea oikealla
		oikeassa tukea tuki tukee paljonko vuonna vuosi ensi jokainen osaa osaava osaavat mista missa mihin
		milla sita emme eivat vanha vanhaa vanhan pieni pienena pienen iso suuri asiakas asiakkaat asiakkaille
		asiakkaita verrattuna paivittain jarkevasti mukaan aikoo aikovat
		meil meilla meilta meidat teille teilla teita heidan heille niita niista niille niihin sen siita siihen sille silla siina
		tama taman tata tahan tasta talla tallainen tallaista tallaisen tallaisia sellainen sellaista sellaisen sellaisia
		millainen millaista millaisia kenella kenelta kenelle kellaan kukaan mitaan mikaan jostain johonkin jonkin jonkun
		jollekin jostakin joltakin kenties ehka vaikka kunhan mutta eika ettei etta jotta koska jos sitten siis enaa aina
		usein joskus nykyaan oikein tosi todella hyvin erittain melko aivan ihan vain vaan ainakin esimerkkeja esimerkki
		kaikki kaikkia kaikkien muille toinen toisen toisia toisten ensin ensimmainen mieluiten mielellaan
		haemme haetaan hakisimme hakis haettaisiin loytyy loytyisi loytyis loytyyko loytyisiko loytaa loytaisimme
		ostaisi ostais ottais tekis tekisi tarvi tarvii tarvis tarvittaisiin pitais pitaisi kannattais kannattaisi voisko
		voisiko voitaisiinko voitaisiin voidaan voidaanko pystyisi pystyy pystyyko osaisi osaako auttaisiko auttais
		kysyy kysymme haluttaisiin halutaan toivomme toivoisimme toivoisin toivotaan kaipaamme kaipaisimme kaipaisin
		etsitaan etsisimme etsis alkuun paasemme paasisimme paasta saisin saan saataisiin keksia kertoo kertoisi tietaisi
		mukana olevalle oleva olevat kokemusta kokemus vuodessa vuoden vuosittain kuukausi kuukaudessa viikossa
		paiva kahdessa kahden kolme kaksi yksi kevaalla syksylla kesalla talvella aika aikaa ajan aikataulu
		aikataulua valja konkreettinen konkreettisia konkreettista sopii sopisi sopiva tuntee edelleen kokoaa isossa
		monivuotinen monivuotisessa monivuotista partneri partneria partnerin partnereita partnerit partnerina
		partneriksi kumppaniksi kehittaa kehittaisi pienta pienia pienet pienille pienempi pienempia isompi isompia isompaa isoja isot vanhoja vanhat vanhoille
		sijaan liikaa myohemmin sellaiset menevat menee otetaan tehneet tehty tavoitteena tavoite pois
		asiantuntija asiantuntijaa asiantuntijan asiantuntijoita asiantuntijat asiantuntijoiden
		menetelma menetelmaa menetelman menetelmia menetelmat aloittaa aloittaisi aloittaisimme
		osaaminen osaamista osaamisen osaamiseen osaamisella
		vois ois olis sais tarttis tarttee pitas mulla mulle mun sun semmosta semmoisia tommosta tallasta jotenki niinku sit
		tonni tonnia tonneja tonnin kiloa kuutiota euroa euron prosenttia saannollisesti saannollinen viikoittain kuukausittain
		saadaan saatu saataisiin
		tehtais tehtaisiin tehaan teen tekisimme tekisin laittaa laitetaan laittais laittaisi laitettais laitettaisiin
		tulla tullaan tulee tulis tulisi tulisko tulisiko haluais haluis haluisin haluisimme haluu halua muutin muutimme muutettiin haluttais haluaisko haettais
		vaihtaa vaihdetaan vaihtais vaihtaisi vaihdettais vaihdettaisiin paasee paastaan paasis paasisi paastais
		kannattaa kannattaako kaytetaan kaytettais kaytettaisiin loydamme loydetaan loydettais loytais loytaisi
		kerran era eran eria eraa kesa kesan talvi talven kevat kevaan syksy syksyn viime tanaan heti pian
		joten meian teian johonki jotai jotaki kans aiheena englanniksi suomeksi ruotsiksi kiva kivaa kivoja kivat
		ajaa ajetaan ajais ajaisi saastaa saastais saastaisi vetaa vetais vetaisi
		kayttaa kayttoon kayttoa kayttais kayttaisi kaytettaisiin ostaa ostan saatais tallanen tallasia tallaseen tallaiseen tallaisessa tallaisella sellanen sellasta sellasia sellaseen sellaiseen`,
	"en": `able also anyone city could e.g eg etc example find finding get help interested kind like looking
		lot lots make many much need needed needs new partner partners please seek seeking solution solutions
		some someone thing things us use want wants way ways we would together can our which idea fits fit more
		most proper instead several there its prepare
		look looks seek seeks finds get gets keep start starting started first join joining brings bring used using
		running run operating small big large little old good best better great right several any every each other
		others another just only very really quite still already yet soon now today year years month months week
		weeks day days time experience anybody somebody everyone know see show tell ask asking try trying sort idea
		ideas option options possible maybe perhaps compared similar such take takes taking works prove
		list economy institute build builds planning study produce buy region
		free making work about team owner members published`,
	"sv": `behöver exempel exempelvis få gör hela hitta hjälp hur kan kunna lösning lösningar mycket ny nya
		någon några också oss partner partners skulle stad staden söker t.ex tar vi vill vår våra vårt även
		för med veta göra ska vilka som stora mängder gammal gamla sina från
		litet liten lilla stort stor gärna emot kunde vad vem vilken vilket finns går innan börjar börja delvis helst
		gratis andra annan annat söka använda använder används ekonomi chefer`,
}

// fillerLemmas are Finnish words every form of which is filler: a need's
// word is filler when its stem is one of theirs (FillerForm), so the
// inflected and spoken forms ("tällasia", "ostettais", "löytyis",
// "viikossa") go with the word as written. They are general Finnish, of
// the classes a need talks in and no profile is about: verbs of getting,
// trading and wanting; words of time and amount; demonstratives and
// pronoun-like adjectives; roles and business talk; evaluative words.
// Each is listed with the forms that give it another key ("tarvita
// tarvitaan"); "kehittää" by its forms' keys only, as "kehitys" is a
// field's word. A lemma whose key a word of substance shares is not here
// (TestFillerLemmas; the portals' words were checked): "tehdä" (tehdas),
// "laittaa" (laite), "käyttää" (käyttöiän), "tällainen" (talli),
// "sellainen" (sellu), "kiva" (kivi), "tonni" (tontti), "paljon" (pala),
// "haluta" (halot), "tulla" (tulos), "hakea" (haku), "vaihtaa" (vaihto),
// "jokin" (joki), "saatais" (säätiö): their forms are listed in filler.
// "kaupunki", "tavoite" and "turha" are not filler lemmas: a need for a
// city's pilot, for target setting or against needless demolition says
// what it is about with them.
const fillerLemmas = `ostaa ostetaan myydä myisi löytää löytyä saada saisi ottaa viedä tarvita tarvitaan
	ostettais myytäis otettais tarvittais tekee osallistua kerta kehittämiseen kehittämään kehittävät myynti
	päivä viikko kuukausi vuosi vuodeksi ensi lopuksi pari muutama
	semmoinen tuollainen tommoinen kaikki oma uusi uutta
	asiakas työntekijä porukka firma maakunta oleva liiketoiminta tapa
	hyvä pieni tyypillinen tyypillisesti
	yksi kaksi kolme neljä viisi seitsemän kahdeksan yhdeksän kymmenen tuhat`

// fillerKeys are the stems of fillerLemmas.
var fillerKeys = keysOf(fillerLemmas)

// fillerTalk are the filler lemmas of asking, getting, trading and
// developing, whose forms are filler in a need of any language: a Finnish "kuka myy?" in a
// need read as English asks as it does in Finnish. The others ("maakunta",
// "asiakas") are filler as a Finnish need's talk; in English or Swedish
// around them, a Finnish noun is what the visitor could not say otherwise
// ("maakunnan kehittämisrahaa").
const fillerTalk = `ostaa ostetaan myydä myisi löytää löytyä saada saisi ottaa viedä tarvita tarvitaan
	ostettais myytäis otettais tarvittais osallistua myynti kehittämiseen kehittämään kehittävät`

var fillerTalkKeys = keysOf(fillerTalk)

// keysOf are the Finnish stems of a list's words.
func keysOf(list string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(list) {
		out[stem("fi", fold(w))] = true
	}
	return out
}

// FillerForm reports whether a folded word of a need written in lang is
// filler: as written (Filler), or a Finnish form of a filler lemma. In a
// need read as English or Swedish, a Finnish form of asking or trading
// ("kuka myy?", fillerTalk) is filler too when it ends as a Finnish
// word does, in a vowel or a vowel and n or t: an English or Swedish
// word the Finnish stemmer gives such a key ends otherwise ("ost").
func FillerForm(lang, folded string) bool {
	if fillerWords[folded] || !isAZ(folded) {
		return fillerWords[folded]
	}
	if lang == "fi" {
		return fillerKeys[stem("fi", folded)]
	}
	return finnishEnd(folded) && fillerTalkKeys[stem("fi", folded)]
}

// finnishEnd: a folded word ends as a Finnish word does.
func finnishEnd(f string) bool {
	n := len(f)
	return n >= 3 && (isVowel(f[n-1]) || (f[n-1] == 'n' || f[n-1] == 't') && isVowel(f[n-2]))
}

// fillerKeysJS is fillerKeys as search.js's FILLER_KEYS constant.
func fillerKeysJS() string { return wordList(fillerKeys) }

// fillerTalkJS is fillerTalkKeys as search.js's FILLER_TALK constant.
func fillerTalkJS() string { return wordList(fillerTalkKeys) }

// countries are place names too: alone, no reason for anything. The
// countries near Finland are quiet words instead (quiet.go): a need
// with partners in Estonia ranks what says "Viro" higher.
const countries = `suomi suomen suomessa finland eurooppa euroopan europe europa pohjoismaat nordic norden`

// numbers are the English and Swedish words of number: "three sites"
// is no reason for anything. The Finnish ones are fillerLemmas (not
// "kuusi", a spruce, or "sata", to rain).
const numbers = `one two three four five six seven eight nine ten twenty hundred thousand
	två tre fyra fem sex sju åtta nio tio tjugo hundra tusen`

// foreignStops are English and Swedish stop words: bleve drops them only
// from a need read in their language, and a Finnish need with an English
// phrase in it ("tekstiilit and textiles") keeps "and". None is a
// Finnish word of substance but "into" (zeal), which is left out.
var foreignStops = func() []string {
	var out []string
	for _, lang := range []string{"en", "sv"} {
		for _, w := range stopWords(lang) {
			if w != "into" && !strings.Contains(w, "'") {
				out = append(out, fold(w))
			}
		}
	}
	return out
}()

// legalForms are company forms that follow a name.
const legalForms = `ab abp as ay bv co corp gmbh hb inc kb ky llc ltd osk oy oyj plc rf ry sa srl tmi`

// fillerWords is every language's filler and the legal forms, folded: a
// need may mix languages, and none of these words is a word of substance
// in another of them.
var fillerWords = func() map[string]bool {
	out := map[string]bool{}
	for _, list := range filler {
		for _, w := range strings.Fields(list) {
			out[fold(w)] = true
		}
	}
	for _, w := range strings.Fields(legalForms + " " + countries + " " + numbers) {
		out[fold(w)] = true
	}
	for _, w := range foreignStops {
		out[w] = true
	}
	return out
}()

// Filler reports whether a folded word of a need is filler or a legal
// form: a word that neither scores nor is a reason.
func Filler(folded string) bool { return fillerWords[folded] }

// fillerJS is the filler as search.js's FILLER constant.
func fillerJS() string { return wordList(fillerWords) }

// wordList is the words of set, sorted, a space apart: a word table as
// search.js has it.
func wordList(set map[string]bool) string {
	return strings.Join(slices.Sorted(maps.Keys(set)), " ")
}

// FacetTerm is a term of a facet: a taxonomy's term, an actor kind or a
// type.
type FacetTerm struct{ Facet, Term string }

// LabelTerms are the facet terms whose label has a word with key: a doc
// that has such a term has the word in its keywords because of the
// label, and a word of a label is a reason only as the term.
func (x *Index) LabelTerms(key string) []FacetTerm { return x.labels[key] }

// labelTerms maps each key of a facet term's label (in every language)
// to the terms; search.js works it out from the facet file's labels.
func labelTerms(labels map[string]map[string]map[string]string) map[string][]FacetTerm {
	out := map[string][]FacetTerm{}
	for facet, terms := range labels {
		for term, byLang := range terms {
			if term == "" {
				continue
			}
			for lang, label := range byLang {
				for _, t := range analyzeTokens(lang, label) {
					ft := FacetTerm{facet, term}
					if !slices.Contains(out[t.key], ft) {
						out[t.key] = append(out[t.key], ft)
					}
				}
			}
		}
	}
	for _, l := range out {
		slices.SortFunc(l, func(a, b FacetTerm) int { return strings.Compare(a.Facet+"\x00"+a.Term, b.Facet+"\x00"+b.Term) })
	}
	return out
}

// Lemma classes: the light stemmer gives "perusti" and "perusteella",
// "osat" and "osaat", "yhdistys" and "yhdistää" one key, though they are
// forms of different words. A word shared by a need and a profile is a
// reason only when both are forms of the same word, so a key whose words
// fall into more than one class is also filed by class, as key~class
// (LemmaClass), and match() reads a form of the need's word as a reason
// only in a doc of its class. Most keys have one class and no such keys.

// LemmaClass is the class of a folded Finnish word with key: the first
// letter after the key, the doubled consonant of a strong grade skipped
// ("mitta", "mitat": a), the plural's e before i or j read as i
// ("muoveja", "muovin": i); "" when the word is its key or does not start
// with it: such a word goes with every class.
func LemmaClass(lang, folded, key string) string {
	if lang != "fi" || len(folded) <= len(key) || !strings.HasPrefix(folded, key) || !isAZ(folded) || key == "" {
		return ""
	}
	i := len(key)
	if folded[i] == key[len(key)-1] && !isVowel(folded[i]) { // a strong grade's double consonant
		i++
	}
	if i >= len(folded) {
		return ""
	}
	c := folded[i]
	if c == 'e' && i+1 < len(folded) && (folded[i+1] == 'i' || folded[i+1] == 'j') {
		c = 'i'
	}
	return string(c)
}

// ClassKey is the key a word of class c is filed under, when its key is
// filed by class.
func ClassKey(key, c string) string { return key + "~" + c }

// ByClass reports whether key's words are filed by class.
func (x *Index) ByClass(key string) bool { return x.byClass[key] }

// lemmaClasses files the words of each key that has words of more than
// one class under ClassKey too.
func (b *builder) lemmaClasses(folded, keys []string, keyID func(string) int32) {
	classes := map[string][]string{}
	cls := make([]string, len(b.words))
	for i, w := range b.words {
		cls[i] = LemmaClass(w.lang, folded[i], keys[i])
		if c := cls[i]; c != "" && !slices.Contains(classes[keys[i]], c) {
			classes[keys[i]] = append(classes[keys[i]], c)
		}
	}
	for i := range b.words {
		if len(classes[keys[i]]) > 1 {
			b.words[i].addExtra(keyID(ClassKey(keys[i], cls[i])), 10)
		}
	}
}

// A bare place name is no reason to suggest anything: "Helsingistä" in a
// need and "Helsinki" in a profile say where, not what. A word is a
// place's when it is the name as written (folded), or has the key of a
// one-word name whose key is long enough not to be another word's too
// ("helsink" yes; "eur" of Eura, "liet" of Lieto no: euro, liete).
const minPlaceKey = 5

var placeForms, placeKeys = func() (map[string]string, map[string]string) {
	forms, keys := map[string]string{}, map[string]string{}
	for _, n := range places.Names() {
		if f := fold(strings.ToLower(n)); forms[f] == "" {
			forms[f] = n
		}
		if ks := Analyze("fi", n); len(ks) == 1 && len(ks[0]) >= minPlaceKey && keys[ks[0]] == "" {
			keys[ks[0]] = n
		}
	}
	// then the case forms of the short names, which no name's own form is
	for _, n := range places.Names() {
		f := fold(strings.ToLower(n))
		for _, cf := range append(placeCases(f), declined(f)...) {
			if forms[cf] == "" {
				forms[cf] = n
			}
		}
	}
	return forms, keys
}()

// placeCases are the Finnish case forms of a one-word place name (folded)
// that its key or placeEndings do not find: a short name's ("ouluun",
// "turkua", "espooseen", "jämsässä", "porin"). The genitive, illative,
// inessive and elative, the partitive of a name in o, u or y (of Kemi or
// Kotka it is a common word: "kemiä", "kotkaa"), and for a name in a
// long vowel the partitive and adessive family ("vantaata", "vantaalle"). The weak grade ("turussa") is not
// made. A form that is also a common word ("pellon", "salon") is read
// as the place: it then ranks as a word does but is no reason.
func placeCases(f string) []string {
	n := len(f)
	if n < minPlaceCase || !isAZ(f) || !isVowel(f[n-1]) {
		return nil
	}
	v := f[n-1:]
	if f[n-2] == f[n-1] { // a long vowel: espoo, vantaa, kainuu
		return []string{f + "n", f + "ta", f + "seen", f + "ssa", f + "sta", f + "lla", f + "lta", f + "lle"}
	}
	out := []string{f + "n", f + v + "n", f + "ssa", f + "sta"}
	if strings.Contains("ouy", v) { // not "kemia", "kotkaa": common words
		out = append(out, f+"a")
	}
	return out
}

// minPlaceCase is the shortest name whose case forms are made ("Oulu").
const minPlaceCase = 4

// PlaceWord reports whether a folded word of a need written in lang names
// a place.
func PlaceWord(lang, folded string) bool { return PlaceOf(lang, folded) != "" }

// placeEndings are the Finnish local cases of a place name, folded, cut
// from a word only when what is left is minPlaceBase letters or more: a
// shorter name is too often another word's form ("pellolla" is on a
// field, not in Pello).
var placeEndings = []string{"ssa", "sta", "lla", "lta", "lle", "seen", "n"}

const minPlaceBase = 6

// PlaceOf is the place a folded word of a need written in lang names (as
// places.Names has it), or "": the name in any of its forms ("kajaanissa"),
// or a Finnish inhabitant's word of it ("kajaanilainen" → Kajaani).
func PlaceOf(lang, folded string) string {
	if n := placeForms[folded]; n != "" {
		return n
	}
	if n := placeKeys[stem(lang, folded)]; n != "" {
		return n
	}
	for _, end := range placeEndings { // a local case the stemmer keeps ("kainuussa")
		if base, ok := strings.CutSuffix(folded, end); ok && len(base) >= minPlaceBase && placeForms[base] != "" {
			return placeForms[base]
		}
	}
	if i := strings.Index(folded, "lai"); lang == "fi" && i >= 4 && (strings.HasPrefix(folded[i:], "lainen") || strings.HasPrefix(folded[i:], "laise") || strings.HasPrefix(folded[i:], "laista")) {
		return placeForms[folded[:i]]
	}
	return ""
}

// placesJS is the place names as search.js's PLACES constant.
func placesJS() string { return strings.Join(places.Names(), "|") }
