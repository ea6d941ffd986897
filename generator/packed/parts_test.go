package packed

import (
	"bytes"
	"strings"
	"testing"
)

// Joined parts unpack to their data one after another, however many and
// however small or large, and the same parts join to the same bytes.
func TestJoinedPartsUnpackToTheirData(t *testing.T) {
	big := []byte(strings.Repeat(`{"type":"actors","slug":"kiertotalous-oy"},`, 3000))
	datas := [][]byte{[]byte("["), big, []byte(","), {}, []byte(`{"a":1}`), big[:70000], []byte("]")}
	var parts []Part
	var want []byte
	for _, d := range datas {
		parts = append(parts, PackPart(d))
		want = append(want, d...)
	}
	joined := Join(parts...)
	if got := Unpack(joined); !bytes.Equal(got, want) {
		t.Fatalf("joined parts unpack to %d bytes, want %d", len(got), len(want))
	}
	if !bytes.Equal(Join(parts...), joined) {
		t.Error("the same parts join to other bytes")
	}
	if got := Unpack(Join()); len(got) != 0 {
		t.Errorf("no parts unpack to %q", got)
	}
	if got := UnpackPart(parts[4]); string(got) != `{"a":1}` {
		t.Errorf("a part alone: %q", got)
	}
	if len(joined)*4 > len(want) {
		t.Errorf("%d bytes of parts pack to %d", len(want), len(joined))
	}
}
