package searchindex

import (
	"slices"
	"strings"
	"testing"
)

// TestGlossaryWordsAreWordsOfTheirLanguage: every glossary word is one
// word as a need's text is read (else no need could ever use it), and
// every Finnish word it finds is one word too (the JS table is split at
// spaces) and no filler: a bridge to filler would score and be shown.
func TestGlossaryWordsAreWordsOfTheirLanguage(t *testing.T) {
	for lang, table := range bridges() {
		for w, fis := range table {
			if ws := Words(lang, w); len(ws) != 1 || ws[0].Folded != fold(w) {
				t.Errorf("%s glossary word %q is read as %v", lang, w, ws)
			}
			for _, fi := range fis {
				if strings.ContainsAny(fi, " ,:") || fi == "" {
					t.Errorf("%s %q → %q: not one Finnish word", lang, w, fi)
				}
				if Filler(fold(fi)) {
					t.Errorf("%s %q → %q: a Finnish word of filler", lang, w, fi)
				}
			}
		}
	}
}

// TestGlossaryGeneralRepeatsNoWord: the general vocabulary adds words,
// it does not say again what the core tables say (one place per word).
func TestGlossaryGeneralRepeatsNoWord(t *testing.T) {
	for _, pair := range [][2]map[string][]string{{enGlossary, enGeneral}, {svGlossary, svGeneral}, {enGlossary, enMore}, {enGeneral, enMore}, {svGlossary, svMore}, {svGeneral, svMore}} {
		for w := range pair[1] {
			if _, ok := pair[0][w]; ok {
				t.Errorf("%q is in both tables", w)
			}
		}
	}
}

// TestGlossaryIsBroad: the glossary is a general vocabulary of needs,
// not a list of a few portals' words.
func TestGlossaryIsBroad(t *testing.T) {
	if n := len(glossaryWords["en"]); n < 1000 {
		t.Errorf("%d English words, want 1,000 or more", n)
	}
	if n := len(glossaryWords["sv"]); n < 600 {
		t.Errorf("%d Swedish words, want 600 or more", n)
	}
}

// TestPrunedGlossaryFindsEveryWord: every word the glossary was written
// with finds its Finnish words in a need of its language, though the
// table keeps only one form of a stem whose forms find the same.
func TestPrunedGlossaryFindsEveryWord(t *testing.T) {
	for lang, table := range glossaryWords {
		for w, fis := range table {
			got := TranslatedKeys(lang, []string{"fi"}, fold(w))
			for _, fi := range fis {
				k := stem("fi", fold(fi))
				if k != stem(lang, fold(w)) && !slices.ContainsFunc(got, func(kw KeyWeight) bool { return kw.Key == k }) {
					t.Errorf("%s %q finds %v, not %q", lang, w, got, fi)
				}
			}
		}
	}
}

// TestGoAndJSAgreeOnBridges runs search.js's translatedKeys in Node on
// every glossary word as written, its definite, plural and compound
// forms, and words that only share a stem with one, and compares the
// Finnish keys and words with TranslatedKeys.
func TestGoAndJSAgreeOnBridges(t *testing.T) {
	node := nodeOrSkip(t)
	type item struct {
		Lang string `json:"lang"`
		Word string `json:"word"`
	}
	var items []item
	for _, lang := range []string{"en", "sv", "fi"} {
		for _, w := range sortedWords(glossaryWords[lang]) {
			f := fold(w)
			for _, form := range []string{f, f + "en", f + "et", f + "erna", f + "s", f + "n", "jord" + f, f[:max(1, len(f)-1)]} {
				items = append(items, item{lang, form})
			}
		}
	}
	for w := range bridges()["fi"] {
		items = append(items, item{"fi", fold(w)}, item{"fi", fold(w) + "ssa"})
	}
	slices.SortFunc(items, func(a, b item) int { return strings.Compare(a.Lang+a.Word, b.Lang+b.Word) })
	var js [][]string
	nodeMap(t, node, analysisJS, `m.translatedKeys(i.lang, ["fi", "en", "sv"], i.word).map((k) => k.key + ":" + k.via)`, items, &js)
	if len(js) != len(items) {
		t.Fatalf("node returned %d results for %d items", len(js), len(items))
	}
	bad := 0
	for i, it := range items {
		goKeys := []string{}
		for _, k := range TranslatedKeys(it.Lang, []string{"fi", "en", "sv"}, it.Word) {
			goKeys = append(goKeys, k.Key+":"+k.Via)
		}
		if !slices.Equal(goKeys, js[i]) {
			if bad++; bad <= 20 {
				t.Errorf("%s %q: Go %q, JS %q", it.Lang, it.Word, goKeys, js[i])
			}
		}
	}
}

// TestSwedishFormsFindTheirWord: a Swedish glossary word in its definite
// or plural form finds the word's Finnish words, though the light
// stemmer keeps the ending ("cykeln"), and a word that only shares a
// stem with a glossary word does not find its ("data" is no "dator").
func TestSwedishFormsFindTheirWord(t *testing.T) {
	has := func(word, fi string) bool {
		return slices.ContainsFunc(TranslatedKeys("sv", []string{"fi", "sv"}, fold(word)), func(k KeyWeight) bool { return k.Via == fi })
	}
	for _, c := range [][2]string{{"cykeln", "polkupyörä"}, {"kontoret", "toimisto"}, {"stolarna", "tuoli"}, {"lastbilen", "kuorma-auto"}} {
		if !has(c[0], c[1]) {
			t.Errorf("%q does not find %q", c[0], c[1])
		}
	}
	if has("data", "tietokone") {
		t.Error(`"data" finds "tietokone", the Finnish word of "dator"`)
	}
	// a compound's short end is looked up as written only, not by its
	// stem: "bostadsområde" (a residential area) ends in "råde"
	if keys := TranslatedKeys("sv", []string{"fi", "sv"}, fold("bostadsområde")); len(keys) > 0 {
		t.Errorf(`"bostadsområde" finds %v`, keys)
	}
	if !has("kontorsstolar", "tuoli") {
		t.Error(`"kontorsstolar" (office chairs) does not find "tuoli" by its head`)
	}
}

// TestGlossaryMore: the general words enMore and svMore add reach the
// Finnish words of the same thing: money, trading, the side streams of
// meat and reindeer, ground, materials; a country near Finland reaches
// its Finnish name and is quiet, no reason.
func TestGlossaryMore(t *testing.T) {
	langs := []string{"fi", "en", "sv"}
	for _, c := range [][3]string{{"en", "money", "raha"}, {"en", "offcut", "hukkapala"}, {"en", "announce", "ilmoittaa"},
		{"en", "reindeer", "poro"}, {"en", "bones", "luu"}, {"en", "frost", "routa"}, {"en", "groundwork", "maarakentaminen"},
		{"en", "organic", "eloperäinen"}, {"en", "estonia", "viro"}, {"sv", "pengar", "raha"}, {"sv", "utvecklingspengar", "raha"},
		{"sv", "förbund", "liitto"}, {"sv", "skinn", "nahka"}, {"sv", "estland", "viro"}} {
		if !slices.ContainsFunc(TranslatedKeys(c[0], langs, fold(c[1])), func(k KeyWeight) bool { return k.Via == c[2] }) {
			t.Errorf("%s %q does not reach %q", c[0], c[1], c[2])
		}
	}
	for _, w := range []string{"estonia", "sweden", "latvia", "estland", "tyskland", "viron", "ruotsissa"} {
		if Filler(fold(w)) || !QuietForm("en", fold(w)) {
			t.Errorf("%q is filler, or not quiet", w)
		}
	}
}
