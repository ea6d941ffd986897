package render_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// The render package's limits, as the pages show them.
const (
	maxChips   = 4
	maxTermNav = 30
)

// TestCardsShowBoundedChips: a card shows at most maxChips term chips and
// "+N" for the rest, its facets only on a list page, and a long
// taxonomy's term pages do not list every term.
func TestCardsShowBoundedChips(t *testing.T) {
	var cfg, terms strings.Builder
	cfg.WriteString("title: T\nbase_url: https://example.org/\nlanguages: [fi]\ntaxonomies:\n  focus_areas:\n    terms:\n")
	for i := range maxTermNav + 1 {
		k := "t" + strings.Repeat("x", i)
		cfg.WriteString("      " + k + ": {fi: Teema" + k + "}\n")
		terms.WriteString(k + ", ")
	}
	a := txtar.Parse([]byte("-- kimppa.yaml --\n" + cfg.String() + "-- content/actors/a.md --\n---\nname: A\nkind: company\nfocus_areas: [" + strings.TrimSuffix(terms.String(), ", ") + "]\n---\n"))
	files := renderAll(t, newRenderer(t, archiveFS(t, a)))
	term := string(files["focus_areas/t/index.html"])
	if n := strings.Count(term, `class="chip"`); n != maxChips {
		t.Errorf("the term page has %d chips, want the card's %d", n, maxChips)
	}
	if !strings.Contains(term, `<span class="chip chip-more">+27</span>`) {
		t.Error("the card does not say +27 for the other terms")
	}
	if strings.Contains(term, "data-facets") || strings.Contains(term, `class="term-nav"`) {
		t.Error("the term page carries facets or a nav of every term")
	}
	if list := string(files["toimijat/index.html"]); !strings.Contains(list, `data-facets="kind=company focus_areas=t focus_areas=tx`) {
		t.Error("the list page's card has lost its facets")
	}
}
