package scaffold_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/scaffold"
)

const fixedToday = "2025-06-01"

// awkwardNames are names that YAML, Markdown or a shell treat specially.
var awkwardNames = []string{
	`Kiertotalous "Oy"`, `Single 'quotes'`, `a: b`, `key: value # comment`, `# not a comment`,
	`-leading dash`, `- list item`, `[list]`, `{map: 1}`, `&anchor`, `*alias`, `!tag`, `%directive`,
	`@handle`, "`backticks`", `|`, `>`, `?`, `yes`, `no`, `null`, `~`, `123`, `1e400`, `0x10`,
	`2025-01-01`, `\backslash\n`, `trailing backslash \`, `<script>alert(1)</script>`, `---`, `+++`,
	`Äänekosken Öljy – ÅÄÖ`, `🦆 Ankka Oy`, "zero\u200bwidth", "non\u00a0breaking", "emoji 👩‍👩‍👧",
	`  spaces around  `, strings.Repeat("pitkä nimi ", 40),
}

// Whatever new writes passes check: every type with every awkward name,
// and the name reads back as it was given.
func TestNewWritesFilesThatCheckForAwkwardNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kimppa.yaml"), []byte("title: Testi\nbase_url: https://example.org/\nlanguages: [fi, en]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := scaffold.New(ctx, dir, "actors", "vtt", "VTT"); err != nil {
		t.Fatal(err)
	}
	want := map[model.Ref]string{}
	for _, typ := range config.Types {
		for i, name := range awkwardNames {
			slug := fmt.Sprintf("n%d", i)
			if _, err := scaffold.New(ctx, dir, typ, slug, name); err != nil {
				t.Errorf("new %s %s --name %q: %v", typ, slug, name, err)
				continue
			}
			want[model.Ref{Type: typ, Slug: slug}] = strings.TrimSpace(name)
		}
	}
	p, err := generator.Load(ctx, generator.Options{Source: dir, Today: fixedToday})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	for _, d := range p.Diags {
		t.Errorf("check: %s (hint %q)", d, d.Hint)
	}
	for r, name := range want {
		e := p.Model.Entities[r]
		if e == nil {
			t.Errorf("%s was not loaded", r)
			continue
		}
		if got := p.Model.Title(e, "fi"); got != name {
			t.Errorf("%s: title %q, want %q", r, got, name)
		}
	}
}

// A name that no file can hold is refused as a usage error and nothing
// is written.
func TestNewRefusesNamesWithLineBreaksAndControlCharacters(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kimppa.yaml"), []byte("title: Testi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a\nb", "a\r\nb", "tab\there", "nul\x00", "bell\a", "esc\x1b[31m", "line\u2028separator", "para\u2029graph", "bad \xff utf-8", "   "} {
		_, err := scaffold.New(context.Background(), dir, "actors", "x", name)
		var ue *scaffold.UsageError
		if !errors.As(err, &ue) {
			t.Errorf("--name %q: err = %v, want a usage error", name, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "content", "actors", "x.md")); err == nil {
			t.Fatalf("--name %q: a file was written", name)
		}
	}
}
