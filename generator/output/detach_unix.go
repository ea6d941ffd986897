//go:build unix

package output

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
)

// removalEnv names the folder a process started by removeDetached is to
// remove.
const removalEnv = "KIMPPA_REMOVE_REPLACED_OUTPUT"

// replaced matches the only folders a removal process removes: a
// previous output set aside by swap (".public.new-123.old").
var replaced = regexp.MustCompile(`^\..+\.new-[0-9]+\.old$`)

// removeDetached hands old, the output a build has just replaced, to a
// new process of this program that removes it after the build has ended:
// deleting thousands of files is the build's last and slowest step, and
// nobody waits for it. The new process inherits the lock on old, so no
// other build takes it for its own leftover meanwhile; if it is killed,
// the next build removes old as a leftover. It reports false, and does
// nothing, where it cannot start the process.
func removeDetached(old string, l *lock) bool {
	if l == nil || !replaced.MatchString(filepath.Base(old)) {
		return false
	}
	exe, err := os.Executable()
	if err != nil {
		return false
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), removalEnv+"="+old)
	cmd.ExtraFiles = []*os.File{l.f}
	// Its own session: the end of this process, or a ^C in its terminal
	// after the build, does not stop it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return false
	}
	cmd.Process.Release()
	return true
}

// RunRemoval tells whether this process was started by removeDetached,
// and if so removes the folder it was given. A program whose Commit hands
// folders on (Dir.RemoveLater) calls it first thing in main and exits
// when it reports true. It removes only a replaced output of kimppa's:
// a folder of that name that holds MarkerFile.
func RunRemoval() bool {
	old := os.Getenv(removalEnv)
	if old == "" {
		return false
	}
	if replaced.MatchString(filepath.Base(old)) {
		if _, err := os.Lstat(filepath.Join(old, MarkerFile)); err == nil {
			removeAll(old)
		}
	}
	return true
}
