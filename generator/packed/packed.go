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

// Pack compresses data: a header, then its DEFLATE stream. The header
// is the data's length times two, plus one when a Dict's number follows
// (Dict.Pack).
func Pack(data []byte) []byte {
	w := writers.Get().(*flate.Writer)
	defer writers.Put(w)
	return pack(data, 0, w)
}

// pack packs data with w, against the dictionary numbered dict (0: none).
func pack(data []byte, dict uint64, w *flate.Writer) []byte {
	var b bytes.Buffer
	b.Grow(len(data)/4 + 64)
	b.Write(header(len(data), dict))
	w.Reset(&b)
	w.Write(data)
	w.Close()
	return bytes.Clone(b.Bytes())
}

// header is the header of n bytes packed against the dictionary dict.
func header(n int, dict uint64) []byte {
	if dict == 0 {
		return binary.AppendUvarint(nil, uint64(n)<<1)
	}
	return binary.AppendUvarint(binary.AppendUvarint(nil, uint64(n)<<1|1), dict)
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

// Unpack is the data that Pack or a Dict packed to b.
func Unpack(b []byte) []byte {
	v, k := binary.Uvarint(b)
	if k <= 0 {
		panic("packed: bytes that Pack did not make")
	}
	b = b[k:]
	var dict []byte
	if v&1 == 1 {
		id, k := binary.Uvarint(b)
		if k <= 0 {
			panic("packed: bytes that Pack did not make")
		}
		dict, b = dictOf(id), b[k:]
	}
	data := make([]byte, v>>1)
	r := readers.Get().(io.ReadCloser)
	defer readers.Put(r)
	r.(flate.Resetter).Reset(bytes.NewReader(b), dict)
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
