//go:build !unix

package output

// removeDetached does nothing where a process cannot inherit a folder's
// lock: the build removes the replaced output itself.
func removeDetached(string, *lock) bool { return false }

// RunRemoval reports false: no process is started to remove a folder.
func RunRemoval() bool { return false }
