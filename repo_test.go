package kimppa

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNothingNamesThisRepository keeps the theme and the GitHub files
// generic: a new cluster copies them, and must not have to find and change
// this project's own address or admins by hand. The repository and the
// admins come from kimppa.yaml (CODEOWNERS is generated from it).
func TestNothingNamesThisRepository(t *testing.T) {
	for _, dir := range []string{"layouts", "assets", ".github"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || path == filepath.Join(".github", "CODEOWNERS") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, own := range []string{"github.com/kimppa/kimppa", "kimppa.github.io", "@kimppa-admin"} {
				if strings.Contains(string(data), own) {
					t.Errorf("%s names %q: take it from kimppa.yaml or make it generic", path, own)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
