package searchindex

import (
	"slices"
	"strings"
)

// Index is a read-only view of a built index: the same keys, posting
// lists and aliases that the files hold, decoded, so that matching at
// build time (generator/match) scores exactly what search.js's match()
// reads in the browser.
type Index struct {
	docs    []DocRef
	byRef   map[DocRef]int32
	keys    map[string]int32
	lists   []Postings
	aliases [][]string
	labels  map[string][]FacetTerm // label word key → facet terms (LabelTerms)
	byClass map[string]bool        // keys whose words are filed by lemma class too (ByClass)
	probe   func(key string)       // told every key Has is asked (Probing)
}

// DocRef names a doc of the index.
type DocRef struct{ Type, Slug string }

// Postings are the docs a key finds, ascending, with each doc's impact
// level 0..15.
type Postings struct {
	Docs   []int32
	Levels []uint8
}

// N is the number of docs.
func (x *Index) N() int { return len(x.docs) }

// Doc is the doc with id.
func (x *Index) Doc(id int32) DocRef { return x.docs[id] }

// ID is the id of a doc, if it is indexed.
func (x *Index) ID(typ, slug string) (int32, bool) {
	id, ok := x.byRef[DocRef{typ, slug}]
	return id, ok
}

// Lookup returns key's postings and its aliases (keys with the same
// Snowball stem), as search.js's entry for the key holds them.
func (x *Index) Lookup(key string) (Postings, []string, bool) {
	i, ok := x.keys[key]
	if !ok {
		return Postings{}, nil, false
	}
	return x.lists[i], x.aliases[i], true
}

// view decodes the builder's lists into an Index.
func (b *builder) view() *Index {
	x := &Index{docs: make([]DocRef, len(b.docs)), byRef: make(map[DocRef]int32, len(b.docs)), keys: map[string]int32{}, labels: labelTerms(b.opts.FacetLabels)}
	for _, s := range b.docs {
		r := DocRef{s.doc.Type, s.doc.Slug}
		x.docs[s.id] = r
		x.byRef[r] = int32(s.id)
	}
	for k, list := range b.lists {
		if len(list) == 0 {
			continue
		}
		var p Postings
		id := int32(-1)
		decodeVLQs(list, func(v int) {
			id += int32(v>>4) + 1
			p.Docs = append(p.Docs, id)
			p.Levels = append(p.Levels, uint8(v&15))
		})
		if key, _, ok := strings.Cut(b.keys[k], "~"); ok {
			if x.byClass == nil {
				x.byClass = map[string]bool{}
			}
			x.byClass[key] = true
		}
		x.keys[b.keys[k]] = int32(len(x.lists))
		x.lists = append(x.lists, p)
		x.aliases = append(x.aliases, b.aliasesOf(b.keys[k]))
	}
	return x
}

