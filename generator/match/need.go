package match

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kimppa/kimppa/generator/searchindex"
)

// The scoring below is search.js's match() in Go: the same words, keys,
// weights and formula over the same index, so that the solvers written
// to data/matches.json are what /kimppahaku/ shows for the same text.
const (
	maxWords    = 64  // distinct words of a need that count, in order
	maxTerms    = 32  // terms kept, the most telling first
	aliasWeight = 0.8 // a key with the same Snowball stem
	bm25K1      = 2.0 // as the index's impact levels
)

// term is one word of a need with its other forms: the words whose first
// key is the same ("mäski", "mäskin", "mäskille").
type term struct {
	surface string // the shortest form as written, for reasons
	keys    []searchindex.KeyWeight
	count   float64 // occurrences in the need, weighted by the part they are in
	first   int     // position of its first word
	// classes are the lemma classes of its words' forms of keys[0]
	// (searchindex.LemmaClass); "" is any
	classes []string
	asking  bool // a form of it asks for money: of money, support or applying (askingWord)
	// place: it names a place (searchindex.PlaceWord). It ranks what is
	// there as a word does, but is no reason and no part of fit: a place
	// says where, not what
	place bool
	// quiet: a quiet word (searchindex.QuietForm) of how, when or how
	// much: it scores as a word does and covers as a compound's part does
	// (partCover), but is no reason
	quiet bool
}

// part is a part of a need's text and how much its words count: an
// entity's title and tags say more about it than its body.
type part struct {
	text   string
	weight float64
}

// terms reads a need: its distinct words (the first maxWords), each with
// the keys search looks up, or the keys of its compound parts when no key
// finds the word whole; forms of one word are one term. A word without a
// letter (a year, a number) or of one letter (the "n" of "EU:n") tells
// nothing of a need.
func terms(x *searchindex.Index, lang string, langs []string, parts ...part) []term {
	return moneyTerms(x, lang, langs, false, parts...)
}

// moneyTerms are terms of a need that asks for money or not
// (fundingIntent): in one that does, its words of money are never filler.
func moneyTerms(x *searchindex.Index, lang string, langs []string, money bool, parts ...part) []term {
	r := reader{x: x, lang: lang, langs: langs, money: money, byFolded: map[string]int{}, byKey: map[string]int{}}
	for _, p := range parts {
		for _, w := range searchindex.Words(lang, p.text) {
			r.add(w, p.weight)
		}
	}
	return r.terms
}

// reader gathers a need's terms.
type reader struct {
	x        *searchindex.Index
	lang     string
	langs    []string
	money    bool // the need asks for money
	terms    []term
	byFolded map[string]int // folded word → its term, -1 for none
	byKey    map[string]int // first key → its term
}

