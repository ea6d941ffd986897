package match_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchdoc"
)

// After a matching with a memo, the next one works out again only the
// needs the changed keys reach: none when nothing changed, a need whose
// kept word reads a key that finds other docs now. (A need whose reading
// asked for a key that came is worked out again too: since_internal_test.go.)
func TestTheNextMatchingReachesWhatReadTheChangedKeys(t *testing.T) {
	p := sample(t)
	_, view, err := searchdoc.Matcher(p.Model, p.Today)
	if err != nil {
		t.Fatal(err)
	}
	m := match.New(p.Model, view, match.Options{Today: p.Today, Memo: match.NewMemo()})
	if _, err := m.AllContext(context.Background()); err != nil {
		t.Fatal(err)
	}
	if todo, all := m.Reach(func(map[string]uint64) {}); all || len(todo) > 0 {
		t.Fatalf("nothing changed, yet all %v, %d needs to work out again", all, len(todo))
	}
	vtt := model.Ref{Type: "actors", Slug: "vtt"}
	deps := m.DepsOf(vtt)
	if len(deps) == 0 {
		t.Fatal("the need of actors/vtt reads no key")
	}
	todo, all := m.Reach(func(keys map[string]uint64) { keys[deps[0]]++ })
	if all || !todo[vtt] {
		t.Errorf("%q finds other docs: all %v, actors/vtt worked out again %v", deps[0], all, todo[vtt])
	}
	if len(todo) == len(p.Model.Published("actors"))+len(p.Model.Published("challenges")) {
		t.Errorf("one key changed, yet every need is worked out again")
	}
}

// A matching cancelled halfway keeps what it worked out: the next one
// works out only the rest, and gives what a whole matching gives.
func TestACancelledMatchingLeavesItsWorkForTheNext(t *testing.T) {
	p := sample(t)
	_, view, err := searchdoc.Matcher(p.Model, p.Today)
	if err != nil {
		t.Fatal(err)
	}
	memo := match.NewMemo()
	ctx, cancel := context.WithCancel(context.Background())
	restore := match.CancelAfter(12, cancel)
	_, err = match.New(p.Model, view, match.Options{Today: p.Today, Memo: memo}).AllContext(ctx)
	restore()
	if err == nil {
		t.Fatal("the matching was not cancelled")
	}
	got, err := match.New(p.Model, view, match.Options{Today: p.Today, Memo: memo}).AllContext(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := match.New(p.Model, view, match.Options{Today: p.Today}).All(); !reflect.DeepEqual(got, want) {
		t.Error("after a cancelled matching, the next differs from a whole one")
	}
	if worked, needs := memo.Worked(); worked > needs-12 || worked == 0 {
		t.Errorf("worked out %d of %d needs again; want the ones the cancelled matching did not", worked, needs)
	}
}
