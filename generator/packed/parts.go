package packed

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
)

// Part is data packed to be joined with other parts into one packed file
// (Join) without packing the whole again: serve keeps each record of
// data/entities.json as a part, and a save packs only the records it
// changed. A part is a DEFLATE stream flushed to a byte boundary and not
// closed, so that parts follow one another as blocks of one stream.
type Part struct {
	n int // the length of its data
	b []byte
}

// PackPart packs data as a part.
func PackPart(data []byte) Part {
	var b bytes.Buffer
	b.Grow(len(data)/4 + 16)
	w := writers.Get().(*flate.Writer)
	w.Reset(&b)
	w.Write(data)
	w.Flush()
	writers.Put(w)
	return Part{len(data), bytes.Clone(b.Bytes())}
}

// Join is the packed file of the parts' data one after another: Unpack
// gives what Pack of their concatenation would, in other bytes.
func Join(parts ...Part) []byte {
	n, size := 0, len(final)+binary.MaxVarintLen64
	for _, p := range parts {
		n += p.n
		size += len(p.b)
	}
	out := make([]byte, 0, size)
	out = append(out, header(n, 0)...)
	for _, p := range parts {
		out = append(out, p.b...)
	}
	return append(out, final...)
}

// UnpackPart is a part's data.
func UnpackPart(p Part) []byte { return Unpack(Join(p)) }

// final is the last block of a stream of parts: an empty one.
var final = func() []byte {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestSpeed)
	w.Close()
	return b.Bytes()
}()