// add adds one word of the need.
func (r *reader) add(w searchindex.Word, weight float64) {
	i, seen := r.byFolded[w.Folded]
	switch {
	case seen && i >= 0:
		r.terms[i].count += weight
		return
	case seen, len(r.byFolded) >= maxWords:
		return
	case !strings.ContainsFunc(w.Folded, unicode.IsLetter), utf8.RuneCountInString(w.Folded) < 2, filler(r.lang, w.Folded) && !(r.money && fundingWord(w.Folded)):
		r.byFolded[w.Folded] = -1
		return
	case searchindex.PlaceWord(r.lang, w.Folded):
		r.addPlace(w, weight)
		return
	}
	found := func(keys []searchindex.KeyWeight) bool {
		return slices.ContainsFunc(keys, func(k searchindex.KeyWeight) bool { return r.x.Has(k.Key) })
	}
	src := w.Folded // the form the keys are of
	keys := searchindex.QueryKeys(r.lang, r.langs, w.Folded)
	quiet := searchindex.QuietStem(r.lang, w.Folded, keys[0].Key) // keys[0] is its stem in r.lang
	for _, base := range bases(r.lang, w.Folded) {
		if found(keys) {
			break
		}
		src, keys = base, searchindex.QueryKeys(r.lang, r.langs, base) // kuntamme → kunta
	}
	// an English or Swedish word finds the Finnish words of the same
	// thing, a Finnish word its synonyms
	var bridged []searchindex.KeyWeight
	for _, f := range append([]string{w.Folded}, bases(r.lang, w.Folded)...) {
		bridged = append(bridged, searchindex.TranslatedKeys(r.lang, r.langs, f)...)
	}
	// a word no key finds is read by its parts, unless it is a foreign
	// word the glossary knows: that says what it is better than a guess
	// at its parts ("hyresavtal" is no "tal")
	if !found(keys) && len(bridged) == 0 && talk(r.lang, w.Folded) { // a verb's form of talk nobody offers, whatever its parts
		r.byFolded[w.Folded] = -1
		return
	}
	// a word the site has not written, nor the glossary's words of it,
	// reaches the words of the concepts it names (its bridges' too): a
	// word the site has says better what it means than its concepts
	var concepts []searchindex.KeyWeight
	if !found(keys) && !found(bridged) {
		vias := make([]string, len(bridged))
		for i, b := range bridged {
			vias[i] = b.Via
		}
		concepts = searchindex.ConceptKeys(r.lang, r.langs, append([]string{w.Folded}, bases(r.lang, w.Folded)...), vias)
	}
	if !found(keys) && (r.lang == "fi" || len(bridged) == 0) {
		keys = searchindex.PartKeys(r.x, r.lang, w.Folded)
		for i, k := range keys {
			if k.Part {
				keys[i].Via = writtenTail(w, k.Via)
			}
		}
	}
	for _, t := range append(bridged, concepts...) {
		if !slices.ContainsFunc(keys, func(k searchindex.KeyWeight) bool { return k.Key == t.Key }) {
			keys = append(keys, t)
		}
	}
	if len(keys) == 0 { // a word the site does not have: it counts against fit
		r.byFolded[w.Folded] = len(r.terms)
		r.terms = append(r.terms, term{surface: w.Surface, count: weight, first: len(r.byFolded), quiet: quiet})
		return
	}
	class := ""
	if keys[0].Form {
		class = searchindex.LemmaClass(r.lang, src, keys[0].Key)
	}
	if i, ok := r.byKey[keys[0].Key]; ok {
		r.byFolded[w.Folded] = i
		r.terms[i].count += weight
		r.terms[i].asking = r.terms[i].asking || askingWord(w.Folded)
		if shorter(w.Surface, r.terms[i].surface) {
			r.terms[i].surface = w.Surface
		}
		if !slices.Contains(r.terms[i].classes, class) {
			r.terms[i].classes = append(r.terms[i].classes, class)
		}
		return
	}
	r.byFolded[w.Folded] = len(r.terms)
	r.byKey[keys[0].Key] = len(r.terms)
	r.terms = append(r.terms, term{surface: w.Surface, keys: keys, count: weight, first: len(r.byFolded), classes: []string{class}, asking: askingWord(w.Folded), quiet: quiet})
}

// addPlace adds a word that names a place: a term of its own forms'
// keys, without bridges, parts or concepts.
func (r *reader) addPlace(w searchindex.Word, weight float64) {
	keys := searchindex.QueryKeys(r.lang, r.langs, w.Folded)
	if i, ok := r.byKey[keys[0].Key]; ok {
		r.byFolded[w.Folded] = i
		r.terms[i].count += weight
		return
	}
	r.byFolded[w.Folded] = len(r.terms)
	r.byKey[keys[0].Key] = len(r.terms)
	r.terms = append(r.terms, term{surface: w.Surface, keys: keys, count: weight, first: len(r.byFolded), classes: []string{""}, place: true})
}

// filler: a word of filler, or filler with a possessive suffix
// ("kaupunkimme"). A need asking for money means its words of money
// ("tukea" is filler as support, not as a grant asked for).
func filler(lang, folded string) bool {
	return searchindex.FillerForm(lang, folded) || slices.ContainsFunc(bases(lang, folded), func(b string) bool { return searchindex.FillerForm(lang, b) })
}

