// Package packed holds files in memory compressed: kimppa serve keeps
// every file of the site it serves, and render keeps the parts of the
// open data a save does not change.
package packed

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"io"
	"sync"
)

// Files are a site's files, packed: a large portal's pages, open data
// and index are hundreds of megabytes as text and a quarter of that or
// less packed. A file is packed with DEFLATE at the fastest level, which
// gives the same bytes for the same file, so packed files compare as
// the files do.
type Files map[string][]byte

// Pack compresses data: its length, then its DEFLATE stream.
func Pack(data []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(data)/4 + 64)
	b.Write(binary.AppendUvarint(nil, uint64(len(data))))
	w := writers.Get().(*flate.Writer)
	w.Reset(&b)
	w.Write(data)
	w.Close()
	writers.Put(w)
	return bytes.Clone(b.Bytes())
}

// The writers and readers are pooled: each holds tables of hundreds of
// kilobytes, and serve unpacks thousands of small records after a save.
var (
	writers = sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, flate.BestSpeed)
		return w
	}}
	readers = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
)

// Unpack is the data that Pack packed to b.
func Unpack(b []byte) []byte {
	n, k := binary.Uvarint(b)
	if k <= 0 {
		panic("packed: bytes that Pack did not make")
	}
	data := make([]byte, n)
	r := readers.Get().(io.ReadCloser)
	defer readers.Put(r)
	r.(flate.Resetter).Reset(bytes.NewReader(b[k:]), nil)
	if _, err := io.ReadFull(r, data); err != nil {
		panic("packed: bytes that Pack did not make: " + err.Error())
	}
	return data
}

// File is the file name, unpacked.
func (p Files) File(name string) ([]byte, bool) {
	b, ok := p[name]
	if !ok {
		return nil, false
	}
	return Unpack(b), true
}

// Unpacked is every file of p, unpacked.
func (p Files) Unpacked() map[string][]byte {
	out := make(map[string][]byte, len(p))
	for name := range p {
		out[name], _ = p.File(name)
	}
	return out
}
