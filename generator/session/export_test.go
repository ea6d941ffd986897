package session

// SetRebuildHook sets the function every Session rebuild calls first and
// returns a function that removes it.
func SetRebuildHook(f func()) func() {
	rebuildHook = f
	return func() { rebuildHook = nil }
}

// MatchWork says how many needs the last matching worked out again, of
// how many.
func (s *Session) MatchWork() (worked, needs int) { return s.memo.match.Worked() }