// bases are a Finnish word without an ending the index's stemmer leaves
// on, to look up when the word is not found as it is: the possessive
// suffixes "our", "your" (-mme, -nne: a need says "kuntamme", a profile
// "kunta"), the essive (-na, -nä: "sivutuotteena") and the clitics -ko,
// -kö, -kin, -han, -hän. search.js's basesOf is the same.
func bases(lang, folded string) []string {
	if lang != "fi" || len(folded) < 7 {
		return nil
	}
	for _, suffix := range []string{"mme", "nne"} {
		if base, ok := strings.CutSuffix(folded, suffix); ok {
			return []string{base}
		}
	}
	if base, ok := strings.CutSuffix(folded, "na"); ok && isVowel(base[len(base)-1]) {
		return []string{base}
	}
	// a question's or an emphasis' clitic on a verb or noun that ends in a
	// vowel: "vuokraako" → vuokraa, "löytyykö" → löytyy, "kaupunkikin"
	for _, clitic := range []string{"ko", "kin", "han"} {
		if base, ok := strings.CutSuffix(folded, clitic); ok && len(base) >= 5 && isVowel(base[len(base)-1]) {
			return []string{base}
		}
	}
	return nil
}

// talkEndings end Finnish forms a need talks in, whatever the verb or
// noun: the conditional mood ("valitsisimme", "näyttäisi", "tekisikö"),
// spoken too ("pitäis", "löytyis", "keksis", "voisko": its -is), and the
// -kaan/-kään clitic ("osaamistakaan"). Folded, as words are compared. A
// plain verb ("pinnoittaa") may be a thing nobody offers.
var talkEndings = []string{"isimme", "isitte", "isivat", "aisi", "aisin", "isiko", "kaan", "is", "isko"}

// talk: a Finnish word the site does not have that is a verb's form of
// talk; it does not count against fit as a thing nobody offers would.
func talk(lang, folded string) bool {
	return lang == "fi" && len(folded) >= 5 && slices.ContainsFunc(talkEndings, func(e string) bool { return strings.HasSuffix(folded, e) })
}

// writtenTail is the end of word w whose folded form is tail, as the
// need writes it but in lower case ("Laivakontteja", "kontteja"), or tail
// when folding changed the word's length.
func writtenTail(w searchindex.Word, tail string) string {
	lower := []rune(strings.ToLower(w.Surface))
	if len(lower) != utf8.RuneCountInString(w.Folded) {
		return tail
	}
	return string(lower[len(lower)-utf8.RuneCountInString(tail):])
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

func shorter(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) < len(rb) || len(ra) == len(rb) && a < b
}

// hits are the docs one term finds, each with its best weight.
type hits struct {
	docs []int32
	best []float64 // w × (level+1), the best of the term's keys
	// how a doc was found: howForm by a form of the word itself, or
	// howBridge+i by the term's key i, a glossary bridge; howOther by
	// another language's stem or a compound's part, which is no reason
	how []int16
	idf float64
	// df is how many docs the term's own keys find (its concepts' are
	// not counted: they widen the word, they do not make it common), or
	// when they find none, how many its concepts find
	df int
}

const (
	howOther  = -1
	howForm   = 0
	howBridge = 1
)

// finder looks up terms in an index, with what it has looked up before:
// the needs of a site's actors share most of their words.
type finder struct {
	x     *searchindex.Index
	cache sync.Map // term signature → hits
}

// signature names a term's keys and weights, what its hits depend on.
func (t term) signature() string {
	var b strings.Builder
	for _, kw := range t.keys {
		fmt.Fprintf(&b, "%s %g %t %t %s|", kw.Key, kw.W, kw.Form, kw.Concept, kw.Via)
	}
	fmt.Fprintf(&b, "%q", t.classes)
	return b.String()
}

// upper is at least as many docs as the term's df: the longest list of
// its own keys and aliases (of its concepts' when those find none); a
// term too common to count is known without gathering its docs.
func (f *finder) upper(t term) int {
	if n := f.longest(t, false); n > 0 {
		return n
	}
	return f.longest(t, true)
}

