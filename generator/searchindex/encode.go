package searchindex

import (
	"errors"
	"slices"
	"strconv"
)

// matchFile writes what match() needs besides the index.
func (b *builder) matchFile(out map[string][]byte) (string, error) {
	ids := map[DocRef]int{}
	for _, s := range b.docs {
		ids[DocRef{s.doc.Type, s.doc.Slug}] = s.id
	}
	m := matchJSON{Along: map[string][]int{}, OpenIn: map[string]map[string]string{}}
	var open []int
	for _, s := range b.docs {
		key := strconv.Itoa(s.id)
		for _, r := range s.doc.Along {
			if id, ok := ids[r]; ok {
				m.Along[key] = append(m.Along[key], id)
			}
		}
		if s.doc.Open {
			open = append(open, s.id)
		}
		if s.doc.OpenIn != nil {
			m.OpenIn[key] = s.doc.OpenIn
		}
	}
	slices.Sort(open)
	var err error
	if m.Open, err = docSet(open, len(b.docs)); err != nil {
		return "", err
	}
	return single(out, "m", m)
}

// lcp is the length of the longest common prefix of a and b.
func lcp(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// sortedLists returns the keys in JavaScript order and their posting lists.
func (b *builder) sortedLists() ([]string, []string) {
	order := make([]int, 0, len(b.keys))
	for i := range b.keys {
		if len(b.lists[i]) > 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(x, y int) int { return utf16Compare(b.keys[x], b.keys[y]) })
	keys := make([]string, len(order))
	lists := make([]string, len(order))
	for i, k := range order {
		keys[i], lists[i] = b.keys[k], string(b.lists[k])
	}
	return keys, lists
}

const vlqAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// errVLQRange is a number appendVLQ cannot represent: VLQ has no sign,
// and a negative number would never shift down to zero.
var errVLQRange = errors.New("searchindex: a negative number cannot be encoded (a posting or doc-id gap went backwards)")

// appendVLQ appends v in base-64 VLQ: 5 bits a digit, least significant
// first, 32 set on every digit but the last. It rejects a negative v.
func appendVLQ(buf []byte, v int) ([]byte, error) {
	if v < 0 {
		return buf, errVLQRange
	}
	return appendUVLQ(buf, uint(v)), nil
}

func appendUVLQ(buf []byte, v uint) []byte {
	for {
		d := v & 31
		v >>= 5
		if v == 0 {
			return append(buf, vlqAlphabet[d])
		}
		buf = append(buf, vlqAlphabet[d|32])
	}
}

// docSet encodes a sorted set of doc ids: "b" + a base-64 bitset (6 docs a
// digit, lowest bit first) or "r" + VLQ runs (gap, length-1, gap, …),
// whichever is shorter.
func docSet(ids []int, n int) (string, error) {
	var runs []byte
	prev := -1
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && ids[j+1] == ids[j]+1 {
			j++
		}
		var err error
		if runs, err = appendVLQ(runs, ids[i]-prev-1); err != nil {
			return "", err
		}
		runs = appendUVLQ(runs, uint(j-i))
		prev = ids[j]
		i = j + 1
	}
	bits := make([]byte, (n+5)/6)
	for _, id := range ids {
		bits[id/6] |= 1 << (id % 6)
	}
	// trailing zero digits are implied
	for len(bits) > 0 && bits[len(bits)-1] == 0 {
		bits = bits[:len(bits)-1]
	}
	if len(bits) < len(runs) {
		for i := range bits {
			bits[i] = vlqAlphabet[bits[i]]
		}
		return "b" + string(bits), nil
	}
	return "r" + string(runs), nil
}
