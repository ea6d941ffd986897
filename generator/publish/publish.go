// Package publish is the last step before the disk: the theme's assets
// minified and fingerprinted, and the pages rendered on every core from
// minified templates, each handed on as soon as it is ready.
package publish

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/packed"
	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/sitefs"
)

// searchAssets is the theme folder copied verbatim to the output's
// search/ folder: search.js must keep its name, it is a public module.
const searchAssets = "assets/search"

// Renderer returns a renderer of the site's pages from its theme with
// the templates minified once, so that the pages it renders come out
// minified; opts gives the rest (Theme, Site and MinifyJSON are set here).
func Renderer(site *sitefs.Site, m *model.Site, opts render.Options) (*render.Renderer, error) {
	theme, err := output.MinifyTemplates(site.Theme())
	if err != nil {
		return nil, err
	}
	opts.Theme, opts.Site, opts.MinifyJSON = theme, site.FS(), minifyJSON
	return render.New(m, opts)
}

// Pages renders pages on every core and hands each to emit as soon as it
// is ready, from several goroutines, so that a large site need not be
// held in memory. The bytes are only valid during emit: copy them to
// keep them.
func Pages(ctx context.Context, r *render.Renderer, pages []render.Page, emit func(name string, data []byte) error) error {
	return emitPages(ctx, r, pages, emit)
}

// PagesInto renders pages on every core into files, packed with dict
// (serve keeps them): each page is packed by the worker that rendered
// it, from its reused buffer.
func PagesInto(ctx context.Context, r *render.Renderer, pages []render.Page, files packed.Files, dict *packed.Dict) error {
	out := make([][]byte, len(pages))
	index := make(map[string]int, len(pages))
	var rest []render.Page
	for i, pg := range pages {
		index[pg.Path] = i
		data, ok, err := r.Packed(pg)
		if err != nil {
			return fmt.Errorf("render %s: %w", pg.Path, err)
		}
		if ok {
			out[i] = data
		} else {
			rest = append(rest, pg)
		}
	}
	err := emitPages(ctx, r, rest, func(name string, data []byte) error {
		out[index[name]] = dict.Pack(data) // each page writes its own slot
		return nil
	})
	if err != nil {
		return err
	}
	for i, pg := range pages {
		files[pg.Path] = out[i]
	}
	return nil
}

// emitPages renders pages on every core, minifies those that do not come
// from the (minified) templates, and emits each one. Pages are rendered
// into reused buffers, so a page's bytes are only valid during emit. A
// page the renderer makes whole (the open data) is its own bytes.
// The first error in page order is returned.
func emitPages(ctx context.Context, r *render.Renderer, pages []render.Page, emit func(string, []byte) error) error {
	errs := make([]error, len(pages))
	parallel.For(len(pages), func(i int) {
		if errs[i] = ctx.Err(); errs[i] != nil {
			return
		}
		data, made, err := r.Made(pages[i])
		if !made {
			b := buffers.Get().(*bytes.Buffer)
			defer func() {
				if b.Cap() <= maxPooled { // a very large page's buffer is not kept
					b.Reset()
					buffers.Put(b)
				}
			}()
			err = r.RenderInto(b, pages[i])
			data = b.Bytes()
			if err == nil && needsMinify(pages[i]) {
				data, err = output.Minify(pages[i].Path, data) // may return data itself
			}
		}
		if err == nil {
			err = emit(pages[i].Path, data)
		}
		errs[i] = err
	})
	for i, pg := range pages {
		if errs[i] != nil {
			return fmt.Errorf("render %s: %w", pg.Path, errs[i])
		}
	}
	return nil
}

// buffers are emitPages' buffers for reuse, up to maxPooled bytes each.
const maxPooled = 1 << 20

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// needsMinify tells the pages that do not come out of Render minified:
// HTML pages come from minified templates, data/entities.json from
// minified records, the sitemap is written without white space, and
// attachments are published as they are; so is the Atom feed, written
// without white space by encoding/xml.
func needsMinify(p render.Page) bool {
	switch p.Kind {
	case render.KindAttachment, render.KindData, render.KindSitemap, render.KindFeed, render.KindImage:
		return false
	}
	return !output.Rendered(p.Path)
}

func minifyJSON(b []byte) ([]byte, error) { return output.Minify("data.json", b) }

// Assets copies the theme's assets/ into files, minified, with CSS and
// JavaScript named by content hash. It returns each asset's output path
// by its name below assets/.
func Assets(theme fs.FS, files output.Files) (map[string]string, error) {
	names, err := sitefs.Files(theme, "assets")
	if err != nil {
		return nil, fmt.Errorf("read theme assets: %w", err)
	}
	assets := map[string]string{}
	for _, name := range names {
		if testFile(name) {
			continue
		}
		data, err := fs.ReadFile(theme, name)
		if err != nil {
			return nil, fmt.Errorf("read theme asset: %w", err)
		}
		if data, err = output.Minify(name, data); err != nil {
			return nil, err
		}
		rel := strings.TrimPrefix(name, "assets/")
		out := name
		switch {
		case strings.HasPrefix(name, searchAssets+"/"):
			out = "search/" + strings.TrimPrefix(name, searchAssets+"/")
		case path.Ext(name) == ".css" || path.Ext(name) == ".js":
			out = output.Fingerprint(name, data)
		}
		files[out] = data
		assets[rel] = out
	}
	return assets, nil
}

// testFile reports the theme's own test files, which are not published.
func testFile(name string) bool {
	base := path.Base(name)
	return strings.Contains(base, ".test.") || strings.HasSuffix(base, "_test.go") || strings.HasSuffix(base, ".md") || strings.HasPrefix(base, ".")
}
