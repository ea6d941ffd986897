package match

import (
	"context"
	"slices"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/parallel"
)

// AllContext is All that stops early when ctx is done: `kimppa serve`
// works out the matches after the edited pages are served, and a new save
// makes that work stale. It returns ctx's error then, and no result.
// With a Memo of the site's last matching, it works out again only the
// needs the changes since can reach (since) and takes the others' from
// then: the same result, at a fraction of the cost for a save.
func (x *Matcher) AllContext(ctx context.Context) (*Result, error) {
	m := x.m
	if m.memo == nil {
		r, _, err := m.some(ctx, nil, nil)
		return r, err
	}
	m.memo.mu.Lock()
	defer m.memo.mu.Unlock()
	keys := fingerprints(m.idx)
	last := m.memo.last
	todo, all := last.reach(m, keys)
	if all {
		last = nil
	}
	r, read, err := m.some(ctx, todo, last)
	// what a cancelled matching worked out stays for the next: a large
	// portal's first matching takes seconds, and saves come sooner
	m.memo.last = last.next(m, keys, r, read)
	if err != nil {
		return nil, err
	}
	m.memo.worked, m.memo.needs = len(read), len(r.Solvers)+len(r.Partners)
	return r, nil
}

// some works out the suggestions of the needs in todo, all when last is
// nil, and takes the others' from last; with a memo, it returns what each
// need it worked out read. When ctx is done it returns its error, and
// with a memo the needs it took or worked out before that (a Result
// without the others).
func (m *matcher) some(ctx context.Context, todo map[model.Ref]bool, last *since) (*Result, map[model.Ref]*reads, error) {
	s := m.site
	challenges, actors := s.Published("challenges"), s.Published("actors")
	again := func(e *model.Entity) bool { return last == nil || todo[e.Ref] }
	solvers := make([][]Suggestion, len(challenges))
	chRead := make([]*reads, len(challenges))
	parallel.For(len(challenges), func(i int) {
		if ch := challenges[i]; ctx.Err() == nil && again(ch) {
			ts, rd := m.needOf(ch, siteDF(m.idx.N()))
			solvers[i], chRead[i] = m.solversOf(ch, ts), rd
			worked()
		}
	})
	partners := make([][]Suggestion, len(actors))
	calls := make([][]Suggestion, len(actors))
	acRead := make([]*reads, len(actors))
	parallel.For(len(actors), func(i int) {
		if a := actors[i]; ctx.Err() == nil && again(a) {
			ts, rd := m.needOf(a, partnerDF(m.idx.N()))
			sc := score(m.find, ts, partnerDF(m.idx.N()))
			partners[i], calls[i], acRead[i] = m.partners(a, sc), m.calls(a, sc), rd
			worked()
		}
	})
	err := ctx.Err()
	if err != nil && m.memo == nil {
		return nil, nil, err
	}
	r := &Result{Solvers: make(map[model.Ref][]Suggestion, len(challenges)), Partners: make(map[model.Ref][]Suggestion, len(actors)), Calls: make(map[model.Ref][]Suggestion, len(actors))}
	read := map[model.Ref]*reads{}
	for i, e := range challenges {
		switch {
		case !again(e):
			r.Solvers[e.Ref] = last.result.Solvers[e.Ref]
		case chRead[i] != nil:
			r.Solvers[e.Ref], read[e.Ref] = solvers[i], chRead[i]
		case err == nil:
			r.Solvers[e.Ref] = solvers[i]
		}
	}
	for i, e := range actors {
		switch {
		case !again(e):
			r.Partners[e.Ref], r.Calls[e.Ref] = last.result.Partners[e.Ref], last.result.Calls[e.Ref]
		case acRead[i] != nil:
			r.Partners[e.Ref], r.Calls[e.Ref], read[e.Ref] = partners[i], calls[i], acRead[i]
		case err == nil:
			r.Partners[e.Ref], r.Calls[e.Ref] = partners[i], calls[i]
		}
	}
	return r, read, err
}

// workedHook, when a test sets it, runs after each need is worked out.
var workedHook func()

func worked() {
	if workedHook != nil {
		workedHook()
	}
}

// needOf is e's need and, with a memo, what reading it and scoring it
// with maxDF read of the index.
func (m *matcher) needOf(e *model.Entity, maxDF int) ([]term, *reads) {
	if m.memo == nil {
		return m.need(e), nil
	}
	return m.reading(e, maxDF)
}

// next is the state after a matching with m that gave r and read what
// read holds of the needs it worked out: st's, updated, or a new one when
// st is nil.
func (st *since) next(m *matcher, keys map[string]uint64, r *Result, read map[model.Ref]*reads) *since {
	if st == nil {
		st = &since{ids: map[model.Ref]int32{}, deps: map[string][]dep{}, guards: map[string][]guard{}}
	}
	st.cfg, st.today, st.keys, st.result = m.site.Config, m.today, keys, r
	st.ents = map[model.Ref]*model.Entity{}
	for ref, e := range m.site.Entities {
		if m.site.IsPublished(ref) {
			st.ents[ref] = e
		}
	}
	for ref, rd := range read {
		id, ok := st.ids[ref]
		if !ok {
			id = int32(len(st.recs))
			st.ids[ref] = id
			st.recs = append(st.recs, needRec{ref: ref})
		}
		rec := &st.recs[id]
		st.stale += int(rec.entries)
		rec.gen++
		rec.asked = rd.asked
		rec.entries = int32(len(rd.deps) + len(rd.guards))
		st.all += int(rec.entries)
		for _, k := range rd.deps {
			st.deps[k] = append(st.deps[k], dep{id, rec.gen})
		}
		for _, g := range rd.guards {
			st.guards[g.key] = append(st.guards[g.key], guard{id, rec.gen, g.max})
		}
	}
	if st.stale > st.all/2 {
		st.compact()
	}
	return st
}

// compact drops the entries of deps and guards of needs matched again
// since they were made.
func (st *since) compact() {
	compactMap(st.deps, func(d dep) bool { return st.recs[d.need].gen != d.gen })
	compactMap(st.guards, func(g guard) bool { return st.recs[g.need].gen != g.gen })
	st.all -= st.stale
	st.stale = 0
}

// compactMap drops the stale entries of m's lists, and the lists left
// empty.
func compactMap[T any](m map[string][]T, stale func(T) bool) {
	for k, list := range m {
		if list = slices.DeleteFunc(list, stale); len(list) == 0 {
			delete(m, k)
		} else {
			m[k] = slices.Clip(list)
		}
	}
}
