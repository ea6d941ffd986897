package searchindex

import "strings"

// A key filter is a Bloom filter of every key of the term shards: a
// client asks it whether a key may be in the index before it fetches the
// key's shard. A key the filter does not hold is in no shard (a Bloom
// filter has no false negatives), so match() fetches with a need's first
// wave only the shards of the compound-part keys that may exist, and
// looks up no other: the results are those of reading every shard. About
// one key in a hundred that is not in the index passes.
//
// The file is {"m": bits, "k": probes, "b": bits in base64}, bit i in
// character i/6, value bit i%6 (decode.js's alphabet). Probe j of a key
// is bit (h1 + j·h2) mod m, uint32 arithmetic, h1 the 32-bit FNV-1a hash
// of the key's UTF-8 bytes and h2 = mix(h1) | 1; search.js's index.js
// computes the same.
type keyFilterJSON struct {
	M    int    `json:"m"`
	K    int    `json:"k"`
	Bits string `json:"b"`
}

const (
	keyFilterBitsPerKey = 10
	keyFilterProbes     = 7
	b64Alphabet         = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
)

// keyHashes are h1 and h2 of key.
func keyHashes(key string) (uint32, uint32) {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	h2 := h ^ h>>16
	h2 *= 0x85ebca6b
	h2 ^= h2 >> 13
	return h, h2 | 1
}

// newKeyFilter is the filter of keys.
func newKeyFilter(keys []string) keyFilterJSON {
	m := max(64, len(keys)*keyFilterBitsPerKey)
	m += (6 - m%6) % 6
	bits := make([]byte, m/6)
	for _, k := range keys {
		h1, h2 := keyHashes(k)
		for j := range uint32(keyFilterProbes) {
			i := (h1 + j*h2) % uint32(m)
			bits[i/6] |= 1 << (i % 6)
		}
	}
	for i, v := range bits {
		bits[i] = b64Alphabet[v]
	}
	return keyFilterJSON{M: m, K: keyFilterProbes, Bits: string(bits)}
}

// has reports whether key may be one of the filter's keys.
func (f keyFilterJSON) has(key string) bool {
	h1, h2 := keyHashes(key)
	for j := range uint32(f.K) {
		i := (h1 + j*h2) % uint32(f.M)
		if v := uint32(strings.IndexByte(b64Alphabet, f.Bits[i/6])); v>>(i%6)&1 == 0 {
			return false
		}
	}
	return true
}

// keyFilterFile writes the filter of keys as k/<hash>.json and returns its
// name, or "" when it would be more than max bytes.
func keyFilterFile(out map[string][]byte, keys []string, max int) (string, error) {
	if len(keys) == 0 || len(keys)*keyFilterBitsPerKey/6 > max {
		return "", nil
	}
	return single(out, "k", newKeyFilter(keys))
}
