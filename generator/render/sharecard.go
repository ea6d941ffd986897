package render

import (
	"bytes"
	goimage "image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"
	"io/fs"

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

// shareCard draws e's card (cardimage.go) with its default-language
// logo. The same logo gives the same bytes.
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
	return logoCard(logo)
}
