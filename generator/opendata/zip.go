package opendata

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"
)

// sortedZip is the workbook's ZIP writer. It compresses each part as
// excelize writes it, a sheet's part with its rows put in (spliceSheet),
// and on Close writes them all to out (made to size: the buffer excelize
// hands it would grow to twice the archive) in name order, [Content_Types].xml first
// as Office writes it, at one fixed time: the same workbook gives the
// same bytes. It holds the parts compressed, not as XML.
type sortedZip struct {
	out    *bytes.Buffer
	parts  map[string]*zipPart
	open   *zipPart
	fw     *flate.Writer
	sheets map[string]func(io.Writer) error // a sheet part's name → what writes its rows
	sheet  func(io.Writer) error            // that of the open part, when it is a sheet
	xml    bytes.Buffer                     // the open sheet part as excelize writes it
}

// zipPart is one compressed part.
type zipPart struct {
	data bytes.Buffer
	fw   *flate.Writer
	crc  hash.Hash32
	size uint64
}

// zipLevel is the DEFLATE level of the workbook's parts.
const zipLevel = flate.BestSpeed

// Create starts the part name; the previous part is complete.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.closePart(); err != nil {
		return nil, err
	}
	if _, ok := z.parts[name]; ok {
		return nil, errors.New("zip: part " + name + " written twice")
	}
	p := &zipPart{crc: crc32.NewIEEE()}
	if z.fw == nil { // one compressor for every part: each holds a megabyte of tables
		fw, err := flate.NewWriter(&p.data, zipLevel)
		if err != nil {
			return nil, err
		}
		z.fw = fw
	} else {
		z.fw.Reset(&p.data)
	}
	p.fw = z.fw
	z.parts[name], z.open = p, p
	if rows, ok := z.sheets[name]; ok {
		delete(z.sheets, name)
		z.sheet = rows
		z.xml.Reset()
		return &z.xml, nil
	}
	return p, nil
}

func (p *zipPart) Write(b []byte) (int, error) {
	p.crc.Write(b)
	p.size += uint64(len(b))
	return p.fw.Write(b)
}

func (z *sortedZip) closePart() error {
	if z.open == nil {
		return nil
	}
	if z.sheet != nil {
		rows := z.sheet
		z.sheet = nil
		if err := spliceSheet(z.open, z.xml.Bytes(), rows); err != nil {
			return err
		}
	}
	err := z.open.fw.Close()
	z.open.fw, z.open = nil, nil
	return err
}

// AddFS is not used by excelize's writer.
func (z *sortedZip) AddFS(fs.FS) error { return errors.New("zip: AddFS not supported") }

// Close writes the archive.
func (z *sortedZip) Close() error {
	if err := z.closePart(); err != nil {
		return err
	}
	names := make([]string, 0, len(z.parts))
	for name := range z.parts {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		return strings.Compare(partKey(a), partKey(b))
	})
	size := 22 // the end of the central directory, and each part's two headers
	for name, p := range z.parts {
		size += p.data.Len() + 2*(30+len(name)) + 16 + 36
	}
	z.out = bytes.NewBuffer(make([]byte, 0, size))
	zw := zip.NewWriter(z.out)
	for _, name := range names {
		p := z.parts[name]
		delete(z.parts, name) // its bytes can go once copied
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: p.crc.Sum32(),
			CompressedSize64: uint64(p.data.Len()), UncompressedSize64: p.size, Modified: zipTime, ModifiedDate: zipDate})
		if err != nil {
			return err
		}
		if _, err := w.Write(p.data.Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}

// zipTime is every part's time: the first a ZIP file can hold (a zero
// date, 1980-00-00, is none).
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// zipDate is zipTime as MS-DOS writes a date, which CreateRaw does not
// fill in: day 1, month 1 (<<5), year 1980+0 (<<9).
const zipDate = 1 | 1<<5

// partKey sorts [Content_Types].xml first, then by name.
func partKey(name string) string {
	if name == "[Content_Types].xml" {
		return ""
	}
	return name
}