// decodeVLQs calls fn with each number of a base-64 VLQ string.
func decodeVLQs(s []byte, fn func(int)) {
	v, shift := 0, 0
	for _, c := range s {
		d := strings.IndexByte(vlqAlphabet, c)
		v |= (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		fn(v)
		v, shift = 0, 0
	}
}

// Word is a word of a text as a query reads it: lower case, not a stop
// word, and folded (diacritics removed).
type Word struct {
	Surface string // as written, in lower case: "mäskille"
	Folded  string // "maskille"
}

// Words lists the words of text in lang, as search.js's words() does.
func Words(lang, text string) []Word {
	var out []Word
	eachWord(lang, text, func(s string) {
		out = append(out, Word{Surface: s, Folded: fold(s)})
	})
	return out
}

// KeyWeight is an index key a query word may find, and how much a find
// counts.
type KeyWeight struct {
	Key  string
	W    float64
	Form bool   // a form of the word itself (its stem in the query's language, or its strong grade), not a guess
	Via  string // the Finnish word of a glossary bridge, as the reason shows it
	// a word of a linked concept (ConceptKeys): weaker evidence, and a
	// common one tells nothing
	Concept bool
	// the head of a compound the need writes and the site does not
	// ("laivakontteja" → kontteja): a reason shown as a bridge to its
	// head as written, covering fit as a part does (Via is the head,
	// folded, until the need's reader puts it as written)
	Part bool
}

// QueryKeys are the keys a folded query word looks up, as search.js's
// parse() gives them: its stem in lang (1), its stems in the site's other
// languages (0.9), the strong grades of its Finnish stem (0.85).
func QueryKeys(lang string, langs []string, folded string) []KeyWeight {
	out := []KeyWeight{{Key: stem(lang, folded), W: 1, Form: true}}
	has := func(k string) bool {
		return slices.ContainsFunc(out, func(kw KeyWeight) bool { return kw.Key == k })
	}
	for _, l := range langs {
		if k := stem(l, folded); !has(k) {
			out = append(out, KeyWeight{Key: k, W: 0.9})
		}
	}
	for _, k := range gradation(stem("fi", folded)) {
		if !has(k) {
			out = append(out, KeyWeight{Key: k, W: 0.85, Form: lang == "fi"})
		}
	}
	return out
}

// PartKeys are the keys of the parts of a compound query word that no
// key finds as a whole ("ylijäämämaa" → ylijäämä, maa): the split whose
// last part (the head of a Finnish compound) has the longest key that x
// holds, with the first part too when x holds its key. A head does not begin with s and a consonant: that s ends
// the first part ("kehitys|hanke", "livsmedels|företag"), no Finnish or
// Swedish word begins so, nor with a doubled consonant or a derivational
// ending ("puhalle|ttavaa", "asetta|miseen"); a head shorter than
// minLoneQueryHead or with a key shorter than minPart counts only after a
// first part x holds too ("ylijäämä|maa", "paino|talossa"): alone it is
// as likely an ending ("tilapäi|sestä", "hukkapap|eria", "tyhji|lään"). It gives nothing for a word shorter than
// minCompound or without such a split. search.js splits the same way.
func PartKeys(x *Index, lang, folded string) []KeyWeight {
	if strings.Contains(folded, "-") {
		return hyphenParts(x, lang, folded)
	}
	if len(folded) < minCompound || !isAZ(folded) {
		return nil
	}
	for i := minPart; i <= len(folded)-minQueryHead; i++ {
		if folded[i] == 's' && !isVowel(folded[i+1]) || inGrade(folded, i) {
			continue
		}
		head, mod := stem(lang, folded[i:]), stem(lang, folded[:i])
		short := len(folded)-i < minLoneQueryHead || len(head) < minPart
		if !wordStart(folded[i:]) || !x.Has(head) || short && !x.Has(mod) {
			continue
		}
		out := []KeyWeight{{Key: head, W: partHeadWeight}}
		// a head long enough to stand alone names what the compound is
		// (a "laivakontti" is a "kontti"): a reason when the first part is
		// a word of the site too, the head starts as a Finnish word does
		// (one consonant at most: no "kuuse|nkuoren") and is no filler or quiet word
		tail := folded[i:]
		if len(tail) >= minLoneQueryHead && i > minPart && len(mod) >= minPart && x.Has(mod) && (isVowel(tail[0]) || isVowel(tail[1])) && !FillerForm(lang, tail) && !QuietForm(lang, tail) {
			out[0].Via, out[0].Part = tail, true
		}
		if mod != head && x.Has(mod) {
			out = append(out, KeyWeight{Key: mod, W: partModWeight})
		}
		return out
	}
	return firstPart(x, lang, folded)
}

// hyphenParts are the keys of a compound written with hyphens
// ("purku-urakoissa", "rental-mallit") that x holds: its last part as its
// head, its first part, as the index files such a word's parts.
func hyphenParts(x *Index, lang, folded string) []KeyWeight {
	i, j := strings.IndexByte(folded, '-'), strings.LastIndexByte(folded, '-')
	head, mod := stem(lang, folded[j+1:]), stem(lang, folded[:i])
	var out []KeyWeight
	if len(head) >= minPart-1 && x.Has(head) {
		out = append(out, KeyWeight{Key: head, W: partHeadWeight})
	}
	if len(mod) >= minPart-1 && mod != head && x.Has(mod) {
		out = append(out, KeyWeight{Key: mod, W: partModWeight})
	}
	return out
}

// firstPart is the key of the longest first part of a compound whose
// head no key finds: a "ravintolaketju" is about restaurants on a site
// that has no chains, a "kiertotalousstrategia" about the circular
// economy. The part has minLoneQueryHead letters or more and what
// follows it can begin a word (minPart letters, no doubled consonant,
// no derivational ending, no s and a consonant), so that it is no stem
// with its ending cut off.
func firstPart(x *Index, lang, folded string) []KeyWeight {
	for i := len(folded) - minPart; i >= minLoneQueryHead; i-- {
		tail := folded[i:]
		if tail[0] == 's' && !isVowel(tail[1]) || !wordStart(tail) || inGrade(folded, i) {
			continue
		}
		if mod := stem(lang, folded[:i]); len(mod) >= minPart && x.Has(mod) {
			return []KeyWeight{{Key: mod, W: partModWeight}}
		}
	}
	return nil
}

// inGrade: folded[i] is the second of a doubled k, p or t, a strong
// grade inside a word ("kunnostet|tavaa"), where no compound is cut.
func inGrade(folded string, i int) bool {
	return i > 0 && folded[i-1] == folded[i] && strings.IndexByte("kpt", folded[i]) >= 0
}

// wordStart: a Finnish or Swedish word can begin so.
func wordStart(part string) bool {
	return !(len(part) > 1 && part[0] == part[1] && !isVowel(part[0])) && !isNotTail(part)
}

// Weights of the parts of a compound query word.
const (
	minQueryHead = 3 // letters in the last part: maa, työ, tie
	// letters in a last part that counts without a known first part
	minLoneQueryHead = 6
	partHeadWeight   = 0.7
	partModWeight    = 0.5
)

// Has reports whether the index has key.
func (x *Index) Has(key string) bool {
	if x.probe != nil {
		x.probe(key)
	}
	_, ok := x.keys[key]
	return ok
}
