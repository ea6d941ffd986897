// Package memo keeps results worked out from content for the next build
// of the same site: `kimppa serve` rebuilds after every save, and most of
// what it works out (a body's plain text, a text's words) has not
// changed. Entries are found by what they were worked out from, so they
// never go stale; Sweep forgets those the last build did not use.
package memo

import "sync"

// Map is a concurrency-safe memo from K to V. The zero value is not
// usable; a nil *Map memoizes nothing.
type Map[K comparable, V any] struct {
	mu   sync.Mutex
	used map[K]V // used since the last Sweep
	old  map[K]V // used before it
}

// New returns an empty Map.
func New[K comparable, V any]() *Map[K, V] {
	return &Map[K, V]{used: map[K]V{}, old: map[K]V{}}
}

// Get returns the value of k, working it out with work when k is new. On
// a nil Map it only calls work.
func (m *Map[K, V]) Get(k K, work func() V) V {
	if v, ok := m.Lookup(k); ok {
		return v
	}
	v := work() // outside the lock: other workers go on meanwhile
	m.Put(k, v)
	return v
}

// Lookup returns the value kept for k, if any, and marks it used. Use it
// with Put when a kept value must be checked before it is used.
func (m *Map[K, V]) Lookup(k K) (V, bool) {
	var v V
	if m == nil {
		return v, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.used[k]
	if !ok {
		if v, ok = m.old[k]; ok {
			m.used[k] = v
		}
	}
	return v, ok
}

// Put keeps v for k.
func (m *Map[K, V]) Put(k K, v V) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.used[k] = v
	m.mu.Unlock()
}

// Delete forgets k.
func (m *Map[K, V]) Delete(k K) {
	if m == nil {
		return
	}
	m.mu.Lock()
	delete(m.used, k)
	delete(m.old, k)
	m.mu.Unlock()
}

// Sweep forgets the entries not used since the previous Sweep.
func (m *Map[K, V]) Sweep() {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.old, m.used = m.used, map[K]V{}
	m.mu.Unlock()
}

// Len is the number of entries kept.
func (m *Map[K, V]) Len() int {
	if m == nil {
		return 0
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	n := len(m.used)
	for k := range m.old {
		if _, ok := m.used[k]; !ok {
			n++
		}
	}
	return n
}
