package packed

import (
	"bytes"
	"strings"
	"testing"
)

// A packed file unpacks to itself, the same file packs to the same bytes
// and a different one to different bytes (serve compares packed files to
// find what a save changed), and text packs small.
func TestPackedFilesUnpackAndCompare(t *testing.T) {
	page := []byte(strings.Repeat("<li><a href=\"/toimijat/x/\">Kiertotalous Oy</a></li>\n", 400))
	other := bytes.Replace(page, []byte("Oy"), []byte("Ab"), 1)
	p := Files{"a.html": Pack(page), "b.html": Pack(other), "empty": Pack(nil)}
	for name, want := range map[string][]byte{"a.html": page, "b.html": other, "empty": {}} {
		got, ok := p.File(name)
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("%s unpacks to %d bytes, want %d", name, len(got), len(want))
		}
	}
	if !bytes.Equal(Pack(page), p["a.html"]) {
		t.Error("the same file packs to other bytes")
	}
	if bytes.Equal(p["a.html"], p["b.html"]) {
		t.Error("two files pack to the same bytes")
	}
	if len(p["a.html"])*6 > len(page) {
		t.Errorf("a page of %d bytes packs to %d", len(page), len(p["a.html"]))
	}
	if _, ok := p.File("c.html"); ok {
		t.Error("a file that is not there")
	}
	if u := p.Unpacked(); len(u) != 3 || !bytes.Equal(u["b.html"], other) {
		t.Error("Unpacked is not every file")
	}
}

func BenchmarkUnpackRecord(b *testing.B) {
	rec := Pack([]byte(strings.Repeat(`{"type":"actors","slug":"kiertotalous-oy","title":"Kiertotalous Oy"},`, 80)))
	for b.Loop() {
		Unpack(rec)
	}
}

// A page packed against a Dict made from another page of the site
// unpacks to itself, packs to the same bytes again, and to fewer than
// without the Dict; a nil Dict packs as Pack does.
func TestDictPacksPagesOfTheSite(t *testing.T) {
	chrome := strings.Repeat(`<nav class="site-nav"><a href="/toimijat/">Toimijat</a><a href="/palvelut/">Palvelut</a></nav>`, 20)
	sample := []byte(`<!doctype html><html lang="fi"><head><title>Kierto Oy</title></head><body>` + chrome + `<main>Muovin kierrätys</main></body></html>`)
	page := []byte(`<!doctype html><html lang="fi"><head><title>Purku Oy</title></head><body>` + chrome + `<main>Betonin purku</main></body></html>`)
	d := NewDict(sample)
	p := Files{"a.html": d.Pack(page), "b.html": Pack(page)}
	for name := range p {
		if got, ok := p.File(name); !ok || !bytes.Equal(got, page) {
			t.Errorf("%s unpacks to %q", name, got)
		}
	}
	if !bytes.Equal(d.Pack(page), p["a.html"]) {
		t.Error("the same page packs to other bytes")
	}
	if len(p["a.html"])*2 > len(p["b.html"]) {
		t.Errorf("with the site's page as dictionary %d bytes, without %d", len(p["a.html"]), len(p["b.html"]))
	}
	var none *Dict
	if !bytes.Equal(none.Pack(page), Pack(page)) {
		t.Error("a nil Dict does not pack as Pack")
	}
	if got := Unpack(NewDict(page).Pack(nil)); len(got) != 0 {
		t.Errorf("an empty page unpacks to %q", got)
	}
}
