package searchindex

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/parallel"
)

// analyze tokenises every doc (in parallel) and records weighted word
// occurrences. A field whose text equals the same field of an earlier
// language (translation fallback) is indexed once.
func (b *builder) analyze() {
	pool := sync.Pool{New: func() any { return &scratch{index: map[string]int32{}} }}
	b.averageFieldLengths()
	parallel.For(len(b.docs), func(i int) {
		sc := pool.Get().(*scratch)
		b.analyzeDoc(b.docs[i], sc)
		pool.Put(sc)
	})
	// Number the words in doc order.
	names := langNames()
	ids := map[uint8]map[string]int32{}
	for _, s := range b.docs {
		s.occ = make([]wordOcc, len(s.local))
		for j, lw := range s.local {
			li := ids[lw.lang]
			if li == nil {
				li = map[string]int32{}
				ids[lw.lang] = li
			}
			id, ok := li[lw.surface]
			if !ok {
				id = int32(len(b.words))
				li[lw.surface] = id
				b.words = append(b.words, wordInfo{lang: names[lw.lang], surface: lw.surface})
			}
			s.occ[j] = wordOcc{id, lw.w}
		}
		s.local = nil
	}
}

// fieldKind is a kind of text field; each has a weight and a length
// normalisation (BM25F: a word in a long field counts for less).
type fieldKind int

const (
	fieldTitle fieldKind = iota
	fieldSummary
	fieldKeywords
	fieldRefs
	fieldBody
	fieldTypeLabel
	numFieldKinds
)

var fieldWeights = [numFieldKinds]float64{weightTitle, weightSummary, weightKeywords, weightRefs, weightBody, weightBody}

// fieldB is BM25's b for each kind: how much the field's length matters.
var fieldB = [numFieldKinds]float64{0.3, 0.5, 0.75, 0.2, 0.75, 0}

// averageFieldLengths computes the average length in bytes of each kind of
// field over all docs, for fieldWeight.
func (b *builder) averageFieldLengths() {
	var sum, n [numFieldKinds]float64
	count := func(k fieldKind, text string) {
		if text != "" {
			sum[k] += float64(len(text))
			n[k]++
		}
	}
	for _, s := range b.docs {
		for _, lang := range b.docLangs(s.doc) {
			t := s.doc.Langs[lang]
			count(fieldTitle, t.Title)
			count(fieldSummary, t.Summary)
			count(fieldKeywords, strings.Join(t.Keywords, " ")) // one field: many tags add up to one long one
			for _, r := range t.Refs {
				count(fieldRefs, r)
			}
			count(fieldBody, t.Body)
		}
	}
	for k := range b.avgField {
		b.avgField[k] = max(1, sum[k]/max(1, n[k]))
	}
}

// fieldWeight is what one word of a field of this kind and length (bytes)
// adds to the term frequency, in tenths.
func (b *builder) fieldWeight(k fieldKind, length int) int32 {
	norm := 1 - fieldB[k] + fieldB[k]*float64(length)/b.avgField[k]
	return max(1, int32(math.Round(fieldWeights[k]/norm)))
}

func (b *builder) analyzeDoc(s *docState, sc *scratch) {
	fields := b.fields(s.doc)
	// a doc's keywords (tags, term and enum labels) of a language are
	// one field as long as all of them: a profile does not gain by
	// listing more tags, each word counts for less
	kwLen := map[string]int{}
	for _, f := range fields {
		if f.kind == fieldKeywords {
			kwLen[f.lang] += len(f.text) + 1
		}
	}
	weights := make([]int32, len(fields))
	for i, f := range fields {
		n := len(f.text)
		if f.kind == fieldKeywords {
			n = kwLen[f.lang] - 1
		}
		weights[i] = b.fieldWeight(f.kind, n)
	}
	if a, ok := b.opts.Cache.analysis(s.doc, fields, weights); ok {
		s.local, s.length, s.direct = a.local, a.length, a.direct
		return
	}
	clear(sc.index)
	sc.words = sc.words[:0]
	s.direct = map[string]int32{}
	for i, f := range fields {
		lang := langID(f.lang)
		for _, wc := range countWords(f.lang, f.text) {
			sc.buf = append(append(append(sc.buf[:0], f.lang...), 0), wc.word...)
			j, ok := sc.index[string(sc.buf)]
			if !ok {
				j = int32(len(sc.words))
				sc.index[string(sc.buf)] = j
				sc.words = append(sc.words, localWord{lang: lang, surface: wc.word})
			}
			sc.words[j].w += weights[i] * wc.n
			s.length += int(wc.n)
		}
	}
	s.local = slices.Clone(sc.words)
	for _, id := range s.doc.IDs {
		k := fold(strings.ToLower(strings.TrimSpace(id)))
		if k == "" {
			continue
		}
		s.direct[k] += weightID
		if compact := strings.Map(func(r rune) rune {
			if r == '-' || r == ' ' || r == '.' {
				return -1
			}
			return r
		}, k); compact != k && compact != "" {
			s.direct[compact] += weightID
		}
		s.length++
	}
	b.opts.Cache.keep(s.doc, fields, weights, docAnalysis{local: s.local, length: s.length, direct: s.direct})
}

// field is a text of a doc to analyse, in a language.
type field struct {
	lang string
	kind fieldKind
	text string
}

// fields lists the texts of d in the order they are analysed. A field
// whose text equals the same field in an earlier language (the caller's
// translation fallback) is indexed once.
func (b *builder) fields(d Doc) []field {
	type slot struct {
		kind fieldKind
		i    int // which keyword or reference
		text string
	}
	n := 0
	for _, t := range d.Langs {
		n += 4 + len(t.Keywords) + len(t.Refs)
	}
	out := make([]field, 0, n)
	// A field that an earlier language has with the same text in the same
	// slot is left out; a map, since looking through the earlier fields
	// for each was quadratic in a document's keywords and references.
	seen := make(map[slot]bool, n)
	add := func(lang string, kind fieldKind, i int, text string) {
		if text == "" || seen[slot{kind, i, text}] {
			return
		}
		out = append(out, field{lang, kind, text})
		seen[slot{kind, i, text}] = true
	}
	for _, lang := range b.docLangs(d) {
		t := d.Langs[lang]
		add(lang, fieldTitle, 0, t.Title)
		add(lang, fieldSummary, 0, t.Summary)
		for i, k := range t.Keywords {
			add(lang, fieldKeywords, i, k)
		}
		for i, r := range t.Refs {
			add(lang, fieldRefs, i, r)
		}
		add(lang, fieldBody, 0, t.Body)
		if l := b.opts.FacetLabels["type"][d.Type][lang]; l != "" {
			add(lang, fieldTypeLabel, 0, l)
		}
	}
	return out
}

// languages numbers the languages of localWords, in the order first seen:
// a site has a few, and the numbers stay the same while kimppa runs, so
// the words a Cache keeps keep their meaning.
var languages struct {
	sync.Mutex
	names []string
}

// langID is the number of lang.
func langID(lang string) uint8 {
	languages.Lock()
	defer languages.Unlock()
	i := slices.Index(languages.names, lang)
	if i < 0 {
		if len(languages.names) == 256 {
			panic("searchindex: more than 256 languages")
		}
		i = len(languages.names)
		languages.names = append(languages.names, lang)
	}
	return uint8(i)
}

// langNames are the languages by number.
func langNames() []string {
	languages.Lock()
	defer languages.Unlock()
	return slices.Clone(languages.names)
}
