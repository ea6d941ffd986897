package searchindex

import (
	"hash/maphash"
	"maps"
	"slices"
	"unsafe"
)

// Fingerprints are a hash of each key's postings, aliases and lemma-class
// filing: what a matching of the index reads of the key. Two indexes of
// the same docs give a key the same fingerprint exactly when it finds
// the same (kimppa serve matches again only the needs whose keys a save
// changed).
func (x *Index) Fingerprints(seed maphash.Seed) map[string]uint64 {
	out := make(map[string]uint64, len(x.keys))
	var h maphash.Hash
	h.SetSeed(seed)
	for key, i := range x.keys {
		h.Reset()
		p := x.lists[i]
		if len(p.Docs) > 0 {
			h.Write(unsafe.Slice((*byte)(unsafe.Pointer(&p.Docs[0])), 4*len(p.Docs)))
		}
		h.Write(p.Levels)
		for _, a := range x.aliases[i] {
			h.WriteString(a)
			h.WriteByte(0)
		}
		if x.byClass[key] {
			h.WriteByte(1)
		}
		out[key] = h.Sum64()
	}
	out[LabelsKey] = x.labelsSum(seed)
	return out
}

// LabelsKey is the fingerprint of the facet terms' labels, which no key
// of an index can be: a word of a label is a reason only as its term.
const LabelsKey = "\x00labels"

func (x *Index) labelsSum(seed maphash.Seed) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, key := range slices.Sorted(maps.Keys(x.labels)) {
		h.WriteString(key)
		terms := make([]string, len(x.labels[key])) // in no set order
		for i, ft := range x.labels[key] {
			terms[i] = ft.Facet + "\x00" + ft.Term
		}
		slices.Sort(terms)
		for _, t := range terms {
			h.WriteByte(0)
			h.WriteString(t)
		}
		h.WriteByte(1)
	}
	return h.Sum64()
}

// Probing is x that calls probe with every key whose presence Has is
// asked: what a need's reading of its words depends on.
func (x *Index) Probing(probe func(key string)) *Index {
	y := *x
	y.probe = probe
	return &y
}
