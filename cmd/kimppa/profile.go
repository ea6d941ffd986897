package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile to $KIMPPA_CPUPROFILE when it is set,
// for `go tool pprof`; the returned function stops it, and writes the
// heap to $KIMPPA_MEMPROFILE when that is set. Developers only.
func startProfile() func() {
	path := os.Getenv("KIMPPA_CPUPROFILE")
	if path == "" {
		return writeHeap
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kimppa: cpu profile:", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "kimppa: cpu profile:", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close(); writeHeap() }
}

// writeHeap writes the heap profile (what was allocated, and what is
// still in use) to $KIMPPA_MEMPROFILE when it is set.
func writeHeap() {
	path := os.Getenv("KIMPPA_MEMPROFILE")
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kimppa: heap profile:", err)
		return
	}
	defer f.Close()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		fmt.Fprintln(os.Stderr, "kimppa: heap profile:", err)
	}
}
