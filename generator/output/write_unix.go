//go:build unix

package output

import (
	"errors"
	"os"
	"syscall"
)

// writeFile writes a new file with plain system calls: open, write,
// close. os.WriteFile also registers the file with the runtime's poller
// and back (five more calls), which a build of 10,000 pages pays 10,000
// times for nothing: a regular file never blocks in the poller's sense.
func writeFile(name string, data []byte) error {
	fd, err := open(name)
	if err != nil {
		return &os.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err == nil && n == 0 {
			err = syscall.EIO
		}
		if err != nil {
			syscall.Close(fd)
			return &os.PathError{Op: "write", Path: name, Err: err}
		}
		data = data[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &os.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}

func open(name string) (int, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, 0o644)
		if !errors.Is(err, syscall.EINTR) {
			return fd, err
		}
	}
}
