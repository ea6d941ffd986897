package serve

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A save while a finish step runs cancels the step, and the rebuild of
// the save comes next: the saved page never waits for the step's work.
func TestASaveCancelsTheRunningFinishStep(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "actors"), 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := newWatcher(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	started, cancelled, rebuilt := make(chan bool, 1), make(chan bool, 1), make(chan []string, 2)
	steps := 0
	done := make(chan error, 1)
	go func() {
		done <- w.run(ctx, time.Millisecond, func(paths []string) bool {
			rebuilt <- paths
			return steps == 0 // the first rebuild leaves work for a finish step
		}, func(step context.Context) bool {
			steps++
			started <- true
			<-step.Done() // a long step: only a cancel ends it
			cancelled <- true
			return true
		}, func() {})
	}()
	save := func() {
		if err := os.WriteFile(filepath.Join(dir, "content", "actors", "a.md"), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	save()
	<-rebuilt
	<-started
	save()
	<-cancelled
	if paths := <-rebuilt; len(paths) != 1 || paths[0] != "content/actors/a.md" {
		t.Errorf("rebuilt %v after the cancelled step, want the saved file", paths)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
