package memo

import (
	"sync"
	"testing"
)

func TestGetWorksOutOnce(t *testing.T) {
	m := New[string, int]()
	calls := 0
	get := func(k string) int {
		return m.Get(k, func() int { calls++; return len(k) })
	}
	first := get("abc")
	second := get("abc")
	if first != 3 || second != 3 || calls != 1 {
		t.Fatalf("Get = %d, %d with %d calls; want 3, 3 with 1 call", first, second, calls)
	}
}

func TestSweepForgetsWhatWasNotUsed(t *testing.T) {
	m := New[string, int]()
	calls := map[string]int{}
	get := func(k string) { m.Get(k, func() int { calls[k]++; return 0 }) }
	get("kept")
	get("dropped")
	m.Sweep()
	get("kept") // used in this round: survives the next Sweep
	m.Sweep()
	get("kept")
	get("dropped")
	if calls["kept"] != 1 || calls["dropped"] != 2 {
		t.Fatalf("calls = %v, want kept once and dropped twice", calls)
	}
	if n := m.Len(); n != 2 {
		t.Fatalf("Len = %d, want 2", n)
	}
}

func TestNilMapOnlyWorksOut(t *testing.T) {
	var m *Map[string, int]
	calls := 0
	for range 2 {
		m.Get("k", func() int { calls++; return 1 })
	}
	m.Sweep()
	if calls != 2 || m.Len() != 0 {
		t.Fatalf("calls = %d, Len = %d", calls, m.Len())
	}
}

func TestConcurrentGets(t *testing.T) {
	m := New[int, int]()
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				if got := m.Get(i, func() int { return i * 2 }); got != i*2 {
					t.Errorf("worker %d: Get(%d) = %d", w, i, got)
				}
			}
		}()
	}
	wg.Wait()
}

func TestLookupAndPut(t *testing.T) {
	m := New[string, int]()
	if _, ok := m.Lookup("k"); ok {
		t.Fatal("found a key never put")
	}
	m.Put("k", 7)
	m.Sweep()
	if v, ok := m.Lookup("k"); !ok || v != 7 {
		t.Fatalf("Lookup after one Sweep = %d, %v; want 7, true", v, ok)
	}
	m.Put("gone", 1)
	m.Delete("gone")
	if _, ok := m.Lookup("gone"); ok {
		t.Fatal("Lookup found a deleted key")
	}
	m.Sweep()
	m.Sweep() // "k" was looked up before the first of these, not since
	if _, ok := m.Lookup("k"); ok {
		t.Fatal("Lookup found a key unused for a whole round")
	}
}
