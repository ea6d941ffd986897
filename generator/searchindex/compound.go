package searchindex

import (
	"sort"
	"strings"

	"github.com/kimppa/kimppa/generator/parallel"
)

// Compound splitting. Finnish (and Swedish) write compounds as one word:
// "rakennusosapankki" is "rakennusosa" + "pankki". A word of at least 8
// letters is split where both sides are at least 4 letters and their keys
// are in the site's vocabulary (the keys of every word in the content and in
// the taxonomy labels). A tail that ends at least two different long words
// after a known head, or one when the tail has six letters or more, counts
// as a word too, so "pankki" is found in
// "rakennusosapankki" and "materiaalipankki" even if no text uses "pankki"
// alone. Parts are split again, so three-part compounds give every part.

const (
	minCompound  = 8 // letters in a word worth splitting
	minPart      = 4 // letters in each part
	minHeadTail  = 5 // letters in a tail learned from shared endings
	minVowelHead = 6 // letters in a head known only by its key
	minLoneTail  = 6 // letters in a tail learned after a single known head
)

type splitter struct {
	vocab    map[string]bool // keys of every word
	surfaces map[string]bool // every folded word as written
	heads    map[string]bool // surfaces, and surfaces less a final -t or -n
	extra    map[string]bool // tails learned by learnTails
	starts   []uint64        // bitmap of the first 4 letters of surfaces and keys: a quick "no" for tails
	bloom    []uint64        // Bloom filter of heads: a quick "no" before the map
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	bloomBits = 1 << 22
)

func fnvAdd(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = fnvAdd(h, s[i])
	}
	return h
}

func (sp *splitter) bloomAdd(h uint64) {
	a, b := h&(bloomBits-1), (h>>32)&(bloomBits-1)
	sp.bloom[a>>6] |= 1 << (a & 63)
	sp.bloom[b>>6] |= 1 << (b & 63)
}

func (sp *splitter) bloomHas(h uint64) bool {
	a, b := h&(bloomBits-1), (h>>32)&(bloomBits-1)
	return sp.bloom[a>>6]&(1<<(a&63)) != 0 && sp.bloom[b>>6]&(1<<(b&63)) != 0
}

// start4 numbers the first 4 letters of an a-z word.
func start4(s string) int {
	return ((int(s[0]-'a')*26+int(s[1]-'a'))*26+int(s[2]-'a'))*26 + int(s[3]-'a')
}

func (sp *splitter) mark(s string) {
	if len(s) >= minPart && isAZ(s[:minPart]) {
		n := start4(s)
		sp.starts[n>>6] |= 1 << (n & 63)
	}
}

func (sp *splitter) mayStart(s string) bool {
	n := start4(s)
	return sp.starts[n>>6]&(1<<(n&63)) != 0
}

func newSplitter(vocab, surfaces map[string]bool) *splitter {
	sp := &splitter{vocab: vocab, surfaces: surfaces, heads: map[string]bool{}, extra: map[string]bool{},
		starts: make([]uint64, 26*26*26*26/64+1), bloom: make([]uint64, bloomBits/64)}
	for k := range vocab {
		sp.mark(k)
	}
	for s := range surfaces {
		sp.mark(s)
		sp.heads[s] = true
		if n := len(s); n > minPart && (s[n-1] == 't' || s[n-1] == 'n') {
			sp.heads[s[:n-1]] = true
		}
		if base, ok := strings.CutSuffix(s, "inen"); ok && len(base) >= minPart {
			sp.heads[base+"is"] = true // an -inen adjective begins a compound so: väliaikais|käyttö
		}
	}
	for h := range sp.heads {
		sp.bloomAdd(fnvString(h))
	}
	return sp
}

func isNotTail(part string) bool {
	for _, e := range notTails {
		if strings.HasPrefix(part, e) {
			return true
		}
	}
	return false
}

// derivational endings are not words of their own: "kehittäminen" is not
// "kehittä" + "minen", "vastuullisuus" not "vastuulli" + "suus".
var notTails = []string{"minen", "mise", "llis", "llin", "inen", "isen", "isuu", "suus", "suud", "syys", "syyd", "uus", "yys", "tus", "tys", "ttel", "ttaa", "tella", "stus", "jien", "jat"}

// known reports whether a tail is a word: its key (4 letters at least) is
// in the vocabulary, or it is written on its own somewhere.
func (sp *splitter) known(lang, part string) bool {
	if len(part) < minPart || !sp.mayStart(part) || isNotTail(part) {
		return false
	}
	if sp.surfaces[part] {
		return true
	}
	k := stem(lang, part)
	return len(k) >= minPart && (sp.vocab[k] || sp.extra[k])
}

