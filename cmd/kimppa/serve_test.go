package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestServeSaysWhenTheAddressIsTaken(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	addr := taken.Addr().String()
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"serve", "--addr", addr}, io.Discard, &stderr)
	want := fmt.Sprintf("kimppa serve: %s is already in use; try --addr 127.0.0.1:%d\n", addr, taken.Addr().(*net.TCPAddr).Port+1)
	if code != exitInvalid || stderr.String() != want {
		t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), exitInvalid, want)
	}
}

// waitWriter is a writer that closes ready once text has been written to it.
type waitWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	text  string
	ready chan struct{}
}

func (s *waitWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	had := strings.Contains(s.buf.String(), s.text)
	s.buf.Write(p)
	if !had && strings.Contains(s.buf.String(), s.text) {
		close(s.ready)
	}
	return len(p), nil
}

func TestServeStopsWithExitCodeZeroOnCtrlC(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"kimppa.yaml":            "title: Testi\nlanguages: [fi, en]\n",
		"content/actors/alfa.md": "---\nname: Alfa Oy\nkind: company\n---\nAlfa.\n",
	} {
		full := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	stderr := &waitWriter{text: "(Ctrl-C to stop)", ready: make(chan struct{})}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--source", dir, "--addr", "127.0.0.1:0", "-q"}, io.Discard, stderr)
	}()
	select {
	case <-stderr.ready:
	case code := <-done:
		t.Fatalf("serve exited with %d before serving:\n%s", code, stderr.buf.String())
	}
	if !strings.Contains(stderr.buf.String(), "Serving http://127.0.0.1:") {
		t.Errorf("serve says %q, want the address it serves", stderr.buf.String())
	}
	interrupt()
	if code := <-done; code != exitOK {
		t.Errorf("exit %d after Ctrl-C, want 0:\n%s", code, stderr.buf.String())
	}
}
