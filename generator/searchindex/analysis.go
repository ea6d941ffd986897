package searchindex

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/fi"
	"github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
)

// tokenPattern is the tokeniser shared with search.js (TOKEN_RE there):
// runs of letters, marks and digits, joined by a single apostrophe, period
// or hyphen between two such runs ("raaka-aine", "0201256-6", "kimppa.fi").
const tokenPattern = `[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*`

// token is one analysed word: surface is the lower-cased word after the
// stop filter, key the normalised index key (fold + light stem).
type token struct {
	surface string
	key     string
}

// langAnalysis is the bleve chain for one language.
type langAnalysis struct {
	filters []analysis.TokenFilter // possessive (en), lower case, stop words
	stop    analysis.TokenMap
	stemmer analysis.TokenFilter // Snowball (fi, sv) or Porter (en); nil for other languages
}

var (
	analysisOnce sync.Once
	analysisErr  error
	chains       map[string]*langAnalysis
	plainChain   *langAnalysis
)

func setupAnalysis() {
	cache := registry.NewCache()
	get := func(name string) analysis.TokenFilter {
		f, err := cache.TokenFilterNamed(name)
		if err != nil && analysisErr == nil {
			analysisErr = fmt.Errorf("searchindex: bleve token filter %q: %w", name, err)
		}
		return f
	}
	getMap := func(name string) analysis.TokenMap {
		m, err := cache.TokenMapNamed(name)
		if err != nil && analysisErr == nil {
			analysisErr = fmt.Errorf("searchindex: bleve token map %q: %w", name, err)
		}
		return m
	}
	lower := get(lowercase.Name)
	chains = map[string]*langAnalysis{
		"fi": {filters: []analysis.TokenFilter{lower}, stop: getMap(fi.StopName), stemmer: get(fi.SnowballStemmerName)},
		"sv": {filters: []analysis.TokenFilter{lower}, stop: getMap(sv.StopName), stemmer: get(sv.SnowballStemmerName)},
		"en": {filters: []analysis.TokenFilter{get(en.PossessiveName), lower}, stop: getMap(en.StopName), stemmer: get(en.SnowballStemmerName)},
	}
	plainChain = &langAnalysis{filters: []analysis.TokenFilter{lower}}
}

func chainFor(lang string) (*langAnalysis, error) {
	analysisOnce.Do(setupAnalysis)
	if analysisErr != nil {
		return nil, analysisErr
	}
	if c, ok := chains[lang]; ok {
		return c, nil
	}
	return plainChain, nil
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

// spans calls fn with the byte range of each token of text. It is bleve's
// regexp tokenizer with tokenPattern, written out by hand because the
// regexp engine was most of the build time (TestTokenizerMatchesRegexp
// keeps the two equal).
func spans[T string | []byte](text T, fn func(start, end int)) {
	word := func(i int) (bool, int) { // is text[i:] a word rune, and its size
		c := text[i]
		if c < utf8.RuneSelf {
			return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9', 1
		}
		r, n := utf8.DecodeRuneInString(string(text[i:min(len(text), i+utf8.UTFMax)]))
		return isWordRune(r), n
	}
	i := 0
	for i < len(text) {
		ok, n := word(i)
		if !ok {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			if ok, n = word(i); ok {
				i += n
				continue
			}
			c := text[i]
			if c == '\'' || c == '.' || c == '-' || c == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99 { // ' . - ’
				j := i + 1
				if c == 0xe2 {
					j = i + 3
				}
				if j < len(text) {
					if ok, _ = word(j); ok {
						i = j
						continue
					}
				}
			}
			break
		}
		fn(start, i)
	}
}

// stopWords returns the bleve stop word list of lang, sorted.
func stopWords(lang string) []string {
	c, err := chainFor(lang)
	if err != nil || c.stop == nil {
		return nil
	}
	out := make([]string, 0, len(c.stop))
	for w := range c.stop {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// analyzeTokens runs bleve's tokeniser and filters (possessive for en, lower
// case, stop words) and computes each word's key.
func analyzeTokens(lang, text string) []token {
	var out []token
	eachWord(lang, text, func(s string) {
		out = append(out, token{surface: s, key: stem(lang, fold(s))})
	})
	return out
}

// eachWord runs the bleve chain of lang over text and calls fn with each
// lower-case word that is not a stop word. The bytes are valid during fn.
func eachWord(lang, text string, fn func(w string)) {
	c, err := chainFor(lang)
	if err != nil {
		return
	}
	var pos []int
	spans(text, func(start, end int) { pos = append(pos, start, cutWord(text, start, end)) })
	// Only words with capitals or apostrophes need the filters (possessive,
	// lower case); the others are already what the filters would give.
	var backing []analysis.Token
	var stream analysis.TokenStream
	for i := 0; i < len(pos); i += 2 {
		start, end := pos[i], pos[i+1]
		if !plainLower(text[start:end]) {
			backing = append(backing, analysis.Token{Term: []byte(text[start:end]), Start: start, End: end, Position: i/2 + 1, Type: analysis.AlphaNumeric})
		}
	}
	if len(backing) > 0 {
		stream = make(analysis.TokenStream, len(backing))
		for i := range backing {
			stream[i] = &backing[i]
		}
		for _, f := range c.filters {
			stream = f.Filter(stream)
		}
	}
	k := 0
	for i := 0; i < len(pos); i += 2 {
		var term string
		if k < len(stream) && stream[k].Start == pos[i] {
			term = string(stream[k].Term)
			k++
		} else {
			term = text[pos[i]:pos[i+1]]
		}
		if c.stop != nil && c.stop[term] {
			continue
		}
		fn(term)
	}
}

// MaxWordRunes is the length at which a word is cut: a longer token is
// analysed (indexed, split, stemmed, matched) as its first MaxWordRunes
// runes. No real word is this long (the longest Finnish dictionary
// compounds have about 60 letters), and it bounds every word-level step —
// the compound splitter and PartKeys try each split position with work
// that grows with the word — so a single 1 MB word costs what a 64-letter
// one does. search.js cuts query words the same way (MAX_WORD there).
const MaxWordRunes = 64

// cutWord returns where the token text[start:end] ends once cut to
// MaxWordRunes runes.
func cutWord(text string, start, end int) int {
	if end-start <= MaxWordRunes {
		return end // fewer bytes than the limit: fewer runes too
	}
	n := 0
	for i := range text[start:end] {
		if n == MaxWordRunes {
			return start + i
		}
		n++
	}
	return end
}

// plainLower reports whether w has no capitals and no apostrophes: the
// possessive and lower-case filters leave it as it is.
func plainLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if r == '’' || r == '\'' || unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.ToLower(r) != r {
					return false
				}
			}
			return true
		}
		if 'A' <= c && c <= 'Z' || c == '\'' {
			return false
		}
	}
	return true
}

