package match_test

import (
	"context"
	"reflect"
	"testing"
)

// AllContext gives what All gives, and nothing once its context is done.
func TestAllContextIsAllAndStops(t *testing.T) {
	p := sample(t)
	m := matcherOf(t, p)
	got, err := m.AllContext(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := m.All(); !reflect.DeepEqual(got, want) {
		t.Error("AllContext differs from All")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r, err := m.AllContext(ctx); r != nil || err == nil {
		t.Errorf("cancelled: %v, %v; want nil and an error", r, err)
	}
}
