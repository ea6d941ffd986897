package searchindex

import (
	"strings"
	"testing"
)

// TestLemmaClassTellsWordsOfOneKeyApart: words the light stemmer gives
// one key are forms of one word only when their lemma classes agree
// (issue 18's false friends), and forms of one word agree.
func TestLemmaClassTellsWordsOfOneKeyApart(t *testing.T) {
	same := func(a, b string) bool {
		ka, kb := stem("fi", fold(a)), stem("fi", fold(b))
		if ka != kb {
			return false
		}
		ca, cb := LemmaClass("fi", fold(a), ka), LemmaClass("fi", fold(b), kb)
		return ca == cb || ca == "" || cb == ""
	}
	for _, p := range [][2]string{{"perusti", "perusteella"}, {"yhdistys", "yhdistää"}, {"osat", "osaat"}, {"miten", "mitat"}, {"yritys", "yrittäjä"}} {
		if same(p[0], p[1]) {
			t.Errorf("%q and %q are read as forms of one word", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"muovia", "muovin"}, {"muovi", "muoveja"}, {"muovit", "muoveista"}, {"mitta", "mitat"}, {"kierrätys", "kierrätyksen"}, {"palvelu", "palveluja"}, {"kauppa", "kaupan"}} {
		if !same(p[0], p[1]) {
			t.Errorf("%q and %q are not read as forms of one word", p[0], p[1])
		}
	}
	if c := LemmaClass("en", "recycling", "recycl"); c != "" {
		t.Errorf("English has no classes, got %q", c)
	}
}

// TestFillerIsNoNeedWord: filler, legal forms and words of asking are
// not words of a need, in any of the three languages.
func TestFillerIsNoNeedWord(t *testing.T) {
	for _, w := range []string{"esimerkiksi", "miten", "etsimme", "we", "city", "oy", "ab", "ry", "oyj", "ltd", "vi", "söker", "owner", "members", "published"} {
		if !Filler(fold(w)) {
			t.Errorf("%q is not filler", w)
		}
	}
	for _, w := range []string{"muovi", "plastic", "återvinning", "mitat", "osat"} {
		if Filler(fold(w)) {
			t.Errorf("%q is filler", w)
		}
	}
}

// TestFillerLemmas: every form of a filler lemma is filler in a Finnish
// need, spoken ones too, and no word of substance that a stem shares
// with one ("tehdas", "laite", "kivi", "tontti") is.
func TestFillerLemmas(t *testing.T) {
	for _, w := range []string{"ostetaan", "ostais", "ostettais", "myytäis", "saatais", "otettais", "tarvittais", "myydään", "löytyis", "löydämme", "saadaan", "sais",
		"tarvitse", "tarvis", "otetaan", "viedään", "käytetään", "käyttöön", "tekee", "osallistua",
		"viikko", "viikossa", "kuukauden", "vuodeksi", "ensi", "pari", "muutamia", "tällanen", "tällasia",
		"tällaiseen", "sellasta", "tehtäis", "laittais", "tulis", "haluais", "haluisin", "muutin", "pääsee", "tapais", "kesän", "säästää", "vetäis", "ajetaan", "kehittämään", "myyntiin", "semmonen", "kaikkea", "omia", "uutta", "asiakkaita", "työntekijää",
		"porukkaa", "firman", "maakunnan", "olevaa", "hyvää", "pieniä", "tyypillisesti"} {
		if !FillerForm("fi", fold(w)) {
			t.Errorf("%q is not filler", w)
		}
	}
	for _, w := range []string{"tehdas", "tehtaan", "laite", "laitteet", "kivi", "kiviä", "tontti", "pala", "palat",
		"halot", "tulos", "haku", "hakemus", "vaihto", "joki", "kerros", "päiväkoti", "käytetty", "käytettyjä",
		"kehitys", "tuotekehitys", "säätiö", "sellu", "sellua", "talli", "käyttöiän", "kaupunkien", "kannatin", "paristo", "isolaatio", "vuokra"} {
		if FillerForm("fi", fold(w)) {
			t.Errorf("%q is filler", w)
		}
	}
	for _, w := range []string{"ost", "paiv", "firm", "firms", "parks", "part"} {
		if FillerForm("en", w) || FillerForm("sv", w) {
			t.Errorf("%q, an English or Swedish word with a filler lemma's Finnish key, is filler in an English or Swedish need", w)
		}
	}
}

// TestFinnishFillerInEnglishNeed: a Finnish word of filler in a need read
// as English or Swedish ("kuka myy?") is filler still.
func TestFinnishFillerInEnglishNeed(t *testing.T) {
	for _, w := range []string{"myy", "myydaan", "ostetaan", "tarvitaan", "kuka", "loytyy", "kehittaa", "kehittamaan", "partneriksi"} {
		if !FillerForm("en", w) || !FillerForm("sv", w) {
			t.Errorf("%q is not filler in an English or Swedish need", w)
		}
	}
	// a Finnish noun in English is what the visitor could not say otherwise
	if FillerForm("en", "maakunnan") || !FillerForm("fi", "maakunnan") {
		t.Error("maakunnan is filler in an English need, or not in a Finnish one")
	}
}

// TestPlaceDeclension: a place's name in the forms its stem changes in,
// made from the names the binary has: a name in -nen (Oulainen), a weak
// grade (Lahti, Turku, Kalajoki, Lappi, Hanko, Vihti), a long vowel's
// illative (Järvenpää), a name of "Uusi-" (Uusimaa, Uusikaupunki).
func TestPlaceDeclension(t *testing.T) {
	for w, want := range map[string]string{
		"Oulaisissa": "Oulainen", "oulaisten": "Oulainen", "Kauniaisiin": "Kauniainen", "Lahdessa": "Lahti", "Lahden": "Lahti",
		"Turussa": "Turku", "Kalajoella": "Kalajoki", "Seinäjoelle": "Seinäjoki", "Lapissa": "Lappi", "Hangossa": "Hanko",
		"Vihdissä": "Vihti", "Lopella": "Loppi", "Järvenpäähän": "Järvenpää", "Joensuuhun": "Joensuu",
		"Uudellamaalla": "Uusimaa", "Uudeltamaalta": "Uusimaa", "Uudenmaan": "Uusimaa", "Uudessakaupungissa": "Uusikaupunki",
	} {
		if got := PlaceOf("fi", fold(strings.ToLower(w))); got != want {
			t.Errorf("%q names %q, not %q", w, got, want)
		}
	}
}

// TestPlaceWords: a place's name in any form is no need word; a word that
// only shares a short key with a place is one.
func TestPlaceWords(t *testing.T) {
	for _, w := range []string{"Helsingistä", "helsinki", "Espoo", "Uusimaa", "Vantaa", "Oulu", "Helsingfors", "Jyväskylässä",
		"ouluun", "turkua", "tampereelle", "espooseen", "vantaalle", "jämsässä", "porin", "kuopioon"} {
		if !PlaceWord("fi", fold(strings.ToLower(w))) {
			t.Errorf("%q is not read as a place", w)
		}
	}
	for _, w := range []string{"euroa", "liete", "kemia", "kemiaa", "kotkaa", "luotto", "muovi", "lahteen", "maa", "uusi", "pellolla"} {
		if PlaceWord("fi", fold(w)) {
			t.Errorf("%q is read as a place", w)
		}
	}
}

// An English or Swedish stop word, or a word of number, says nothing of
// a need in any language; the Finnish words among the stop words, and
// the Finnish numbers that name a thing too, are kept.
func TestForeignStopWordsAndNumbersAreFiller(t *testing.T) {
	for _, c := range []struct{ lang, word string }{
		{"fi", "and"}, {"fi", "of"}, {"fi", "the"}, {"fi", "och"}, {"fi", "three"}, {"fi", "tre"},
		{"fi", "kolmen"}, {"fi", "kahdeksan"}, {"en", "tva"}, {"sv", "hundred"},
	} {
		if !FillerForm(c.lang, fold(c.word)) {
			t.Errorf("%q in a need read as %s is not filler", c.word, c.lang)
		}
	}
	for _, w := range []string{"into", "kuusi", "kuusen", "sata"} {
		if FillerForm("fi", fold(w)) {
			t.Errorf("%q, a Finnish word of substance, is filler", w)
		}
	}
}

// TestQuietWords: the classes of words a need talks in, by lemma where
// no word of substance shares its key and by form where one does: words
// of time ("talvea", "kesäksi") and amount ("määriä", "verran"), of
// manner and place ("samalla", "ympärillä", "läpi", "toisille"), generic
// nouns and verbs ("vaihtoehdossa", "keinoilla", "syntyy", "ollaan",
// "tehtyä", "ollaan"), and their English and Swedish kin ("regions",
// "offers", "winter", "cities", "kommun").
// They are quiet, not filler: they rank as a place does (quiet.go).
func TestQuietWords(t *testing.T) {
	for _, w := range []string{"talvea", "talvella", "kesäksi", "syksyllä", "määriä", "määrät", "vaihtoehdossa", "vaihtoehtoja", "keinoilla",
		"syntyy", "syntyi", "samalla", "samaan", "toisille", "isomman", "isompia", "kerralla", "ympärillä", "läpi", "verran", "koko", "asti",
		"ollaan", "jaksaa", "lähdössä", "tehtyä", "tekeviä", "aikana", "siirtää", "liittyä", "jäävästä", "sopivia", "tarjolla", "hakemaan", "maksaa"} {
		if !QuietForm("fi", fold(w)) {
			t.Errorf("%q is not quiet", w)
		}
	}
	for _, w := range []string{"kevyt", "kevyen", "muutosta", "muutos", "jäätä", "selvitys", "selvityksen", "jäsen", "keksintö", "kunta", "kunnat", "selvittää", "alueelliseen"} {
		if QuietForm("fi", fold(w)) {
			t.Errorf("%q, a word of substance, is quiet", w)
		}
	}
	for _, c := range [][2]string{{"en", "regions"}, {"en", "offers"}, {"en", "develops"},
		{"en", "winter"}, {"en", "cities"}, {"en", "municipality"}, {"sv", "kommun"}, {"sv", "regioner"}, {"sv", "vinter"}, {"en", "sell"}, {"sv", "köper"}, {"en", "planned"}, {"fi", "pohjoisesta"}} {
		if !QuietForm(c[0], fold(c[1])) {
			t.Errorf("%q in a need read as %s is not quiet", c[1], c[0])
		}
	}
}
