package render

import (
	"errors"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/opendata"
	"github.com/kimppa/kimppa/generator/packed"
	"github.com/kimppa/kimppa/generator/parallel"
)

// entitiesPacked is data/entities.json packed, joined from the records'
// packed parts that the Memo keeps: after a save, serve packs only the
// records that changed, not the whole file (tens of megabytes on a large
// portal).
func (r *Renderer) entitiesPacked() ([]byte, error) {
	es := r.openEntities()
	records := make([]packed.Part, len(es))
	errs := make([]error, len(es))
	parallel.For(len(es), func(i int) { records[i], errs[i] = r.recordPart(es[i]) })
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return joinList(openBracket, records, closeBracket), nil
}

// tablePacked is data/<typ>.csv packed, joined from its rows' packed
// parts that the Memo keeps: each row shows only its entity (references
// are slugs), and a large portal's rows are tens of megabytes as cells.
func (r *Renderer) tablePacked(typ string) []byte {
	t := opendata.TableOf(r.site, typ)
	es := r.pub[typ]
	parts := make([]packed.Part, len(es)+1)
	parts[0] = packed.PackPart(opendata.Header(t.Header()))
	parallel.For(len(es), func(i int) {
		if v, ok := r.memo.rows.Load(es[i].Ref); ok {
			parts[i+1] = v.(packed.Part)
			return
		}
		parts[i+1] = packed.PackPart(opendata.Row(r.row(t, es[i])))
		r.memo.rows.Store(es[i].Ref, parts[i+1])
	})
	return packed.Join(parts...)
}

// joinList is the parts between open and close, with a comma between two.
func joinList(open packed.Part, parts []packed.Part, close packed.Part) []byte {
	all := make([]packed.Part, 0, 2*len(parts)+1)
	all = append(all, open)
	for i, p := range parts {
		if i > 0 {
			all = append(all, comma)
		}
		all = append(all, p)
	}
	return packed.Join(append(all, close)...)
}

var openBracket, comma, closeBracket = packed.PackPart([]byte("[")), packed.PackPart([]byte(",")), packed.PackPart([]byte("]"))

// matchPart is an entity's entry in data/matches.json, packed, and the
// lists it was made of.
type matchPart struct {
	lists [3][]match.Suggestion
	part  packed.Part
}

// matchesPacked is data/matches.json packed, joined from its entries'
// packed parts: the Memo keeps each with the lists it was made of, and
// after a save only the entries of the needs matched again are encoded.
func (r *Renderer) matchesPacked() ([]byte, error) {
	res := r.matches()
	refs := res.Refs()
	parts := make([]packed.Part, len(refs))
	errs := make([]error, len(refs))
	parallel.For(len(refs), func(i int) {
		lists := res.Lists(refs[i])
		if v, ok := r.memo.matches.Load(refs[i]); ok && match.SameLists(v.(matchPart).lists, lists) {
			parts[i] = v.(matchPart).part
			return
		}
		entry, err := res.Entry(refs[i])
		parts[i], errs[i] = packed.PackPart(entry), err
		r.memo.matches.Store(refs[i], matchPart{lists, parts[i]})
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return joinList(openBrace, parts, closeBrace), nil
}

var openBrace, closeBrace = packed.PackPart([]byte("{")), packed.PackPart([]byte("}\n"))
