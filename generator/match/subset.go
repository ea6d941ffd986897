package match

import (
	"context"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/parallel"
)

// AllContext is All that stops early when ctx is done: `kimppa serve`
// works out the matches after the edited pages are served, and a new save
// makes that work stale. It returns ctx's error then, and no result.
func (x *Matcher) AllContext(ctx context.Context) (*Result, error) {
	m, s := x.m, x.m.site
	challenges, actors := s.Published("challenges"), s.Published("actors")
	solvers := make([][]Suggestion, len(challenges))
	parallel.For(len(challenges), func(i int) {
		if ctx.Err() == nil {
			solvers[i] = m.solvers(challenges[i])
		}
	})
	partners := make([][]Suggestion, len(actors))
	calls := make([][]Suggestion, len(actors))
	parallel.For(len(actors), func(i int) {
		if ctx.Err() == nil {
			s := m.actorScore(actors[i])
			partners[i] = m.partners(actors[i], s)
			calls[i] = m.calls(actors[i], s)
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := &Result{Solvers: make(map[model.Ref][]Suggestion, len(challenges)), Partners: make(map[model.Ref][]Suggestion, len(actors)), Calls: make(map[model.Ref][]Suggestion, len(actors))}
	for i, e := range challenges {
		r.Solvers[e.Ref] = solvers[i]
	}
	for i, e := range actors {
		r.Partners[e.Ref] = partners[i]
		r.Calls[e.Ref] = calls[i]
	}
	return r, nil
}
