package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
)

// A folder without kimppa.yaml is said in the same words by every
// command that reads a site: they all read it with config.Read.
func TestEveryCommandSaysTheSameOfAMissingConfig(t *testing.T) {
	dir := t.TempDir()
	want := (&config.MissingError{Dir: dir}).Error()
	for _, args := range [][]string{
		{"check", "--source", dir},
		{"build", "--source", dir, "-q"},
		{"serve", "--source", dir, "--addr", "127.0.0.1:0", "-q"},
		{"schema", "--source", dir},
		{"forms", "--source", dir},
	} {
		var stderr bytes.Buffer
		code := run(context.Background(), args, io.Discard, &stderr)
		got := strings.TrimPrefix(strings.TrimSpace(stderr.String()), "kimppa "+args[0]+": ")
		if code != exitInvalid || got != want {
			t.Errorf("kimppa %s: exit %d, says %q; want %d and %q", args[0], code, stderr.String(), exitInvalid, want)
		}
	}
}
