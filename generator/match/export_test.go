package match

import "fmt"

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
