package searchindex

import (
	"slices"

	"github.com/kimppa/kimppa/generator/memo"
)

// Cache keeps the analysis of the docs a Build analysed, for the next
// Build of the same site. A nil *Cache keeps nothing. It keeps no words
// of texts apart from their docs: that doubled what a large portal's
// preview holds (60 MB at 10,000 entities) to spare a save recounting
// the few docs whose field weights the save moves.
type Cache struct {
	docs      *memo.Map[string, *docMemo] // by type/slug
	summaries *memo.Map[string, string]   // cutSummary by summary
}

// wordCount is a word of a text and how many times it occurs there.
type wordCount struct {
	word string
	n    int32
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{docs: memo.New[string, *docMemo](), summaries: memo.New[string, string]()}
}

// Sweep forgets the docs and summaries that the last Build did not use.
func (c *Cache) Sweep() {
	if c != nil {
		c.docs.Sweep()
		c.summaries.Sweep()
	}
}

// cutSummary is cutSummary(s), kept.
func (c *Cache) cutSummary(s string) string {
	if c == nil {
		return cutSummary(s)
	}
	return c.summaries.Get(s, func() string { return cutSummary(s) })
}

func countWords(lang, text string) []wordCount {
	var out []wordCount
	at := map[string]int{}
	eachWord(lang, text, func(w string) {
		i, ok := at[w]
		if !ok {
			i = len(out)
			at[w] = i
			out = append(out, wordCount{word: w})
		}
		out[i].n++
	})
	return out
}

// docAnalysis is what analyzeDoc works out of a doc: its words with their
// weights, its length and its identifiers.
type docAnalysis struct {
	local  []localWord // shared: readers must not change it
	length int
	direct map[string]int32
}

// docMemo is a doc's analysis and what it was worked out from.
type docMemo struct {
	fields  []field
	ids     []string
	weights []int32
	docAnalysis
}

// analysis returns the analysis kept for a doc of the same type and slug
// when it was worked out from the same texts and identifiers with the
// same field weights (which depend on the average field lengths of all
// docs, so a change elsewhere can change them).
func (c *Cache) analysis(d Doc, fields []field, weights []int32) (docAnalysis, bool) {
	if c == nil {
		return docAnalysis{}, false
	}
	m, ok := c.docs.Lookup(d.Type + "/" + d.Slug)
	if !ok || !slices.Equal(m.fields, fields) || !slices.Equal(m.ids, d.IDs) || !slices.Equal(m.weights, weights) {
		return docAnalysis{}, false
	}
	return m.docAnalysis, true
}

// keep keeps the analysis of d for the next Build.
func (c *Cache) keep(d Doc, fields []field, weights []int32, a docAnalysis) {
	if c != nil {
		c.docs.Put(d.Type+"/"+d.Slug, &docMemo{fields: fields, ids: slices.Clone(d.IDs), weights: weights, docAnalysis: a})
	}
}
