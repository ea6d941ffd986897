//go:build unix

package output

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestMain lets this test binary be the removal process that
// RemoveLater starts, as kimppa's main does.
func TestMain(m *testing.M) {
	if RunRemoval() {
		return
	}
	os.Exit(m.Run())
}

func writeRemovingLater(t *testing.T, dir string, files Files) {
	t.Helper()
	d, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	d.RemoveLater()
	if err := d.AddAll(files); err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestRemoveLaterLeavesTheReplacedOutputToAnotherProcess(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	writeRemovingLater(t, dir, Files{"index.html": []byte("1"), "toimijat/vtt/index.html": []byte("vtt")})
	writeRemovingLater(t, dir, Files{"index.html": []byte("2")})
	// The new output is complete when Commit returns.
	if got := read(t, dir); len(got) != 1 || got["index.html"] != "2" {
		t.Errorf("after the second write: %v, want only index.html", got)
	}
	// The old one is gone once the removal process ends: a bound on a
	// wait, not on speed.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
		names := beside(t, dir)
		if slices.Equal(names, []string{"public"}) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("beside the output a minute later: %q, want only public", names)
		}
	}
}

func TestRunRemovalRemovesOnlyAReplacedOutput(t *testing.T) {
	parent := t.TempDir()
	folder := func(name string, marked bool) string {
		p := filepath.Join(parent, name)
		if err := os.MkdirAll(filepath.Join(p, "toimijat"), 0o755); err != nil {
			t.Fatal(err)
		}
		if marked {
			if err := os.WriteFile(filepath.Join(p, MarkerFile), []byte(marker), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return p
	}
	for _, c := range []struct {
		dir  string
		gone bool
	}{
		{folder(".public.new-123.old", true), true},
		{folder(".public.new-124.old", false), false}, // not kimppa's output
		{folder(".public.new-125", true), false},      // a build's new output
		{folder("public", true), false},
		{folder("docs", true), false},
	} {
		t.Setenv(removalEnv, c.dir)
		if !RunRemoval() {
			t.Errorf("RunRemoval with %s set: false", removalEnv)
		}
		if _, err := os.Stat(c.dir); os.IsNotExist(err) != c.gone {
			t.Errorf("%s removed: %v, want %v", filepath.Base(c.dir), os.IsNotExist(err), c.gone)
		}
	}
	t.Setenv(removalEnv, "")
	if RunRemoval() {
		t.Error("RunRemoval without the variable: true")
	}
}

func TestRemoveDetachedStartsAProcessOnlyForAReplacedOutput(t *testing.T) {
	parent := t.TempDir()
	for _, c := range []struct {
		name    string
		started bool
	}{{".public.new-7.old", true}, {"public", false}, {".public.new-8", false}} {
		dir := filepath.Join(parent, c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, MarkerFile), []byte(marker), 0o644); err != nil {
			t.Fatal(err)
		}
		l, err := lockDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if got := removeDetached(dir, l); got != c.started {
			t.Errorf("removeDetached(%s) = %v, want %v", c.name, got, c.started)
		}
		l.unlock()
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
		names := beside(t, filepath.Join(parent, "x"))
		if slices.Equal(names, []string{".public.new-8", "public"}) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a minute later the folder holds %q, want only the two kept", names)
		}
	}
}
