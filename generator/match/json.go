package match

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/model"
)

// JSON is data/matches.json: an object keyed by "type/slug", each
// challenge with its solvers and each actor with its partners and calls;
// encoding/json writes the keys in order, so it is deterministic.
func (r *Result) JSON() ([]byte, error) {
	entries := map[string]any{}
	for ref := range r.Solvers {
		entries[ref.String()] = r.entry(ref)
	}
	for ref := range r.Partners {
		entries[ref.String()] = r.entry(ref)
	}
	b, err := json.Marshal(entries)
	return append(b, '\n'), err
}

// entry is ref's value in data/matches.json.
func (r *Result) entry(ref model.Ref) any {
	if ref.Type == "challenges" {
		return map[string]any{"solvers": records(r.Solvers[ref], false)}
	}
	return map[string]any{"partners": records(r.Partners[ref], false), "calls": records(r.Calls[ref], true)}
}

// Refs are the entities of data/matches.json, in its order.
func (r *Result) Refs() []model.Ref {
	out := slices.Collect(maps.Keys(r.Solvers))
	for ref := range r.Partners {
		if _, ok := r.Solvers[ref]; !ok {
			out = append(out, ref)
		}
	}
	slices.SortFunc(out, func(a, b model.Ref) int { return strings.Compare(a.String(), b.String()) })
	return out
}

// Entry is ref's member of data/matches.json's object, `"type/slug":{…}`,
// as JSON writes it.
func (r *Result) Entry(ref model.Ref) ([]byte, error) {
	key, _ := json.Marshal(ref.String())
	value, err := json.Marshal(r.entry(ref))
	return append(append(key, ':'), value...), err
}

// Lists are the lists ref's entry is made of: an entry made of the same
// lists (the same slices, which a matching in serve takes over from the
// last for the needs a save does not reach) is the same.
func (r *Result) Lists(ref model.Ref) [3][]Suggestion {
	return [3][]Suggestion{r.Solvers[ref], r.Partners[ref], r.Calls[ref]}
}

// SameLists reports whether a and b are the same slices.
func SameLists(a, b [3][]Suggestion) bool {
	for i := range a {
		if len(a[i]) != len(b[i]) || len(a[i]) > 0 && &a[i][0] != &b[i][0] {
			return false
		}
	}
	return true
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
