package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile to $KIMPPA_CPUPROFILE when it is set,
// for `go tool pprof`; the returned function stops it. Developers only.
func startProfile() func() {
	path := os.Getenv("KIMPPA_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kimppa: cpu profile:", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "kimppa: cpu profile:", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}