// longest is the longest list of t's concept keys or of its other keys,
// and of their aliases.
func (f *finder) longest(t term, concept bool) int {
	n := 0
	for _, kw := range t.keys {
		if kw.Concept != concept {
			continue
		}
		p, aliases, ok := f.x.Lookup(kw.Key)
		if !ok || concept && len(p.Docs) > conceptDF(f.x.N()) { // as find
			continue
		}
		n = max(n, len(p.Docs))
		for _, a := range aliases {
			if ap, _, ok := f.x.Lookup(a); ok {
				n = max(n, len(ap.Docs))
			}
		}
	}
	return n
}

// find looks up a term's keys and their aliases: every doc any of them
// finds, with the best weight. idf counts those docs once.
func (f *finder) find(t term) hits {
	sig := t.signature()
	if h, ok := f.cache.Load(sig); ok {
		return h.(hits)
	}
	best := map[int32]float64{}
	how := map[int32]int16{}
	own := map[int32]bool{}
	add := func(p searchindex.Postings, w float64, by int16, concept bool) {
		for i, d := range p.Docs {
			if !concept {
				own[d] = true
			}
			if v := w * float64(p.Levels[i]+1); v > best[d] {
				best[d] = v
			}
			if old, ok := how[d]; !ok || better(by, old) {
				how[d] = by
			}
		}
	}
	for i, kw := range t.keys {
		p, aliases, ok := f.x.Lookup(kw.Key)
		if !ok || kw.Concept && len(p.Docs) > conceptDF(f.x.N()) {
			continue
		}
		by := keyHow(i, kw)
		add(p, kw.W, by, kw.Concept)
		for _, a := range aliases {
			if ap, _, ok := f.x.Lookup(a); ok {
				add(ap, kw.W*aliasWeight, by, kw.Concept)
			}
		}
	}
	// a form of the word is a reason only in a doc with a form of the
	// same word: of one of its lemma classes, where the key has several
	if in := f.sameWord(t); in != nil {
		for d, by := range how {
			if by == howForm && !in[d] {
				how[d] = howOther
			}
		}
	}
	h := hits{docs: make([]int32, 0, len(best))}
	for d := range best {
		h.docs = append(h.docs, d)
	}
	slices.Sort(h.docs)
	h.best = make([]float64, len(h.docs))
	h.how = make([]int16, len(h.docs))
	for i, d := range h.docs {
		h.best[i], h.how[i] = best[d], how[d]
	}
	h.df = len(own)
	if h.df == 0 {
		h.df = len(h.docs)
	}
	h.idf = idf(f.x.N(), h.df)
	// a doc only the concepts find weighs by the idf of all the docs
	// they find: a concept widens what the word means, and what it
	// reaches is as common as all of it
	if all := idf(f.x.N(), len(h.docs)); all < h.idf {
		for i, d := range h.docs {
			if !own[d] {
				h.best[i] *= all / h.idf
			}
		}
	}
	f.cache.Store(sig, h)
	return h
}

// idf is the idf of a term found in hit of n docs, as search.js's.
func idf(n, hit int) float64 {
	return math.Log(1+(float64(n)-float64(hit)+0.5)/(float64(hit)+0.5)) * (bm25K1 + 1) / 16
}

// sameWord are the docs with a form of the same word as the term's,
// when its first key is a form of the word filed by lemma class; nil
// when any doc of the key has one.
func (f *finder) sameWord(t term) map[int32]bool {
	if len(t.keys) == 0 || !t.keys[0].Form || !f.x.ByClass(t.keys[0].Key) || slices.Contains(t.classes, "") {
		return nil
	}
	in := map[int32]bool{}
	for _, c := range append([]string{""}, t.classes...) {
		if p, _, ok := f.x.Lookup(searchindex.ClassKey(t.keys[0].Key, c)); ok {
			for _, d := range p.Docs {
				in[d] = true
			}
		}
	}
	return in
}

// keyHow is how a term's key i finds a doc.
func keyHow(i int, kw searchindex.KeyWeight) int16 {
	switch {
	case kw.Form:
		return howForm
	case kw.Via != "":
		return howBridge + int16(i)
	}
	return howOther
}

