package parallel

import (
	"sync/atomic"
	"testing"
)

func TestForCallsEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		for _, workers := range []int{1, 3, 64} {
			hits := make([]atomic.Int32, n)
			ForWorkers(workers, n, func(i int) { hits[i].Add(1) })
			for i := range hits {
				if got := hits[i].Load(); got != 1 {
					t.Fatalf("n=%d workers=%d: index %d called %d times", n, workers, i, got)
				}
			}
		}
	}
}

// TestForRaisesAWorkersPanicInTheCaller: a panic in a step reaches the
// caller's recover instead of ending the process.
func TestForRaisesAWorkersPanicInTheCaller(t *testing.T) {
	got := func() (r any) {
		defer func() { r = recover() }()
		ForWorkers(4, 100, func(i int) {
			if i == 17 {
				panic("step 17")
			}
		})
		return nil
	}()
	if got != "step 17" {
		t.Errorf("recovered %v, want the step's panic", got)
	}
}
