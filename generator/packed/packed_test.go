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
