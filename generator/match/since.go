package match

import (
	"fmt"
	"hash/maphash"
	"maps"
	"slices"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// since is what the last matching of a site left for the next one in
// kimppa serve, so that a save matches again only the needs it can reach
// (and, after a matching a save cancelled, the needs it did not finish). A need's suggestions are a function of its own text, of what the
// index's keys it reads find, and of the facts of the docs found. So a
// need is matched again when its entity's text changed, when a key its
// kept words read finds other docs (or the same at other levels, or has
// other aliases), when a word it left out as too common no longer is, or
// when a key its reading asked for came or went. Anything else a save
// changes (a doc added or removed, a fact of any entry such as a kind, a
// term, a service's providers, a project's partners, a call's dates, the
// day) matches everything.
type since struct {
	cfg    *config.Config
	today  string
	ents   map[model.Ref]*model.Entity // the published entities
	keys   map[string]uint64           // fingerprints
	result *Result                     // without the needs a cancelled matching did not finish
	ids    map[model.Ref]int32         // a need's entity → its record
	recs   []needRec
	deps   map[string][]dep   // a key → the needs whose kept words read it
	guards map[string][]guard // a key → the needs that left out a word as too common by it
	stale  int                // entries of deps and guards whose need was matched again since
	all    int                // entries of deps and guards
}

// needRec is what a need's reading asked of the index, as of matching
// gen (deps and guards entries of another gen are stale).
type needRec struct {
	ref     model.Ref
	gen     int32
	entries int32 // its entries of deps and guards
	asked   bloom
}

type dep struct{ need, gen int32 }

// guard: the need left out a word because key finds more than max docs.
type guard struct{ need, gen, max int32 }

// reads is what matching one need read: the keys its reading asked the
// index for, the keys its kept words find with and the keys by which it
// left words out.
type reads struct {
	asked  bloom
	deps   []string
	guards []guardKey
}

type guardKey struct {
	key string
	max int32
}

// reading reads e's need with an index that records what it asks, and
// what of the index the need's score depends on, given maxDF.
func (m *matcher) reading(e *model.Entity, maxDF int) ([]term, *reads) {
	r := &reads{}
	ts := m.needIn(m.idx.Probing(r.asked.add), e)
	seen := map[string]bool{}
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			r.deps = append(r.deps, k)
		}
	}
	for _, t := range ts {
		if len(t.keys) == 0 {
			continue // read only by what the reading asked
		}
		if key, n := m.longest(t); n > maxDF {
			r.guards = append(r.guards, guardKey{key, int32(maxDF)})
			continue
		}
		for _, kw := range t.keys {
			add(kw.Key)
			_, aliases, _ := m.idx.Lookup(kw.Key)
			for _, a := range aliases {
				add(a)
			}
		}
		if t.keys[0].Form {
			add(searchindex.ClassKey(t.keys[0].Key, ""))
			for _, c := range t.classes {
				add(searchindex.ClassKey(t.keys[0].Key, c))
			}
		}
	}
	return ts, r
}

// longest is the key or alias of t with the longest posting list, and
// its length: finder.upper.
func (m *matcher) longest(t term) (string, int) {
	best, n := "", -1
	for _, kw := range t.keys {
		p, aliases, ok := m.idx.Lookup(kw.Key)
		if !ok {
			continue
		}
		if len(p.Docs) > n {
			best, n = kw.Key, len(p.Docs)
		}
		for _, a := range aliases {
			if ap, _, ok := m.idx.Lookup(a); ok && len(ap.Docs) > n {
				best, n = a, len(ap.Docs)
			}
		}
	}
	return best, n
}

