package searchindex

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/parallel"
)

// vocabulary computes each word's key, its compound parts and its Snowball
// bridges.
func (b *builder) vocabulary() {
	keyIDs := map[string]int32{}
	keyID := func(k string) int32 {
		id, ok := keyIDs[k]
		if !ok {
			id = int32(len(b.keys))
			keyIDs[k] = id
			b.keys = append(b.keys, k)
		}
		return id
	}
	folded := make([]string, len(b.words))
	keys := make([]string, len(b.words))
	stems := make([]string, len(b.words))
	parallel.For(len(b.words), func(i int) {
		w := &b.words[i]
		folded[i] = fold(w.surface)
		keys[i] = stem(w.lang, folded[i])
		stems[i] = snowball(w.lang, w.surface)
	})
	vocab := map[string]bool{}
	surfaces := map[string]bool{}
	for i := range b.words {
		b.words[i].key = keyID(keys[i])
		vocab[keys[i]] = true
		surfaces[folded[i]] = true
	}
	for _, terms := range b.opts.FacetLabels {
		for _, byLang := range terms {
			for lang, label := range byLang {
				for _, t := range analyzeTokens(lang, label) {
					vocab[t.key] = true
					surfaces[fold(t.surface)] = true
				}
			}
		}
	}
	// to the splitter, the glossary's Finnish words are words of the
	// circular economy whether or not the site writes them alone:
	// "ylijäämämateriaalit" is ylijäämä + materiaali on a site that has
	// no "ylijäämä"
	splitVocab, splitSurfaces := maps.Clone(vocab), maps.Clone(surfaces)
	for _, w := range glossaryFinnish {
		splitVocab[stem("fi", w)] = true
		splitSurfaces[w] = true
	}
	sp := newSplitter(splitVocab, splitSurfaces)
	// compounds
	var long []int
	for i, w := range b.words {
		if splitLang(w.lang) && len(folded[i]) >= minCompound && isAZ(folded[i]) {
			long = append(long, i)
		}
	}
	sp.learnTails(b.words, folded, long)
	parts := make([][]string, len(b.words))
	parallel.For(len(b.words), func(i int) {
		f := folded[i]
		if strings.ContainsAny(f, "-.'") {
			for _, p := range strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '.' || r == '\'' }) {
				parts[i] = append(parts[i], stem(b.words[i].lang, p))
			}
		} else if splitLang(b.words[i].lang) && len(f) >= minCompound && isAZ(f) {
			parts[i] = sp.split(b.words[i].lang, f)
		}
	})
	for i := range b.words {
		w := &b.words[i]
		for _, p := range parts[i] {
			if p != keys[i] {
				w.addExtra(keyID(p), weightPart)
			}
		}
	}
	// Consonant gradation: a Finnish word in the weak grade ("tiedon",
	// "luvan") is also filed under the strong grade's key when the site
	// has that key, so that "tieto" finds "tiedon" as "tiedon" finds
	// "tieto" (search.js tries the same keys for query words).
	for i := range b.words {
		w := &b.words[i]
		if w.lang != "fi" {
			continue
		}
		for _, g := range gradation(keys[i]) {
			if vocab[g] && g != keys[i] {
				w.addExtra(keyID(g), weightGradation)
			}
		}
		// a form with "our" or "your" ("keräämme", "kuntanne") is filed
		// under its base's key too, as a need's word is looked up
		if base, ok := possessiveBase(folded[i]); ok {
			if k := stem("fi", base); vocab[k] && k != keys[i] {
				w.addExtra(keyID(k), weightGradation)
			}
		}
	}
	// Snowball bridges: keys of words of one language with the same Snowball
	// stem are aliases of each other; the client looks the aliases up too.
	classes := map[string][]int32{}
	for i, w := range b.words {
		if stems[i] == "" {
			continue
		}
		c := w.lang + "\x00" + stems[i]
		if !slices.Contains(classes[c], w.key) {
			classes[c] = append(classes[c], w.key)
		}
	}
	b.aliases = map[int32][]int32{}
	for _, ks := range classes {
		if len(ks) < 2 || len(ks) > 4 {
			continue
		}
		for _, k := range ks {
			for _, a := range ks {
				if a != k && !slices.Contains(b.aliases[k], a) {
					b.aliases[k] = append(b.aliases[k], a)
				}
			}
		}
	}
	b.lemmaClasses(folded, keys, keyID)
	// identifiers
	for _, s := range b.docs {
		for k := range s.direct {
			keyID(k)
		}
	}
	b.keyIDs = keyIDs
}

func (w *wordInfo) addExtra(k int32, weight int32) {
	for _, e := range w.extra {
		if e.key == k {
			return
		}
	}
	w.extra = append(w.extra, weightedKey{k, weight})
}

func splitLang(lang string) bool { return lang == "fi" || lang == "sv" }

// postings builds each key's posting list: one VLQ number per doc,
// gap<<4 | level, where gap is id-previous-1 (ids ascending, the first from
// -1) and level the impact level 0..15.
func (b *builder) postings() error {
	b.lists = make([][]byte, len(b.keys))
	prev := make([]int32, len(b.keys))
	for i := range prev {
		prev[i] = -1
	}
	tf := make([]int32, len(b.keys))
	// inDoc marks the keys already touched in the current doc. A key is
	// listed once per doc however many of its words add to it, and whatever
	// they add: a word of a long body weighs 1, and its compound part's
	// share rounds to 0 (tf alone cannot tell "not yet seen" then).
	inDoc := make([]bool, len(b.keys))
	var touched []int32
	bump := func(k int32, v int32) {
		if !inDoc[k] {
			inDoc[k] = true
			touched = append(touched, k)
		}
		tf[k] += v
	}
	for _, s := range b.docs {
		for _, o := range s.occ {
			w := &b.words[o.word]
			bump(w.key, o.w)
			for _, e := range w.extra {
				bump(e.key, max(1, o.w*e.w/10))
			}
		}
		for k, v := range s.direct {
			bump(b.keyIDs[k], v)
		}
		for _, k := range touched {
			var err error
			b.lists[k], err = appendVLQ(b.lists[k], int(int32(s.id)-prev[k]-1)<<4|impact(float64(tf[k])/10))
			if err != nil {
				return fmt.Errorf("%s/%s, key %q: %w", s.doc.Type, s.doc.Slug, b.keys[k], err)
			}
			prev[k] = int32(s.id)
			tf[k] = 0
			inDoc[k] = false
		}
		touched = touched[:0]
		s.occ, s.direct = nil, nil
	}
	return nil
}

// impact quantises the BM25F term-frequency component of a
// length-normalised weighted term frequency to a level 0..15; the client
// reads it back as (level+1)/16·(k1+1).
func impact(tf float64) int {
	v := tf * (bm25K1 + 1) / (tf + bm25K1)
	l := int(math.Round(v/(bm25K1+1)*16)) - 1
	return min(15, max(0, l))
}
