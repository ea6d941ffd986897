package match

import (
	"encoding/json"
	"reflect"
	"slices"

	"github.com/kimppa/kimppa/generator/model"
)

// JSON is data/matches.json: an object keyed by "type/slug", each
// challenge with its solvers and each actor with its partners and calls;
// encoding/json writes the keys in order, so it is deterministic.
func (r *Result) JSON() ([]byte, error) {
	entries := map[string]any{}
	for ref, list := range r.Solvers {
		entries[ref.String()] = map[string]any{"solvers": records(list, false)}
	}
	for ref, list := range r.Partners {
		entries[ref.String()] = map[string]any{"partners": records(list, false), "calls": records(r.Calls[ref], true)}
	}
	b, err := json.Marshal(entries)
	return append(b, '\n'), err
}

// lists are r's suggestion lists, solvers, partners and calls; none of a
// nil Result.
func (r *Result) lists() []map[model.Ref][]Suggestion {
	if r == nil {
		return []map[model.Ref][]Suggestion{nil, nil, nil}
	}
	return []map[model.Ref][]Suggestion{r.Solvers, r.Partners, r.Calls}
}

// Changed lists the entities whose suggestions differ between a and b.
func Changed(a, b *Result) map[model.Ref]bool {
	out := map[model.Ref]bool{}
	bl := b.lists()
	for i, x := range a.lists() {
		y := bl[i]
		for ref, list := range x {
			if !reflect.DeepEqual(list, y[ref]) {
				out[ref] = true
			}
		}
		for ref := range y {
			if _, ok := x[ref]; !ok {
				out[ref] = true
			}
		}
	}
	return out
}

// Mentioning lists the entities whose suggestions name one of refs, as
// the suggestion or as its via.
func (r *Result) Mentioning(refs map[model.Ref]bool) map[model.Ref]bool {
	out := map[model.Ref]bool{}
	for _, m := range r.lists() {
		for ref, list := range m {
			if slices.ContainsFunc(list, func(s Suggestion) bool { return refs[s.Ref] || refs[s.Because.Via] }) {
				out[ref] = true
			}
		}
	}
	return out
}

// record is one suggestion as the open data writes it.
type record struct {
	Ref      string     `json:"ref"`
	Call     *int       `json:"call,omitempty"`
	Closes   string     `json:"closes,omitempty"`
	Score    float64    `json:"score"`
	Fit      float64    `json:"fit"`
	Strength string     `json:"strength"`
	Because  becauseRec `json:"because"`
}

type becauseRec struct {
	Terms  map[string][]string `json:"terms,omitempty"`
	Words  []string            `json:"words,omitempty"`
	Kind   string              `json:"kind,omitempty"`
	Region string              `json:"region,omitempty"`
	Via    string              `json:"via,omitempty"`
}

// Records are suggestions as the open data writes them, for tests.
func Records(list []Suggestion) any { return records(list, false) }

func records(list []Suggestion, calls bool) []record {
	out := make([]record, 0, len(list))
	for _, s := range list {
		r := record{Ref: s.Ref.String(), Score: s.Score, Fit: s.Fit, Strength: s.Strength, Because: becauseRec{Terms: s.Because.Terms, Words: s.Because.Words, Kind: s.Because.Kind, Region: s.Because.Region}}
		if s.Because.Via != (model.Ref{}) {
			r.Because.Via = s.Because.Via.String()
		}
		if calls {
			call := s.Call
			r.Call, r.Closes = &call, s.Closes
		}
		out = append(out, r)
	}
	return out
}