// reach lists the needs a matching with m must work out again, given the
// index's fingerprints; all is true when it must work out every one.
func (st *since) reach(m *matcher, keys map[string]uint64) (todo map[model.Ref]bool, all bool) {
	if st == nil || st.cfg != m.site.Config || st.today != m.today || keys[docsKey] != st.keys[docsKey] || keys[searchindex.LabelsKey] != st.keys[searchindex.LabelsKey] {
		return nil, true
	}
	todo = map[model.Ref]bool{}
	n := 0
	for ref, e := range m.site.Entities {
		if !m.site.IsPublished(ref) {
			continue
		}
		n++
		old := st.ents[ref]
		switch {
		case old == nil:
			return nil, true
		case !sameFiles(old, e) && facts(m, old) != facts(m, e):
			return nil, true
		case !st.has(ref):
			todo[ref] = true // a need the last matching did not finish
		case !sameFiles(old, e) && (e.Type == "actors" || e.Type == "challenges"):
			todo[ref] = true // its own need; as a doc, by its keys below
		}
	}
	if n != len(st.ents) {
		return nil, true
	}
	var came []uint64 // the keys that came or went, hashed as bloom does
	changed := func(k string) {
		for _, d := range st.deps[k] {
			if st.recs[d.need].gen == d.gen {
				todo[st.recs[d.need].ref] = true
			}
		}
		p, _, _ := m.idx.Lookup(k)
		for _, g := range st.guards[k] {
			if st.recs[g.need].gen == g.gen && len(p.Docs) <= int(g.max) {
				todo[st.recs[g.need].ref] = true
			}
		}
	}
	for k, v := range keys {
		if old, ok := st.keys[k]; !ok || old != v {
			changed(k)
			if !ok {
				came = append(came, bloomHash(k))
			}
		}
	}
	for k := range st.keys {
		if _, ok := keys[k]; !ok {
			changed(k)
			came = append(came, bloomHash(k))
		}
	}
	if len(came) > 0 {
		for _, r := range st.recs {
			if r.asked.any(came) {
				todo[r.ref] = true
			}
		}
	}
	return todo, false
}

// has reports whether the last matching worked out ref's suggestions, if
// it is a need: a cancelled one leaves some out.
func (st *since) has(ref model.Ref) bool {
	switch ref.Type {
	case "challenges":
		_, ok := st.result.Solvers[ref]
		return ok
	case "actors":
		_, ok := st.result.Partners[ref]
		return ok
	}
	return true
}

// sameFiles: e was read from the same files as old (model.Cache keeps a
// file's variant while it does not change).
func sameFiles(old, e *model.Entity) bool {
	return old.Default == e.Default && maps.Equal(old.Trans, e.Trans)
}

// facts are what an entity says besides the text a need is read from
// (its title, tags, summary and body): its kind, terms, links, dates.
func facts(m *matcher, e *model.Entity) string {
	title := m.site.Type(e.Type).TitleField
	out := ""
	for _, v := range append([]*model.Variant{e.Default}, variants(e)...) {
		rest := map[string]any{}
		for k, f := range v.Fields {
			if k != title && k != "tags" && k != "summary" {
				rest[k] = f
			}
		}
		out += fmt.Sprintf("%s %v\n", v.Lang, rest) // fmt prints a map's keys sorted
	}
	return out
}

// variants are e's translations in a fixed order.
func variants(e *model.Entity) []*model.Variant {
	var out []*model.Variant
	for _, l := range slices.Sorted(maps.Keys(e.Trans)) {
		out = append(out, e.Trans[l])
	}
	return out
}

// fingerprints are the index's Fingerprints, and under docsKey a hash of
// its docs in order: a doc added, removed or renamed moves the ids of
// others.
func fingerprints(x *searchindex.Index) map[string]uint64 {
	keys := x.Fingerprints(bloomSeed)
	keys[docsKey] = docsSum(x)
	return keys
}

// docsKey is where fingerprints keeps the hash of the docs; no key of an
// index can be it.
const docsKey = "\x00docs"

// docsSum is a hash of the index's docs in order.
func docsSum(x *searchindex.Index) uint64 {
	var h maphash.Hash
	h.SetSeed(bloomSeed)
	for d := range int32(x.N()) {
		r := x.Doc(d)
		h.WriteString(r.Type)
		h.WriteByte(0)
		h.WriteString(r.Slug)
		h.WriteByte(0)
	}
	return h.Sum64()
}