// Analyze returns the index keys of text analysed as language lang: bleve
// tokenising, lower case and stop words, then fold (diacritics) and the
// light stemmer. search.js computes the same keys for a query (its analyze
// function); TestGoAndJSAgreeOnAnalysis keeps the two equal.
func Analyze(lang, text string) []string {
	toks := analyzeTokens(lang, text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.key
	}
	return out
}

// snowball returns bleve's Snowball (Porter for English) stem of a lower-case
// word, or "" for a language without a stemmer.
func snowball(lang, surface string) string {
	c, err := chainFor(lang)
	if err != nil || c.stemmer == nil {
		return ""
	}
	ts := c.stemmer.Filter(analysis.TokenStream{{Term: []byte(surface)}})
	return string(ts[0].Term)
}

// foldTable maps letters with diacritics to their base letters. search.js
// has the same table (FOLD there).
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ß': "ss", 'ť': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", '’': "'",
}

// fold removes diacritics from a lower-case word: ä→a, ö→o, å→a, é→e, …;
// combining marks are dropped, so decomposed input folds the same way.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if rep, ok := foldTable[r]; ok {
			b.WriteString(rep)
		} else if unicode.Is(unicode.M, r) {
			continue
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stem is the light stemmer shared with search.js (stem there). It works on
// folded words; only an all-[a-z] word (or the last all-[a-z] part of a
// word joined by - . ') is stemmed, anything else is its own key.
func stem(lang, w string) string {
	if isAZ(w) {
		return stemWord(lang, w)
	}
	if i := strings.LastIndexAny(w, "-.'"); i >= 0 {
		last := w[i+1:]
		if isAZ(last) {
			return w[:i+1] + stemWord(lang, last)
		}
		return w
	}
	return w
}

func isAZ(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func stemWord(lang, w string) string {
	switch lang {
	case "fi":
		return stemFi(w)
	case "en":
		return stemEn(w)
	case "sv":
		return stemSv(w)
	}
	return w
}

const minStem = 3

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func stripVowels(w string) string {
	for len(w) > minStem && isVowel(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// fiEndings are the case, number and possessive endings stemFi strips, one
// at most, longest first. "ta" is stripped only after a vowel.
var fiEndings = []string{"siin", "tten", "nsa", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "den", "ten", "hin", "ta", "n", "t"}

// fiEndingsByLast lists fiEndings by their last letter, in the same order.
var fiEndingsByLast = func() (m [256][]string) {
	for _, e := range fiEndings {
		m[e[len(e)-1]] = append(m[e[len(e)-1]], e)
	}
	return m
}()

// fiTails are the stem-final rewrites stemFi applies once, first match:
// k-s stems (yrityks→yritys), consonant gradation (nn→nt, kk→k, …) and the
// -us/-ys stems (taloud→talou).
var fiTails = [][2]string{
	{"ks", "s"}, {"nn", "nt"}, {"mm", "mp"}, {"ng", "nk"}, {"kk", "k"}, {"pp", "p"}, {"tt", "t"},
	{"ud", "u"}, {"yd", "y"}, {"ut", "u"}, {"yt", "y"},
}

// gradation gives the strong-grade keys a weak-grade Finnish key may come
// from: kadun → kad → kat (katu), luvan → luv → lup (lupa), tiedon → tied
// → tiet (tieto), ruoan → ruo → ruok (ruoka), käytön → kay → kayt
// (käyttö), virran → virr → virt (virta), pellon → pell → pelt (pelto),
// kankaan → kank, kangas → kang; and the key of a plural whose stem ends
// in j: työpajoja → tyopaj → tyop (työpaja). search.js has the same
// function for query words.
func gradation(k string) []string {
	if k == "" {
		return nil
	}
	var out []string
	last := k[len(k)-1]
	if len(k) >= 3 && last == 'd' {
		out = append(out, k[:len(k)-1]+"t")
	}
	if len(k) >= 3 && last == 'v' {
		out = append(out, k[:len(k)-1]+"p")
	}
	if len(k) <= 4 && isVowel(last) {
		out = append(out, k+"k")
	}
	if len(k) == minStem && (last == 'y' || last == 'u') {
		out = append(out, k+"t")
	}
	if len(k) >= 4 {
		switch k[len(k)-2:] {
		case "rr", "ll":
			out = append(out, k[:len(k)-1]+"t")
		case "ng":
			out = append(out, k[:len(k)-1]+"k")
		}
	}
	if len(k) > minStem+1 && last == 'j' {
		out = append(out, stripVowels(k[:len(k)-1]))
	}
	return out
}

// stemFi reduces the forms of a Finnish word to one key: muovi, muovin,
// muoveja, muovit → muov; kierrätys, kierrätyksen, kierrätystä → kierrat.
func stemFi(w string) string {
	if len(w) <= minStem {
		return w
	}
	if strings.HasSuffix(w, "nen") && len(w) >= 6 {
		w = w[:len(w)-3] + "s" // -inen adjectives: taloudellinen ~ taloudellisen
	} else {
		for _, e := range fiEndingsByLast[w[len(w)-1]] {
			if strings.HasSuffix(w, e) && len(w)-len(e) >= minStem {
				if e == "ta" && !isVowel(w[len(w)-3]) {
					continue
				}
				w = w[:len(w)-len(e)]
				break
			}
		}
	}
	w = stripVowels(w)
	if len(w) > minStem && w[len(w)-1] == 'j' { // plural j: muoveja, palvelujen
		w = stripVowels(w[:len(w)-1])
	}
	for _, t := range fiTails {
		if strings.HasSuffix(w, t[0]) && len(w)-len(t[0])+len(t[1]) >= minStem {
			w = stripVowels(w[:len(w)-len(t[0])] + t[1])
			break
		}
	}
	if len(w) > minStem && w[len(w)-1] == 's' {
		w = stripVowels(w[:len(w)-1])
	}
	return w
}

// possessiveBase is a folded Finnish word without the suffix "our" or
// "your" (-mme, -nne: "kuntamme", "keräämme" → "kunta", "keraa"), for a
// word of 7 letters or more; match's bases reads a need's words so too.
func possessiveBase(folded string) (string, bool) {
	if len(folded) < 7 {
		return "", false
	}
	for _, suffix := range []string{"mme", "nne"} {
		if base, ok := strings.CutSuffix(folded, suffix); ok {
			return base, true
		}
	}
	return "", false
}

// stemEn is a light English stemmer: plurals, -ing, -ed, final e and y.
func stemEn(w string) string {
	if len(w) <= minStem {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	if strings.HasSuffix(w, "ing") && len(w) >= 6 {
		w = undouble(w[:len(w)-3])
	} else if strings.HasSuffix(w, "ed") && len(w) >= 5 {
		w = undouble(w[:len(w)-2])
	}
	if strings.HasSuffix(w, "e") && len(w) >= 5 {
		w = w[:len(w)-1]
	}
	if strings.HasSuffix(w, "y") && len(w) >= 4 {
		w = w[:len(w)-1] + "i"
	}
	return w
}

func undouble(w string) string {
	n := len(w)
	if n >= 4 && w[n-1] == w[n-2] && strings.IndexByte("bdfgmnprt", w[n-1]) >= 0 {
		return w[:n-1]
	}
	return w
}

// svEndings are the Swedish endings stemSv strips, one at most, longest first.
var svEndings = []string{"heterna", "hetens", "arnas", "ernas", "ornas", "heten", "heter", "arna", "erna", "orna", "ande", "ende", "aren", "ens", "ets", "het", "are", "ast", "ar", "er", "or", "en", "et", "na", "es", "a", "e", "s"}

// stemSv is a light Swedish stemmer.
func stemSv(w string) string {
	for _, e := range svEndings {
		if strings.HasSuffix(w, e) && len(w)-len(e) >= minStem {
			return w[:len(w)-len(e)]
		}
	}
	return w
}
