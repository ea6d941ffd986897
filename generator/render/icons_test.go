package render_test

import (
	"bytes"
	"encoding/binary"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/render"
)

func TestIconsAndCardAreRealImagesOfTheirSizes(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	a := renderAll(t, newRenderer(t, fsys))
	b := renderAll(t, newRenderer(t, fsys))
	for _, p := range []string{"favicon.ico", "apple-touch-icon.png", "og-image.png"} {
		if len(a[p]) == 0 || !bytes.Equal(a[p], b[p]) {
			t.Errorf("%s: empty, or differs between two renders", p)
		}
	}
	for p, size := range map[string][2]int{"apple-touch-icon.png": {180, 180}, "og-image.png": {1200, 630}} {
		img, err := png.Decode(bytes.NewReader(a[p]))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if got := img.Bounds().Size(); got.X != size[0] || got.Y != size[1] {
			t.Errorf("%s: %v, want %v", p, got, size)
		}
	}

	// ICO: reserved 0, type 1, a count; 16-byte entries pointing at PNGs.
	ico := a["favicon.ico"]
	le := binary.LittleEndian
	if len(ico) < 6 || le.Uint16(ico) != 0 || le.Uint16(ico[2:]) != 1 || le.Uint16(ico[4:]) == 0 {
		t.Fatalf("favicon.ico: not an ICO header: % x", ico[:min(len(ico), 6)])
	}
	n := int(le.Uint16(ico[4:]))
	sizes := map[int]bool{}
	for i := range n {
		e := ico[6+16*i : 6+16*(i+1)]
		w, length, offset := int(e[0]), int(le.Uint32(e[8:])), int(le.Uint32(e[12:]))
		if offset+length > len(ico) {
			t.Fatalf("entry %d runs past the file", i)
		}
		img, err := png.Decode(bytes.NewReader(ico[offset : offset+length]))
		if err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		if img.Bounds().Dx() != w || img.Bounds().Dy() != int(e[1]) {
			t.Errorf("entry %d says %d×%d, holds %v", i, w, e[1], img.Bounds().Size())
		}
		sizes[w] = true
	}
	if !sizes[16] || !sizes[32] {
		t.Errorf("favicon.ico sizes %v, want 16 and 32 among them", sizes)
	}
}

func TestHeadHasIconsPreviewImageLocaleAndXDefault(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	for p, wants := range map[string][]string{
		"index.html": {
			`<link rel="icon" href="/kimppa/favicon.ico"`, `<link rel="apple-touch-icon" href="/kimppa/apple-touch-icon.png">`,
			`<meta property="og:image" content="https://example.org/kimppa/og-image.png">`, `<meta property="og:image:width" content="1200">`,
			`<meta property="og:locale" content="fi_FI">`, `<meta property="og:locale:alternate" content="en_GB">`,
			`<link rel="alternate" hreflang="x-default" href="https://example.org/kimppa/">`,
		},
		"en/actors/kaupunki/index.html": {
			// the logo is small: its card is shared
			`<meta property="og:image" content="https://example.org/kimppa/og/actors/kaupunki.png">`, `<meta property="og:image:width" content="1200">`,
			`<meta name="twitter:card" content="summary_large_image">`,
			`<meta property="og:locale" content="en_GB">`,
			`<link rel="alternate" hreflang="x-default" href="https://example.org/kimppa/toimijat/kaupunki/">`,
		},
		"en/services/materiaalikartoitus/index.html": {
			`<meta property="og:image" content="https://example.org/kimppa/og-image.png">`,
		},
	} {
		page := string(files[p])
		for _, w := range wants {
			if !strings.Contains(page, w) {
				t.Errorf("%s: no %s", p, w)
			}
		}
		if strings.Count(page, `hreflang="x-default"`) != 1 {
			t.Errorf("%s: %d x-default links, want 1", p, strings.Count(page, `hreflang="x-default"`))
		}
	}
}

// The embedded images are what the drawing code makes today; -update (or
// go generate) redraws them after the mark changes.
func TestEmbeddedImagesAreTheDrawnOnes(t *testing.T) {
	drawn, err := render.DrawImages()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range drawn {
		file := filepath.Join("images", name)
		if *update {
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		embedded, err := os.ReadFile(file)
		if err != nil || !bytes.Equal(embedded, data) {
			t.Errorf("%s is not what the drawing code makes (err %v); run go generate ./generator/render", file, err)
		}
	}
}
