package searchindex

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// facetTable lists every facet, its terms, labels and doc sets. "type" is
// first, then "kind", then the others by name; terms of "type" in type
// order, the others in Options.FacetOrder and then by default-language
// label.
func (b *builder) facetTable() (facetFileJSON, error) {
	members := map[string]map[string][]int{}
	addTerm := func(f, t string, id int) {
		if members[f] == nil {
			members[f] = map[string][]int{}
		}
		ids := members[f][t]
		if len(ids) == 0 || ids[len(ids)-1] != id {
			members[f][t] = append(ids, id)
		}
	}
	for _, s := range b.docs {
		addTerm("type", s.doc.Type, s.id)
		for f, terms := range s.doc.Facets {
			if f == "type" {
				continue
			}
			for _, t := range slices.Sorted(slices.Values(terms)) {
				addTerm(f, t, s.id)
			}
		}
	}
	for f, terms := range b.opts.FacetLabels {
		if members[f] == nil {
			members[f] = map[string][]int{}
		}
		for t := range terms {
			if _, ok := members[f][t]; !ok && t != "" {
				members[f][t] = nil
			}
		}
	}
	names := make([]string, 0, len(members))
	for f := range members {
		names = append(names, f)
	}
	rank := func(f string) int {
		switch f {
		case "type":
			return 0
		case "kind":
			return 1
		}
		return 2
	}
	slices.SortFunc(names, func(x, y string) int { return cmp.Or(cmp.Compare(rank(x), rank(y)), cmp.Compare(x, y)) })
	def := b.langs[0]
	var out facetFileJSON
	for _, f := range names {
		labels := b.opts.FacetLabels[f]
		fj := facetJSON{Name: f, Label: nonEmpty(labels[""])}
		terms := make([]string, 0, len(members[f]))
		for t := range members[f] {
			terms = append(terms, t)
		}
		order := map[string]int{}
		for i, t := range b.opts.FacetOrder[f] {
			order[t] = i + 1
		}
		configured := func(t string) int {
			if i := order[t]; i > 0 {
				return i
			}
			return len(order) + 1
		}
		slices.SortFunc(terms, func(x, y string) int {
			if f == "type" {
				if c := cmp.Compare(typeRank(x), typeRank(y)); c != 0 {
					return c
				}
			} else if c := cmp.Compare(configured(x), configured(y)); c != 0 {
				return c
			} else {
				lx, ly := labels[x][def], labels[y][def]
				if lx == "" {
					lx = x
				}
				if ly == "" {
					ly = y
				}
				if c := cmp.Compare(fold(strings.ToLower(lx)), fold(strings.ToLower(ly))); c != 0 {
					return c
				}
			}
			return cmp.Compare(x, y)
		})
		for _, t := range terms {
			docs, err := docSet(members[f][t], len(b.docs))
			if err != nil {
				return out, fmt.Errorf("facet %s=%s: %w", f, t, err)
			}
			fj.Terms = append(fj.Terms, facetTermJSON{Key: t, Label: nonEmpty(labels[t]), Docs: docs})
		}
		out.Facets = append(out.Facets, fj)
	}
	return out, nil
}

func nonEmpty(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	return m
}