// better: a form of the word is a better reason than a bridge, a bridge
// than none, and of two bridges the first key's.
func better(a, b int16) bool {
	switch {
	case a == b || a == howOther:
		return false
	case b == howOther:
		return true
	}
	return a < b
}

// weight is how much a term tells about a need: rare words and words the
// need repeats count more.
func (t term) weight(h hits) float64 { return h.idf * t.qw() }

// qw is how much the need stresses the term: 1 for one plain word, more
// for a word it repeats or puts in its title.
func (t term) qw() float64 { return 1 + math.Log(max(1, t.count)) }

// scored is a need's text score of every doc it finds, why each was
// found, and what the need weighs, for fit.
type scored struct {
	terms   []term
	weights []float64 // of each term: idf × qw
	docs    []int     // of each term: how many docs it finds
	text    map[int32]float64
	found   map[int32][]found
	total   float64 // the weight of the need's meaningful words, found or not
	funding bool    // the need asks for money (fundingIntent)
}

// found is a term that found a doc: with a reason (a form of the word
// or a glossary bridge) or, how howOther, as a part of fit only.
type found struct {
	term  int
	share float64 // what it adds to the doc's text score
	how   int16
}

// unmetIDF is what a word no doc has weighs in a need: half the idf of
// the rarest word, since it may be a typo or a form the stemmer misses as
// well as a thing nobody offers.
func unmetIDF(n int) float64 {
	return math.Log(1+(float64(n)+0.5)/0.5) * (bm25K1 + 1) / 16 * unmetShare
}

const unmetShare = 0.5

// partCover is what of a word's weight a doc found only by a part of
// it (a compound's) or by another language's stem of it covers: fit
// counts it, though no reason shows it.
const partCover = 0.5

// placeCap is the most a need's places add to a doc's text score, as a
// multiple of what its other words give it: where a need is ranks who
// is there among what its words find ("Muutin firman Ouluun" and the
// cluster of Oulu), but finds nothing alone, and a city whose pages
// name it on every line does not outrank what fits better.
const placeCap = 2

// conceptCover is what of a word's weight a doc found only through a
// concept the word names covers: it is weaker evidence than the word.
const conceptCover = 0.5

// conceptDF is how many docs a concept's word may find and still count:
// a broad word many profiles use says little of what the need names.
func conceptDF(n int) int { return max(3, n/10) }

// score finds every doc that shares a word with the need, keeping the
// maxTerms most telling terms. A term found in more than maxDF docs tells
// nothing and is left out; a term found in none still weighs in the
// need's total, so that a need whose rare words nobody has fits nothing
// well: search.js's match() leaves out a term in more than half of a
// large site's docs (commonDF).
func score(f *finder, ts []term, maxDF int) scored {
	type th struct {
		t term
		h hits
	}
	var kept []th
	total := 0.0
	for _, t := range ts {
		n := f.upper(t)
		if n > maxDF {
			continue // the union is at least the longest list
		}
		if n == 0 {
			if !t.place {
				total += unmetIDF(f.x.N()) * t.qw()
			}
			continue
		}
		h := f.find(t)
		if h.df > maxDF {
			continue
		}
		if !t.place {
			total += t.weight(h)
		}
		kept = append(kept, th{t, h})
	}
	slices.SortStableFunc(kept, func(a, b th) int {
		return cmp.Or(cmp.Compare(b.t.weight(b.h), a.t.weight(a.h)), cmp.Compare(a.t.first, b.t.first))
	})
	kept = kept[:min(len(kept), maxTerms)]
	size := 0
	for _, k := range kept {
		size += len(k.h.docs)
	}
	s := scored{text: make(map[int32]float64, size), found: map[int32][]found{}, total: total}
	common := reasonDF(f.x.N())
	there := map[int32]float64{} // what the need's places add to each doc
	for i, k := range kept {
		s.terms = append(s.terms, k.t)
		s.weights = append(s.weights, k.t.weight(k.h))
		s.docs = append(s.docs, k.h.df)
		qw := k.t.qw()
		for j, d := range k.h.docs {
			v := k.h.idf * qw * k.h.best[j]
			if k.t.place {
				there[d] += v
				continue
			}
			s.text[d] += v
			// a reason only when the doc has a form of the word or its
			// bridge (else a part of fit), and the word is not in most docs
			if k.h.df <= common {
				how := k.h.how[j]
				if k.t.quiet { // it ranks and covers as a part does, but is no reason
					how = howOther
				}
				s.found[d] = append(s.found[d], found{i, v, how})
			}
		}
	}
	// a place ranks what the need's words find there, by at most
	// placeCap of what they give it; it finds nothing alone
	for d, v := range there {
		if t := s.text[d]; t > 0 {
			s.text[d] = t + min(v, placeCap*t)
		}
	}
	return s
}

