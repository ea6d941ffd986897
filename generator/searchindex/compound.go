package searchindex

import "sort"

// Compound splitting. Finnish (and Swedish) write compounds as one word:
// "rakennusosapankki" is "rakennusosa" + "pankki". A word of at least 8
// letters is split where both sides are at least 4 letters and their keys
// are in the site's vocabulary (the keys of every word in the content and in
// the taxonomy labels). A tail that ends at least two different long words
// after a known head counts as a word too, so "pankki" is found in
// "rakennusosapankki" and "materiaalipankki" even if no text uses "pankki"
// alone. Parts are split again, so three-part compounds give every part.

const (
	minCompound = 8 // letters in a word worth splitting
	minPart     = 4 // letters in each part
	minHeadTail = 5 // letters in a tail learned from shared endings
)

type splitter struct {
	vocab map[string]bool
	extra map[string]bool // tails learned by learnHeads
}

func (sp *splitter) known(lang, part string) bool {
	if len(part) < minPart {
		return false
	}
	k := stem(lang, part)
	return sp.vocab[k] || sp.extra[k]
}

// learnHeads finds tails shared by at least two long words after a known
// head and adds their keys to the splitter's vocabulary.
func (sp *splitter) learnHeads(long []wordID) {
	seen := map[string]map[string]bool{} // tail key -> folded words
	for _, w := range long {
		f := fold(w.surface)
		for i := minPart; i <= len(f)-minHeadTail; i++ {
			if !sp.known(w.lang, f[:i]) {
				continue
			}
			k := stem(w.lang, f[i:])
			if len(k) < minPart || sp.vocab[k] {
				continue
			}
			if seen[k] == nil {
				seen[k] = map[string]bool{}
			}
			seen[k][f] = true
		}
	}
	for k, ws := range seen {
		if len(ws) >= 2 {
			sp.extra[k] = true
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
	if len(f) < minCompound || depth > 3 {
		return
	}
	for i := minPart; i <= len(f)-minPart; i++ {
		head, tail := f[:i], f[i:]
		if !sp.known(lang, head) || !sp.known(lang, tail) {
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
