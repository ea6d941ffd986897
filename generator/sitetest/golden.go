package sitetest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Update is go test's -update flag: Golden rewrites the golden files
// instead of comparing. A test package that uses sitetest must not
// define its own.
var Update = flag.Bool("update", false, "rewrite the golden files")

// Golden compares got with the golden file path (relative to the test's
// package), or with -update rewrites it; read the diff before committing.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update in this package)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update in this package and read the diff):\n%s", path, firstDiff(want, got))
	}
}

// firstDiff shows where got first leaves want, with some context.
func firstDiff(want, got []byte) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(bytes.LastIndexByte(got[:i], '\n')+1, i-200) // the line, or the 200 bytes before
	show := func(b []byte) string { return string(b[min(from, len(b)):min(i+200, len(b))]) }
	return fmt.Sprintf("at byte %d of %d (want %d)\n--- got\n%s\n--- want\n%s", i, len(got), len(want), show(got), show(want))
}
