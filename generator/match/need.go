package match

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

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
// letter (a year, a number) tells nothing of a need.
func terms(x *searchindex.Index, lang string, langs []string, parts ...part) []term {
	r := reader{x: x, lang: lang, langs: langs, byFolded: map[string]int{}, byKey: map[string]int{}}
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
	case !strings.ContainsFunc(w.Folded, unicode.IsLetter):
		r.byFolded[w.Folded] = -1
		return
	}
	keys := searchindex.QueryKeys(r.lang, r.langs, w.Folded)
	if !slices.ContainsFunc(keys, func(k searchindex.KeyWeight) bool { return r.x.Has(k.Key) }) {
		keys = searchindex.PartKeys(r.x, r.lang, w.Folded)
	}
	// an English word finds the Finnish words of the same thing
	for _, t := range searchindex.TranslatedKeys(r.lang, r.langs, w.Folded) {
		if !slices.ContainsFunc(keys, func(k searchindex.KeyWeight) bool { return k.Key == t.Key }) {
			keys = append(keys, t)
		}
	}
	if len(keys) == 0 {
		r.byFolded[w.Folded] = -1
		return
	}
	if i, ok := r.byKey[keys[0].Key]; ok {
		r.byFolded[w.Folded] = i
		r.terms[i].count += weight
		if shorter(w.Surface, r.terms[i].surface) {
			r.terms[i].surface = w.Surface
		}
		return
	}
	r.byFolded[w.Folded] = len(r.terms)
	r.byKey[keys[0].Key] = len(r.terms)
	r.terms = append(r.terms, term{surface: w.Surface, keys: keys, count: weight, first: len(r.byFolded)})
}

func shorter(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) < len(rb) || len(ra) == len(rb) && a < b
}

// hits are the docs one term finds, each with its best weight.
type hits struct {
	docs []int32
	best []float64 // w × (level+1), the best of the term's keys
	own  []bool    // found by a form of the word itself, not by another language's stem or a part
	idf  float64
}

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
		fmt.Fprintf(&b, "%s %g %t|", kw.Key, kw.W, kw.Form)
	}
	return b.String()
}

// upper is at least as many docs as the term finds: the longest list of
// its keys and aliases; a term too common to count is known without
// gathering its docs.
func (f *finder) upper(t term) int {
	n := 0
	for _, kw := range t.keys {
		p, aliases, ok := f.x.Lookup(kw.Key)
		if !ok {
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
	own := map[int32]bool{}
	add := func(p searchindex.Postings, w float64, form bool) {
		for i, d := range p.Docs {
			if v := w * float64(p.Levels[i]+1); v > best[d] {
				best[d] = v
			}
			own[d] = own[d] || form
		}
	}
	for _, kw := range t.keys {
		p, aliases, ok := f.x.Lookup(kw.Key)
		if !ok {
			continue
		}
		add(p, kw.W, kw.Form)
		for _, a := range aliases {
			if ap, _, ok := f.x.Lookup(a); ok {
				add(ap, kw.W*aliasWeight, kw.Form)
			}
		}
	}
	h := hits{docs: make([]int32, 0, len(best))}
	for d := range best {
		h.docs = append(h.docs, d)
	}
	slices.Sort(h.docs)
	h.best = make([]float64, len(h.docs))
	h.own = make([]bool, len(h.docs))
	for i, d := range h.docs {
		h.best[i], h.own[i] = best[d], own[d]
	}
	n, hit := float64(f.x.N()), float64(len(h.docs))
	h.idf = math.Log(1+(n-hit+0.5)/(hit+0.5)) * (bm25K1 + 1) / 16
	f.cache.Store(sig, h)
	return h
}

// weight is how much a term tells about a need: rare words and words the
// need repeats count more.
func (t term) weight(h hits) float64 { return h.idf * t.qw() }

// qw is how much the need stresses the term: 1 for one plain word, more
// for a word it repeats or puts in its title.
func (t term) qw() float64 { return 1 + math.Log(max(1, t.count)) }

// scored is a need's text score of every doc it finds, and which terms
// found each.
type scored struct {
	terms []term
	text  map[int32]float64
	found map[int32][]int // term indexes, the biggest share first
	share map[int32][]float64
}

// score finds every doc that shares a word with the need, keeping the
// maxTerms most telling terms. A term found in no doc, or in more than
// maxDF docs, tells nothing and is left out: search.js's match() leaves
// out a term in more than half of a large site's docs (commonDF).
func score(f *finder, ts []term, maxDF int) scored {
	type th struct {
		t term
		h hits
	}
	var kept []th
	for _, t := range ts {
		if n := f.upper(t); n == 0 || n > maxDF {
			continue // no doc, or more than maxDF: the union is at least the longest list
		}
		h := f.find(t)
		if len(h.docs) == 0 || len(h.docs) > maxDF {
			continue
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
	s := scored{text: make(map[int32]float64, size), found: map[int32][]int{}, share: map[int32][]float64{}}
	for i, k := range kept {
		s.terms = append(s.terms, k.t)
		qw := k.t.qw()
		for j, d := range k.h.docs {
			v := k.h.idf * qw * k.h.best[j]
			s.text[d] += v
			if k.h.own[j] { // a reason only when the doc has a form of the word itself
				s.found[d] = append(s.found[d], i)
				s.share[d] = append(s.share[d], v)
			}
		}
	}
	return s
}

// commonDF is how many docs a term may find and still count in a need
// written in words (search.js's match() has the same rule).
func commonDF(n int) int {
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

// words are the need's words that found doc d, the biggest share first,
// at most n.
func (s scored) words(d int32, n int) []string {
	idx := slices.Clone(s.found[d])
	share := map[int]float64{}
	for i, t := range s.found[d] {
		share[t] = s.share[d][i]
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(share[b], share[a]) })
	var out []string
	for _, i := range idx[:min(len(idx), n)] {
		out = append(out, s.terms[i].surface)
	}
	return out
}
