// Package render turns the model into the portal's pages: view structs
// for the templates, every page's URL, the sitemap, robots.txt, the 404
// page and data/entities.json.
package render

import (
	"io/fs"

	"github.com/kimppa/kimppa/generator/model"
)

// Options configure a Renderer.
type Options struct {
	Theme  fs.FS             // layouts/ and assets/: the site's own over the defaults
	Site   fs.FS             // the site directory, to copy bundle attachments
	Assets map[string]string // theme asset name ("css/site.css") → its output path ("assets/css/site.1a2b3c4d5e.css")
}

// Page is one output file the renderer can produce.
type Page struct {
	Path string    // output path, e.g. "toimijat/vtt/index.html"
	Kind string    // home, list, entity, taxonomy, term, search, 404, sitemap, robots, data, attachment
	Lang string    // "" for language-independent files
	Ref  model.Ref // entity and attachment pages
	Type string    // list pages
	Tax  string    // taxonomy and term pages
	Term string    // term pages
}

// Renderer renders pages of one site.
type Renderer struct {
	site *model.Site
	opts Options
}

// New parses the templates of opts.Theme for s.
func New(s *model.Site, opts Options) (*Renderer, error) {
	return &Renderer{site: s, opts: opts}, nil
}

// Pages lists every output file of the site, sorted by path.
func (r *Renderer) Pages() []Page { return nil }

// Render produces one page.
func (r *Renderer) Render(p Page) ([]byte, error) { return nil, nil }
