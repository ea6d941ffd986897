package render

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// sitemap is written without white space between elements, as the
// minifier would leave it, so that the build need not minify its
// megabytes again (see publish.needsMinify).
//
// It lists every language version of every HTML page, the calls page
// included (the 404 and search pages and a term's pages after the first
// aside), with absolute addresses and their alternates.
func (r *Renderer) sitemap() []byte {
	var b bytes.Buffer
	b.Grow(len(r.pages) * 350)
	b.WriteString(strings.TrimSpace(xml.Header))
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`)
	for _, p := range r.pages {
		switch p.Kind {
		case KindHome, KindList, KindEntity, KindTaxonomy, KindTerm, KindCalls, KindKimppahaku, KindA11y:
		default:
			continue
		}
		// A term's further pages are left out, as Hugo does: they are
		// slices of the term's listing with nothing of their own (each
		// entity is listed by its own page), and what is on page N
		// shifts whenever an entity is added. Crawlers reach them by the
		// pager's links; each names itself as canonical.
		if p.Kind == KindTerm && p.Num > 1 {
			continue
		}
		if p.Kind != KindEntity || r.opts.Memo == nil {
			b.WriteString(r.sitemapEntry(p))
			continue
		}
		// An entity's entry shows only the entity: serve keeps it.
		key := cardKey{p.Ref, p.Lang}
		e, ok := r.memo.sitemap.Load(key)
		if !ok {
			e, _ = r.memo.sitemap.LoadOrStore(key, r.sitemapEntry(p))
		}
		b.WriteString(e.(string))
	}
	b.WriteString("</urlset>")
	return b.Bytes()
}

// sitemapEntry is the <url> element of page p.
func (r *Renderer) sitemapEntry(p Page) string {
	var b strings.Builder
	b.WriteString("<url><loc>" + xmlEscape(r.absolute(r.pageURL(p, p.Lang))) + "</loc>")
	if p.Kind == KindEntity {
		if d := r.site.Entities[p.Ref].Str("", "updated"); d != "" {
			b.WriteString("<lastmod>" + xmlEscape(d) + "</lastmod>")
		}
	}
	if len(r.cfg.Languages) > 1 {
		for _, l := range r.cfg.Languages {
			b.WriteString(`<xhtml:link rel="alternate" hreflang="` + xmlEscape(l) + `" href="` + xmlEscape(r.absolute(r.pageURL(p, l))) + `"/>`)
		}
		b.WriteString(`<xhtml:link rel="alternate" hreflang="x-default" href="` + xmlEscape(r.absolute(r.pageURL(p, r.def))) + `"/>`)
	}
	b.WriteString("</url>")
	return b.String()
}

// xmlEscape escapes s for XML text and attributes.
func xmlEscape(s string) string {
	if plainASCII(s) {
		return s // what EscapeText would give: most addresses
	}
	var w strings.Builder
	_ = xml.EscapeText(&w, []byte(s))
	return w.String()
}

// plainASCII reports whether s is printable ASCII without the characters
// XML escapes.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || strings.IndexByte(`&<>"'`, c) >= 0 {
			return false
		}
	}
	return true
}

// robots allows everything and points to the sitemap.
func (r *Renderer) robots() []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + r.absolute("/sitemap.xml") + "\n")
}
