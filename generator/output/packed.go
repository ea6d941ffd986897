package output

import (
	"bytes"
	"compress/flate"
	"io"
	"sync"
)

// Packed holds a site's files in memory compressed: kimppa serve keeps
// every file of the site it serves, and a large portal's pages, open
// data and index are hundreds of megabytes as text but a sixth of that
// packed. A file is packed with DEFLATE at the fastest level, which
// gives the same bytes for the same file, so packed files compare as
// the files do.
type Packed map[string][]byte

// Pack compresses data for a Packed.
func Pack(data []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(data)/4 + 64)
	w := writers.Get().(*flate.Writer)
	w.Reset(&b)
	w.Write(data)
	w.Close()
	writers.Put(w)
	return bytes.Clone(b.Bytes())
}

var writers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// File is the file name, unpacked.
func (p Packed) File(name string) ([]byte, bool) {
	packed, ok := p[name]
	if !ok {
		return nil, false
	}
	data, err := io.ReadAll(flate.NewReader(bytes.NewReader(packed)))
	if err != nil {
		panic("output: a packed file does not unpack: " + err.Error()) // only Pack makes them
	}
	return data, true
}

// Unpacked is every file of p, unpacked.
func (p Packed) Unpacked() Files {
	out := make(Files, len(p))
	for name := range p {
		out[name], _ = p.File(name)
	}
	return out
}
