//go:build unix

package output

import (
	"os"
	"syscall"
)

// lock is an advisory lock on a folder that this process is writing or
// swapping; the system drops it when the process ends, however it ends.
type lock struct{ f *os.File }

// lockDir locks dir, waiting for no one: a folder of a running build is
// never locked by another.
func lockDir(dir string) (*lock, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, err
	}
	return &lock{f}, nil
}

// tryLock locks dir when no running build holds it.
func tryLock(dir string) (*lock, bool) {
	l, err := lockDir(dir)
	return l, err == nil
}

func (l *lock) unlock() {
	if l != nil {
		l.f.Close() // closing the last descriptor releases the lock
	}
}
