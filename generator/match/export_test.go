package match

import (
	"fmt"
	"maps"
	"slices"
	"sync/atomic"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/places"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// DebugNeed describes how a need is read, for tests.
func (x *Matcher) DebugNeed(text, lang string) string {
	m := x.m
	ts := terms(m.idx, lang, m.site.Config.Languages, part{text, 1})
	s := score(m.find, ts, commonDF(m.idx.N()))
	out := fmt.Sprintf("terms %d kept %d total %.3f docs %d\n", len(ts), len(s.terms), s.total, len(s.text))
	for _, t := range ts {
		out += fmt.Sprintf("  %s %v upper=%d\n", t.surface, t.keys, m.find.upper(t))
	}
	return out
}

// ScoreFirst sets how many of an actor's candidates are scored in full
// before the others are held to the tenth score, until restore.
func ScoreFirst(n int) (restore func()) {
	old := firstCandidatesN
	firstCandidatesN = n
	return func() { firstCandidatesN = old }
}

// Reach is what a matching with x would work out again, after a matching
// with x's memo, if the index's fingerprints were those edit makes.
func (x *Matcher) Reach(edit func(keys map[string]uint64)) (todo map[model.Ref]bool, all bool) {
	m := x.m
	keys := maps.Clone(m.memo.last.keys)
	edit(keys)
	return m.memo.last.reach(m, keys)
}

// DepsOf are the keys the kept words of ref's need read, as the memo
// holds them.
func (x *Matcher) DepsOf(ref model.Ref) []string {
	st := x.m.memo.last
	var out []string
	for k, list := range st.deps {
		for _, d := range list {
			if st.recs[d.need].ref == ref && st.recs[d.need].gen == d.gen {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// CancelAfter makes matching call cancel once it has worked out n needs,
// until restore.
func CancelAfter(n int64, cancel func()) (restore func()) {
	var done atomic.Int64
	workedHook = func() {
		if done.Add(1) == n {
			cancel()
		}
	}
	return func() { workedHook = nil }
}

// MeantFunding are the funding sources a need asking for money would
// raise, in ref order: those it means (matcher.meant).
func (x *Matcher) MeantFunding(text, lang string) []string {
	m := x.m
	lang = searchindex.DetectLang(text, lang)
	s := score(m.find, moneyTerms(m.idx, lang, m.site.Config.Languages, true, part{text, 1}), commonDF(m.idx.N()))
	var out []string
	for d := range s.text {
		if e := m.entity(d); e != nil && e.Type == "funding" && m.meant(s, nil, d, places.Fold(placeIn(lang, text))) {
			out = append(out, e.Ref.String())
		}
	}
	slices.Sort(out)
	return out
}

// AsksForMoney: a need asks for money (fundingIntent).
func (x *Matcher) AsksForMoney(text, lang string) bool { return fundingIntent(lang, text) }
