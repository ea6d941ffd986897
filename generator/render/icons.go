package render

import (
	"bytes"
	"embed"
	"encoding/binary"
	goimage "image"
	"image/color"
	"image/png"
	"math"
)

// This file is the one writer of the site's raster images, drawn in Go
// from the brand mark (assets/icons/favicon.svg) so that the same build
// gives the same bytes: favicon.ico for browsers and feed readers that
// ask for it, apple-touch-icon.png (180×180) for home screens, and the
// 1200×630 card that link previews show for a page without a logo of
// its own (og:image).

// Output paths of the images.
const (
	FaviconFile    = "favicon.ico"
	TouchIconFile  = "apple-touch-icon.png"
	CardFile       = "og-image.png"
	cardW, cardH   = 1200, 630
	touchIconSize  = 180
	faviconSizeMax = 48
)

var (
	brand   = color.NRGBA{0x0b, 0x5c, 0x50, 0xff}
	ringCol = color.NRGBA{0xbf, 0xe9, 0xd9, 0xff}
	dotCol  = color.NRGBA{0xf4, 0xc9, 0x5d, 0xff}
	cardBg  = color.NRGBA{0xe3, 0xf4, 0xee, 0xff}
)

// images are the embedded files of images/: they depend on nothing of the
// site, so they are drawn once when the mark changes (go generate runs
// TestEmbeddedImagesAreTheDrawnOnes -update), not in every build.
//
//go:generate go test -run TestEmbeddedImagesAreTheDrawnOnes -update .
func images() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, name := range []string{FaviconFile, TouchIconFile, CardFile} {
		b, err := embeddedImages.ReadFile("images/" + name)
		if err != nil {
			return nil, err
		}
		out[name] = b
	}
	return out, nil
}

//go:embed images
var embeddedImages embed.FS

// drawImages draws the files of images/ from the mark.
func drawImages() (map[string][]byte, error) {
	out := map[string][]byte{}
	var pngs [][]byte
	for _, size := range []int{16, 32, faviconSizeMax} {
		b, err := encodePNG(drawMark(size, size, float64(size)/32, 0, 0, color.NRGBA{}))
		if err != nil {
			return nil, err
		}
		pngs = append(pngs, b)
	}
	out[FaviconFile] = ico([]int{16, 32, faviconSizeMax}, pngs)
	// A home-screen icon fills its square: the platform rounds it.
	s := float64(touchIconSize) / 32 * 0.84
	off := (float64(touchIconSize) - 32*s) / 2
	var err error
	if out[TouchIconFile], err = encodePNG(drawMark(touchIconSize, touchIconSize, s, off, off, brand)); err != nil {
		return nil, err
	}
	s = 360.0 / 32
	if out[CardFile], err = encodePNG(drawMark(cardW, cardH, s, (cardW-32*s)/2, (cardH-32*s)/2, cardBg)); err != nil {
		return nil, err
	}
	return out, nil
}

func encodePNG(img goimage.Image) ([]byte, error) {
	var b bytes.Buffer
	err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, img)
	return b.Bytes(), err
}

// ico wraps PNG images in an ICO container: a 6-byte header, a 16-byte
// entry per image, then the images.
func ico(sizes []int, pngs [][]byte) []byte {
	var b bytes.Buffer
	le := binary.LittleEndian
	b.Write(le.AppendUint16(le.AppendUint16(le.AppendUint16(nil, 0), 1), uint16(len(pngs))))
	offset := 6 + 16*len(pngs)
	for i, p := range pngs {
		e := []byte{byte(sizes[i] % 256), byte(sizes[i] % 256), 0, 0}
		e = le.AppendUint16(e, 1)  // colour planes
		e = le.AppendUint16(e, 32) // bits per pixel
		e = le.AppendUint32(e, uint32(len(p)))
		e = le.AppendUint32(e, uint32(offset))
		b.Write(e)
		offset += len(p)
	}
	for _, p := range pngs {
		b.Write(p)
	}
	return b.Bytes()
}

// drawMark draws the mark, 32 units wide, at scale pixels per unit with
// its top left at (ox, oy), over bg; each pixel is the mean of 4×4
// samples.
func drawMark(w, h int, scale, ox, oy float64, bg color.NRGBA) *goimage.NRGBA {
	img := goimage.NewNRGBA(goimage.Rect(0, 0, w, h))
	const n = 4
	for py := 0; py < h; py++ {
		for px := 0; px < w; px++ {
			var r, g, b, a float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/n - ox) / scale
					y := (float64(py) + (float64(sy)+0.5)/n - oy) / scale
					c := markAt(x, y, bg)
					fa := float64(c.A) / 255
					r, g, b, a = r+float64(c.R)*fa, g+float64(c.G)*fa, b+float64(c.B)*fa, a+fa
				}
			}
			if a == 0 {
				img.SetNRGBA(px, py, color.NRGBA{})
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{uint8(math.Round(r / a)), uint8(math.Round(g / a)), uint8(math.Round(b / a)), uint8(math.Round(a / n / n * 255))})
		}
	}
	return img
}

// markAt is the colour of the mark at (x, y) in its 32-unit square, as
// favicon.svg draws it: a disc, a ring open at the upper left with an
// arrowhead, and a dot in the middle.
func markAt(x, y float64, bg color.NRGBA) color.NRGBA {
	dx, dy := x-16, y-16
	d := math.Hypot(dx, dy)
	switch {
	case d <= 3.6:
		return dotCol
	case onRing(x, y), nearSegment(x, y, 4.6, 10.2, 7.1, 13.3), nearSegment(x, y, 7.1, 13.3, 10.5, 11.3):
		return ringCol
	case d <= 15:
		return brand
	}
	return bg
}

// onRing: the arc of radius 9.5 drawn clockwise from the top (16, 6.5)
// to (7.1, 12.7), 3 units wide with round ends.
func onRing(x, y float64) bool {
	dx, dy := x-16, y-16
	if math.Abs(math.Hypot(dx, dy)-9.5) <= 1.5 {
		a := math.Atan2(dy, dx) // -π…π, clockwise on screen
		end := math.Atan2(12.7-16, 7.1-16)
		// covered: from -π/2 clockwise through 0 and π to end (just past -π)
		if a >= -math.Pi/2 || a <= end {
			return true
		}
	}
	return math.Hypot(x-16, y-6.5) <= 1.5 || math.Hypot(x-7.1, y-12.7) <= 1.5
}

// nearSegment: within 1.5 units of the segment from (ax, ay) to (bx, by).
func nearSegment(x, y, ax, ay, bx, by float64) bool {
	vx, vy := bx-ax, by-ay
	t := ((x-ax)*vx + (y-ay)*vy) / (vx*vx + vy*vy)
	t = max(0, min(1, t))
	return math.Hypot(x-(ax+t*vx), y-(ay+t*vy)) <= 1.5
}
