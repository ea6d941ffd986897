package render

import (
	"bytes"
	goimage "image"
	"image/color"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"
	"io/fs"
	"math"

	"github.com/kimppa/kimppa/generator/model"
)

// A link preview (og:image) wants an image of at least 1200×630; most
// members' logos are far smaller. An entity page whose logo is that
// large shares the logo; one with a smaller PNG or JPEG logo shares a
// card of its own, og/<type>/<slug>.png, with the logo on it; any other
// page shares the site's card (og-image.png, icons.go).

// shareDir is the folder of the entities' share cards.
const shareDir = "og/"

// logoSize is the size of e's logo in lang's front matter, from the
// file's header; ok is false for a file Go cannot read (WebP).
func (r *Renderer) logoSize(e *model.Entity, lang string) (w, h int, ok bool) {
	a, found := r.attachment(e, e.Str(lang, "logo"))
	if !found || r.opts.Site == nil {
		return 0, 0, false
	}
	cfg, _, err := goimage.DecodeConfig(bytes.NewReader(a.Head))
	if err != nil {
		f, err := r.opts.Site.Open(a.Path)
		if err != nil {
			return 0, 0, false
		}
		defer f.Close()
		if cfg, _, err = goimage.DecodeConfig(f); err != nil {
			return 0, 0, false
		}
	}
	return cfg.Width, cfg.Height, true
}

// shareImage is what e's page in lang shares: the logo when it is large
// enough, else e's card; ok false leaves the site's card.
func (r *Renderer) shareImage(e *model.Entity, lang string) (src string, w, h int, ok bool) {
	if r.logo(e, lang) == nil {
		return "", 0, 0, false
	}
	lw, lh, known := r.logoSize(e, lang)
	switch {
	case !known:
		return "", 0, 0, false
	case lw >= cardW && lh >= cardH:
		return r.absolute(r.attachmentURL(e, e.Str(lang, "logo"))), lw, lh, true
	case e.Str(lang, "logo") != e.Str(r.def, "logo"):
		return "", 0, 0, false // the card shows the default language's logo
	}
	return r.absolute("/" + shareCardPath(e.Ref)), cardW, cardH, true
}

// shareCardPath is the output path of e's card.
func shareCardPath(ref model.Ref) string { return shareDir + ref.Type + "/" + ref.Slug + ".png" }

// shareCardPages are the cards to write: one per published entity whose
// default-language logo is smaller than a preview needs.
func (r *Renderer) shareCardPages() []Page {
	var out []Page
	for _, e := range r.pub["actors"] {
		if r.logo(e, r.def) == nil {
			continue
		}
		if w, h, ok := r.logoSize(e, r.def); ok && (w < cardW || h < cardH) {
			out = append(out, Page{Path: shareCardPath(e.Ref), Kind: KindImage, Ref: e.Ref})
		}
	}
	return out
}

// shareCard draws e's card: the logo, scaled to fit a white panel, on
// the site card's background. The same logo gives the same bytes.
func (r *Renderer) shareCard(ref model.Ref) ([]byte, error) {
	e := r.site.Entities[ref]
	if e == nil || r.opts.Site == nil {
		return nil, fs.ErrNotExist
	}
	a, ok := r.attachment(e, e.Str(r.def, "logo"))
	if !ok {
		return nil, fs.ErrNotExist
	}
	data, err := fs.ReadFile(r.opts.Site, a.Path)
	if err != nil {
		return nil, err
	}
	logo, _, err := goimage.Decode(bytes.NewReader(data))
	if err != nil {
		// a header that reads but a body that does not (the type was
		// checked when the site was): the site's card stands in
		m, err := images()
		return m[CardFile], err
	}
	card := goimage.NewNRGBA(goimage.Rect(0, 0, cardW, cardH))
	fill(card, card.Bounds(), cardBg)
	panel := goimage.Rect(cardW/2-400, cardH/2-220, cardW/2+400, cardH/2+220)
	fill(card, panel, color.NRGBA{0xff, 0xff, 0xff, 0xff})
	fill(card, goimage.Rect(panel.Min.X, panel.Max.Y-12, panel.Max.X, panel.Max.Y), brand)
	// The logo fills at most 640×320 of the panel, scaled up at most 8×.
	b := logo.Bounds()
	s := math.Min(math.Min(640/float64(b.Dx()), 320/float64(b.Dy())), 8)
	w, h := int(float64(b.Dx())*s), int(float64(b.Dy())*s)
	at := goimage.Pt(cardW/2-w/2, panel.Min.Y+(panel.Dy()-12)/2-h/2)
	scaleOnto(card, goimage.Rectangle{Min: at, Max: at.Add(goimage.Pt(w, h))}, logo)
	return encodePNG(card)
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
func scaleOnto(dst *goimage.NRGBA, at goimage.Rectangle, src goimage.Image) {
	b := src.Bounds()
	sx, sy := float64(b.Dx())/float64(at.Dx()), float64(b.Dy())/float64(at.Dy())
	px := func(x, y int) (float64, float64, float64, float64) {
		x, y = min(max(x, b.Min.X), b.Max.X-1), min(max(y, b.Min.Y), b.Max.Y-1)
		c := color.NRGBAModel.Convert(src.At(x, y)).(color.NRGBA)
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
