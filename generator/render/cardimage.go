package render

import (
	"bytes"
	goimage "image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"sync"
)

// A share card is drawn for every actor with a small logo: hundreds in a
// large portal, so drawing one must cost about a millisecond, not the
// 20 ms a full-colour 1200×630 PNG at best compression takes. The card is
// the site card's background, a white panel with a brand bar and the
// logo scaled into it; only the logo's box changes from card to card.
// Most cards have few colours (logos are drawn in a handful), so they are
// written as paletted PNGs, which the encoder neither filters nor has to
// read at four bytes a pixel; a logo with more than a palette's colours
// gives a full-colour card.

var (
	cardPanel = goimage.Rect(cardW/2-400, cardH/2-220, cardW/2+400, cardH/2+220)
	cardWhite = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	// cardBase is the card without a logo, drawn once.
	cardBase = sync.OnceValue(func() *goimage.NRGBA {
		card := goimage.NewNRGBA(goimage.Rect(0, 0, cardW, cardH))
		fill(card, card.Bounds(), cardBg)
		fill(card, cardPanel, cardWhite)
		fill(card, goimage.Rect(cardPanel.Min.X, cardPanel.Max.Y-12, cardPanel.Max.X, cardPanel.Max.Y), brand)
		return card
	})
	// cardBasePaletted is cardBase as palette indices: 0 background,
	// 1 panel, 2 bar.
	cardBasePaletted = sync.OnceValue(func() *goimage.Paletted {
		base := cardBase()
		p := goimage.NewPaletted(base.Bounds(), color.Palette{cardBg, cardWhite, brand})
		for y := range cardH {
			for x := range cardW {
				p.Pix[y*p.Stride+x] = uint8(p.Palette.Index(base.NRGBAAt(x, y)))
			}
		}
		return p
	})
)

// logoCard draws the card of logo and encodes it.
func logoCard(logo goimage.Image) ([]byte, error) {
	// The logo fills at most 640×320 of the panel, scaled up at most 8×.
	b := logo.Bounds()
	s := math.Min(math.Min(640/float64(b.Dx()), 320/float64(b.Dy())), 8)
	w, h := int(float64(b.Dx())*s), int(float64(b.Dy())*s)
	at := goimage.Pt(cardW/2-w/2, cardPanel.Min.Y+(cardPanel.Dy()-12)/2-h/2)
	box := goimage.Rectangle{Min: at, Max: at.Add(goimage.Pt(w, h))}
	// The box is drawn on its own copy of the panel, then placed.
	patch := goimage.NewNRGBA(box)
	draw.Draw(patch, box, cardBase(), box.Min, draw.Src)
	scaleOnto(patch, box, asNRGBA(logo))
	if card, ok := palettedCard(patch); ok {
		return encodeCard(card)
	}
	card := goimage.NewNRGBA(goimage.Rect(0, 0, cardW, cardH))
	copy(card.Pix, cardBase().Pix)
	draw.Draw(card, box, patch, box.Min, draw.Src)
	return encodeCard(card)
}

// palettedCard places patch on the paletted base when the card's colours
// fit a palette.
func palettedCard(patch *goimage.NRGBA) (*goimage.Paletted, bool) {
	base := cardBasePaletted()
	card := &goimage.Paletted{Pix: bytes.Clone(base.Pix), Stride: base.Stride, Rect: base.Rect, Palette: append(color.Palette(nil), base.Palette...)}
	index := map[color.NRGBA]uint8{cardBg: 0, cardWhite: 1, brand: 2}
	box := patch.Bounds()
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			c := patch.NRGBAAt(x, y)
			i, ok := index[c]
			if !ok {
				if len(card.Palette) == 256 {
					return nil, false
				}
				i = uint8(len(card.Palette))
				index[c] = i
				card.Palette = append(card.Palette, c)
			}
			card.Pix[y*card.Stride+x] = i
		}
	}
	// Fewer than 17 colours would be packed to 1, 2 or 4 bits a pixel,
	// which the encoder does pixel by pixel; 8 bits it copies row by row.
	for len(card.Palette) < 17 {
		card.Palette = append(card.Palette, cardBg)
	}
	return card, true
}

// encodeCard writes a card at the encoder's fastest level: a card is
// mostly long runs, which even that level packs to a few kilobytes.
func encodeCard(img goimage.Image) ([]byte, error) {
	var b bytes.Buffer
	err := cardEncoder.Encode(&b, img)
	return b.Bytes(), err
}

// cardEncoder reuses its compressors: each holds about 600 kB of tables,
// and a large portal draws a card for every logo.
var cardEncoder = png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: &encoderBuffers{}}

type encoderBuffers struct{ pool sync.Pool }

func (p *encoderBuffers) Get() *png.EncoderBuffer {
	b, _ := p.pool.Get().(*png.EncoderBuffer)
	return b
}

func (p *encoderBuffers) Put(b *png.EncoderBuffer) { p.pool.Put(b) }

// asNRGBA is img as non-premultiplied 8-bit pixels, converted once so
// that sampling it reads bytes rather than converting colours.
func asNRGBA(img goimage.Image) *goimage.NRGBA {
	if n, ok := img.(*goimage.NRGBA); ok {
		return n
	}
	b := img.Bounds()
	n := goimage.NewNRGBA(b)
	draw.Draw(n, b, img, b.Min, draw.Src)
	return n
}

func fill(img *goimage.NRGBA, r goimage.Rectangle, c color.NRGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetNRGBA(x, y, c)
		}
	}
}

// scaleOnto draws src into dst's rectangle at with bilinear sampling,
// over what is there (the logo's transparent parts show the panel).
func scaleOnto(dst *goimage.NRGBA, at goimage.Rectangle, src *goimage.NRGBA) {
	b := src.Bounds()
	sx, sy := float64(b.Dx())/float64(at.Dx()), float64(b.Dy())/float64(at.Dy())
	px := func(x, y int) (float64, float64, float64, float64) {
		x, y = min(max(x, b.Min.X), b.Max.X-1), min(max(y, b.Min.Y), b.Max.Y-1)
		c := src.NRGBAAt(x, y)
		return float64(c.R), float64(c.G), float64(c.B), float64(c.A)
	}
	for y := at.Min.Y; y < at.Max.Y; y++ {
		fy := (float64(y-at.Min.Y)+0.5)*sy - 0.5 + float64(b.Min.Y)
		y0 := int(math.Floor(fy))
		ty := fy - float64(y0)
		for x := at.Min.X; x < at.Max.X; x++ {
			fx := (float64(x-at.Min.X)+0.5)*sx - 0.5 + float64(b.Min.X)
			x0 := int(math.Floor(fx))
			tx := fx - float64(x0)
			var c [4]float64
			for _, p := range [4]struct {
				dx, dy int
				w      float64
			}{{0, 0, (1 - tx) * (1 - ty)}, {1, 0, tx * (1 - ty)}, {0, 1, (1 - tx) * ty}, {1, 1, tx * ty}} {
				r, g, bl, a := px(x0+p.dx, y0+p.dy)
				c[0], c[1], c[2], c[3] = c[0]+r*a*p.w, c[1]+g*a*p.w, c[2]+bl*a*p.w, c[3]+a*p.w
			}
			if c[3] == 0 {
				continue
			}
			under := dst.NRGBAAt(x, y)
			al := c[3] / 255
			mix := func(v float64, u uint8) uint8 { return uint8(math.Round(v/c[3]*al + float64(u)*(1-al))) }
			dst.SetNRGBA(x, y, color.NRGBA{mix(c[0], under.R), mix(c[1], under.G), mix(c[2], under.B), 0xff})
		}
	}
}
