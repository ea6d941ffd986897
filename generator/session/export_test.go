package session

// SetRebuildHook sets the function every Session rebuild calls first and
// returns a function that removes it.
func SetRebuildHook(f func()) func() {
	rebuildHook = f
	return func() { rebuildHook = nil }
}
