package forms

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/kimppa/kimppa/generator/words"
)

// TestEveryMessageHasWords: every key the forms say (say("…")) is in
// every language's catalogue, so no member reads a bare key.
func TestEveryMessageHasWords(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	key := regexp.MustCompile(`(?:say|Get)\("([a-z_]+)"[,)]`)
	n := 0
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range key.FindAllStringSubmatch(string(src), -1) {
			n++
			for _, lang := range words.Langs {
				if _, ok := words.Default().Own(lang, m[1]); !ok {
					t.Errorf("%s: %s.yaml has no %s", name, lang, m[1])
				}
			}
		}
	}
	if n < 40 {
		t.Errorf("found only %d keys; has say() changed?", n)
	}
}
