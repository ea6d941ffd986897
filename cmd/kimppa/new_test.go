package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kimppa new refuses a name with a line break (which a script cannot
// pass to testscript): exit 2, a one-line reason, and no file.
func TestNewRefusesANameWithALineBreak(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kimppa.yaml"), []byte("title: Testi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"new", "actors", "x", "--name", "a\nb", "--source", dir}, &stdout, &stderr)
	if code != exitUsage {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr.String())
	}
	first, _, _ := strings.Cut(stderr.String(), "\nusage:")
	if !strings.HasPrefix(first, `kimppa new: --name "a\nb" contains a line break`) || strings.Count(first, "\n") != 0 {
		t.Errorf("stderr = %q, want a one-line reason, then the usage", stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "actors", "x.md")); err == nil {
		t.Error("a file was written")
	}
}
