package match

import (
	"testing"

	"github.com/kimppa/kimppa/generator/model"
)

// Of two routes to the same actor with the same score, the same one is
// kept whichever comes first: candidates come out of a map, and a build
// must give the same bytes every time.
func TestEqualRoutesKeepTheSameOne(t *testing.T) {
	a := Suggestion{Score: 0.5, Because: Because{Via: model.Ref{Type: "services", Slug: "alfa"}}}
	b := Suggestion{Score: 0.5, Because: Because{Via: model.Ref{Type: "services", Slug: "beta"}}}
	direct := Suggestion{Score: 0.5}
	if !outranks(a, b) || outranks(b, a) {
		t.Error("the order of two equal routes depends on which came first")
	}
	if !outranks(direct, a) || outranks(a, direct) {
		t.Error("a direct suggestion does not come before a route of the same score")
	}
	if higher := (Suggestion{Score: 0.6, Because: b.Because}); !outranks(higher, a) {
		t.Error("a higher score does not win")
	}
}
