package match

import "hash/maphash"

// bloom is a set of keys that may say a key is in it when it is not,
// never the other way round: the keys a need's reading asked the index
// for, in 512 bytes whatever their number. A false "in" only matches a
// need again that did not need it.
type bloom [64]uint64

var bloomSeed = maphash.MakeSeed()

func bloomHash(key string) uint64 { return maphash.String(bloomSeed, key) }

// bits are the three bits of a key's hash.
func bits(h uint64) [3]uint32 {
	return [3]uint32{uint32(h) & 4095, uint32(h>>21) & 4095, uint32(h>>42) & 4095}
}

func (b *bloom) add(key string) {
	for _, i := range bits(bloomHash(key)) {
		b[i/64] |= 1 << (i % 64)
	}
}

// any reports whether b may hold a key of one of the hashes.
func (b *bloom) any(hashes []uint64) bool {
	for _, h := range hashes {
		in := true
		for _, i := range bits(h) {
			in = in && b[i/64]&(1<<(i%64)) != 0
		}
		if in {
			return true
		}
	}
	return false
}
