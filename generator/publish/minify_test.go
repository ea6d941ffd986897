package publish_test

import (
	"bytes"
	"testing"

	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/publish"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// TestMinifiedTemplatesRenderTheSamePages guards the build's shortcut of
// minifying the templates instead of every page: for the sample portal,
// each page rendered from the minified templates must equal the page from
// the original templates once both are minified.
func TestMinifiedTemplatesRenderTheSamePages(t *testing.T) {
	p := sitetest.Load(t, "../..", sitetest.Options{Today: "2026-12-01"})
	assets, err := publish.Assets(p.Files.Theme(), output.Files{})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := render.New(p.Model, render.Options{Theme: p.Files.Theme(), Site: p.Files.FS(), Assets: assets})
	if err != nil {
		t.Fatal(err)
	}
	minified, err := publish.Renderer(p.Files, p.Model, render.Options{Assets: assets})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, pg := range plain.Pages() {
		if !output.Rendered(pg.Path) {
			continue
		}
		a, err := plain.Render(pg)
		if err != nil {
			t.Fatal(err)
		}
		b, err := minified.Render(pg)
		if err != nil {
			t.Fatal(err)
		}
		am, _ := output.Minify(pg.Path, a)
		bm, _ := output.Minify(pg.Path, b)
		if !bytes.Equal(am, bm) {
			t.Errorf("%s differs when rendered from minified templates", pg.Path)
		}
		if len(b) > len(am)*11/10 {
			t.Errorf("%s: %d bytes from minified templates, more than 10%% over the %d of a minified page", pg.Path, len(b), len(am))
		}
		n++
	}
	if n < 50 {
		t.Fatalf("only %d pages compared; is the sample portal there?", n)
	}
}
