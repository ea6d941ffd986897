package diag

import (
	"fmt"
	"os"
)

// Internal is the error a recovered panic becomes: a panic is always a
// bug in kimppa and never the content's fault, so it asks for a report
// instead of showing a stack trace.
func Internal(r any) error {
	return fmt.Errorf("internal error: %v (this is a bug in kimppa; please report it with the file that caused it)", r)
}

// Recover, deferred, turns a panic into Internal's error in *err.
// KIMPPA_DEBUG=1 lets the panic through for debugging.
func Recover(err *error) {
	if os.Getenv("KIMPPA_DEBUG") != "" {
		return
	}
	if r := recover(); r != nil {
		*err = Internal(r)
	}
}