// head reports whether the start of a compound is a word. Heads are written
// in a base form, so the head itself, its plural (-t) or genitive (-n) must
// occur in the text, or it ends in a vowel and its key is known. This keeps
// out cut-off stems such as "ruok" in "ruokahävikki".
func (sp *splitter) head(lang, part string) bool {
	if len(part) < minPart {
		return false
	}
	return sp.bloomHas(fnvString(part)) && sp.heads[part] || sp.vowelHead(lang, part)
}

// vowelHead: a base form ending in a vowel, long enough not to be a cut-off
// stem, whose key is known ("materiaali" in "materiaalipankki" when the text
// only has "materiaaleja").
func (sp *splitter) vowelHead(lang, part string) bool {
	return len(part) >= minVowelHead && isVowel(part[len(part)-1]) && sp.vocab[stem(lang, part)]
}

// learnTails finds tails that follow at least two different heads written
// in the text and adds their keys to the splitter's vocabulary.
func (sp *splitter) learnTails(words []wordInfo, folded []string, long []int) {
	// A quick count first: only a tail whose first letters end two different
	// long words is worth a closer look.
	type count struct{ n, last int }
	counts := map[string]*count{}
	for j, w := range long {
		f := folded[w]
		for i := minPart; i <= len(f)-minHeadTail; i++ {
			t := f[i : i+minHeadTail]
			c := counts[t]
			if c == nil {
				c = &count{last: -1}
				counts[t] = c
			}
			if c.last != j {
				c.n++
				c.last = j
			}
		}
	}
	type pair struct {
		tail, head string
		long       bool // the tail is written with minLoneTail letters or more
	}
	found := make([][]pair, len(long))
	parallel.For(len(long), func(j int) {
		lang, f := words[long[j]].lang, folded[long[j]]
		for i := minPart; i <= len(f)-minHeadTail; i++ {
			if counts[f[i:i+minHeadTail]].n < 2 || isNotTail(f[i:]) {
				continue
			}
			k := stem(lang, f[i:])
			if len(k) >= minPart && sp.vocab[k] {
				break // the rest of the word is a known word: nothing to learn inside it
			}
			if len(k) < minPart || !sp.head(lang, f[:i]) {
				continue
			}
			found[j] = append(found[j], pair{k, stem(lang, f[:i]), len(f)-i >= minLoneTail})
		}
	})
	seen := map[string]map[string]bool{} // tail key -> head keys
	lone := map[string]bool{}            // tail keys written long enough to stand alone
	for _, ps := range found {
		for _, p := range ps {
			if seen[p.tail] == nil {
				seen[p.tail] = map[string]bool{}
			}
			seen[p.tail][p.head] = true
			lone[p.tail] = lone[p.tail] || p.long
		}
	}
	for k, hs := range seen {
		if len(hs) >= 2 || lone[k] {
			sp.extra[k] = true
			sp.mark(k)
		}
	}
}

// split returns the keys of the parts of a folded word, sorted.
func (sp *splitter) split(lang, f string) []string {
	set := map[string]bool{}
	sp.splitInto(lang, f, set, 0)
	delete(set, stem(lang, f))
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (sp *splitter) splitInto(lang, f string, set map[string]bool, depth int) {
	if len(f) < minCompound || depth > 2 {
		return
	}
	h := uint64(fnvOffset)
	for i := 0; i < minPart-1; i++ {
		h = fnvAdd(h, f[i])
	}
	for i := minPart; i <= len(f)-minPart; i++ {
		h = fnvAdd(h, f[i-1]) // hash of f[:i]
		head, tail := f[:i], f[i:]
		// cheap tests first: a known head, or a vowel at its end; a tail that
		// starts like a word
		inHeads := sp.bloomHas(h) && sp.heads[head]
		if !inHeads && (len(head) < minVowelHead || !isVowel(head[len(head)-1])) || !sp.mayStart(tail) {
			continue
		}
		if !sp.known(lang, tail) || !inHeads && !sp.vowelHead(lang, head) {
			continue
		}
		hk, tk := stem(lang, head), stem(lang, tail)
		if !set[hk] {
			set[hk] = true
			sp.splitInto(lang, head, set, depth+1)
		}
		if !set[tk] {
			set[tk] = true
			sp.splitInto(lang, tail, set, depth+1)
		}
	}
}