// commonDF is how many docs a term may find and still count in a need
// written in words (search.js's match() has the same rule). On a site of
// a few hundred docs every word counts, by its idf: a topic's word that
// a taxonomy label puts in half the profiles ("tekstiili", "muovi") still
// tells one of them from the rest. On a large site a word in half of it
// costs much and tells little.
func commonDF(n int) int {
	if n < 200 {
		return n
	}
	return n / 2
}

// reasonDF is how many docs a word may find and still be shown as a
// reason: a word in most of a site ("kiertotalous", "yritys") scores a
// little but says nothing of why one doc fits.
func reasonDF(n int) int {
	if n < 40 {
		return n
	}
	return n / 2
}

// siteDF is how many docs a word of an entity's own text may find and
// still count in the suggestions worked out for every challenge and
// actor at build time: on a large site a word in more than a twentieth
// of it costs much and tells little. On a site of a few hundred entries
// it is commonDF, so a challenge's solvers are what match() gives for
// its text.
func siteDF(n int) int { return min(commonDF(n), max(n/20, 250)) }

// partnerDF is how many docs a word of an actor's own text may find and
// still count in its partners and calls: a tenth of the site (at least
// five docs, at most siteDF). What most profiles say tells nothing of
// whom an actor should work with, and a profile stuffed with the site's
// common words gains nothing by it.
func partnerDF(n int) int { return min(siteDF(n), max(n/10, 5)) }

// reasons are the words of the need that found doc d, as written (a
// bridged word as "reclaimed → uudelleenkäyttö"), the biggest share
// first, at most n; and the facet terms whose labels the words are when
// d has such a term (has): a word of a label is a reason only as the
// term, a taxonomy's; a kind's or type's is none. fit is the share of
// the need's weight the reasons cover, and partCover of the weight of
// the words that found d without a reason.
func (s scored) reasons(x *searchindex.Index, d int32, n int, has func(searchindex.FacetTerm) bool) (words []string, terms map[string][]string, fit float64) {
	list := slices.Clone(s.found[d])
	slices.SortStableFunc(list, func(a, b found) int { return cmp.Compare(b.share, a.share) })
	cover := 0.0
	for _, r := range s.found[d] {
		switch {
		case r.how == howOther:
			cover += s.weights[r.term] * partCover
		case r.how >= howBridge && s.terms[r.term].keys[r.how-howBridge].Concept:
			cover += s.weights[r.term] * conceptCover
		case r.how >= howBridge && s.terms[r.term].keys[r.how-howBridge].Part:
			cover += s.weights[r.term] * partCover
		default:
			cover += s.weights[r.term]
		}
	}
	for _, r := range list {
		if r.how == howOther {
			continue
		}
		t := s.terms[r.term]
		key, word := t.keys[0].Key, t.surface
		if r.how >= howBridge {
			kw := t.keys[r.how-howBridge]
			key, word = kw.Key, t.surface+" → "+kw.Via
		}
		label := false
		for _, ft := range x.LabelTerms(key) {
			if !has(ft) {
				continue
			}
			label = true
			if ft.Facet != "kind" && ft.Facet != "type" && !slices.Contains(terms[ft.Facet], ft.Term) {
				if terms == nil {
					terms = map[string][]string{}
				}
				terms[ft.Facet] = append(terms[ft.Facet], ft.Term)
			}
		}
		if !label && len(words) < n {
			words = append(words, word)
		}
	}
	if s.total > 0 {
		fit = min(1, cover/s.total)
	}
	return words, terms, fit
}
