package match

import (
	"fmt"
	"testing"
)

// A bloom holds every key added (a need whose reading asked for a key
// that came is always worked out again) and says few others are in it.
func TestBloomHoldsWhatWasAdded(t *testing.T) {
	var b bloom
	for i := range 300 { // about what a need of 64 words asks
		b.add(fmt.Sprintf("avain%d", i))
	}
	for i := range 300 {
		if k := fmt.Sprintf("avain%d", i); !b.any([]uint64{bloomHash(k)}) {
			t.Fatalf("%q was added, yet the bloom does not hold it", k)
		}
	}
	wrong := 0
	for i := range 10000 {
		if b.any([]uint64{bloomHash(fmt.Sprintf("muu%d", i))}) {
			wrong++
		}
	}
	if wrong > 100 {
		t.Errorf("%d of 10,000 keys never added are said to be in it", wrong)
	}
	if b.any(nil) {
		t.Error("no key is in it")
	}
}

// compactMap keeps the live entries of each list and drops the lists
// left empty.
func TestCompactMapDropsStaleEntries(t *testing.T) {
	m := map[string][]dep{"a": {{0, 1}, {1, 1}, {0, 2}}, "b": {{1, 1}}}
	gen := []int32{2, 1} // need 0 was matched again since its entries of gen 1
	compactMap(m, func(d dep) bool { return gen[d.need] != d.gen })
	if got := fmt.Sprint(m); got != "map[a:[{1 1} {0 2}] b:[{1 1}]]" {
		t.Errorf("got %s", got)
	}
	gen[1] = 2
	compactMap(m, func(d dep) bool { return gen[d.need] != d.gen })
	if got := fmt.Sprint(m); got != "map[a:[{0 2}]]" {
		t.Errorf("after need 1 was matched again: %s", got)
	}
}
