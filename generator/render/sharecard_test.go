package render_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"
)

func pngOf(t *testing.T, w, h int, c color.NRGBA) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetNRGBA(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A page with a small logo shares a 1200×630 card with the logo on it; a
// page with a logo that large shares the logo itself.
func TestShareImageIsLargeEnough(t *testing.T) {
	red := color.NRGBA{0xd0, 0x10, 0x10, 0xff}
	fsys := siteFS(t, "testdata/site.txtar")
	fsys["content/actors/kaupunki/logo.png"] = &fstest.MapFile{Data: pngOf(t, 64, 32, red)}
	files := renderAll(t, newRenderer(t, fsys))
	page := string(files["toimijat/kaupunki/index.html"])
	for _, want := range []string{`<meta property="og:image" content="https://example.org/kimppa/og/actors/kaupunki.png">`,
		`<meta property="og:image:width" content="1200">`, `<meta property="og:image:height" content="630">`, `<meta name="twitter:card" content="summary_large_image">`} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
	card, err := png.Decode(bytes.NewReader(files["og/actors/kaupunki.png"]))
	if err != nil {
		t.Fatalf("the card: %v", err)
	}
	if b := card.Bounds(); b.Dx() != 1200 || b.Dy() != 630 {
		t.Errorf("the card is %v, want 1200×630", b)
	}
	if c := color.NRGBAModel.Convert(card.At(600, 300)).(color.NRGBA); c != red {
		t.Errorf("the card's middle is %v, not the logo's %v", c, red)
	}

	fsys["content/actors/kaupunki/logo.png"] = &fstest.MapFile{Data: pngOf(t, 1300, 700, red)}
	files = renderAll(t, newRenderer(t, fsys))
	if page := string(files["toimijat/kaupunki/index.html"]); !strings.Contains(page, `<meta property="og:image" content="https://example.org/kimppa/toimijat/kaupunki/logo.png">`) ||
		!strings.Contains(page, `<meta property="og:image:width" content="1300">`) {
		t.Error("a logo large enough is not shared as it is")
	}
	if _, ok := files["og/actors/kaupunki.png"]; ok {
		t.Error("a card for a logo that needs none")
	}
}

// A logo of more colours than a palette holds still gets its card, in
// full colour, with the logo's pixels where they belong.
func TestShareCardOfAManyColouredLogo(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 80, 40))
	for y := range 40 {
		for x := range 80 {
			img.SetNRGBA(x, y, color.NRGBA{uint8(x * 3), uint8(y * 6), uint8(x ^ y), 0xff})
		}
	}
	var logo bytes.Buffer
	if err := png.Encode(&logo, img); err != nil {
		t.Fatal(err)
	}
	fsys := siteFS(t, "testdata/site.txtar")
	fsys["content/actors/kaupunki/logo.png"] = &fstest.MapFile{Data: logo.Bytes()}
	files := renderAll(t, newRenderer(t, fsys))
	card, err := png.Decode(bytes.NewReader(files["og/actors/kaupunki.png"]))
	if err != nil {
		t.Fatalf("the card: %v", err)
	}
	if b := card.Bounds(); b.Dx() != 1200 || b.Dy() != 630 {
		t.Errorf("the card is %v, want 1200×630", b)
	}
	colours := map[color.NRGBA]bool{}
	for y := 150; y < 470; y++ {
		for x := 280; x < 920; x++ {
			colours[color.NRGBAModel.Convert(card.At(x, y)).(color.NRGBA)] = true
		}
	}
	if len(colours) <= 256 {
		t.Errorf("the logo's box has %d colours, want the logo's many", len(colours))
	}
	if c := color.NRGBAModel.Convert(card.At(5, 5)).(color.NRGBA); c != (color.NRGBA{0xe3, 0xf4, 0xee, 0xff}) {
		t.Errorf("the card's corner is %v, not the background", c)
	}
}
