package render

import (
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// layoutDir is the theme folder of the HTML templates.
const layoutDir = "layouts"

// pageTemplates are the page kinds' template files in layouts/.
var pageTemplates = []string{
	"home.html", "list.html", "taxonomy.html", "term.html", "search.html", "calls.html", "404.html",
	"accessibility.html",
	"actors.html", "services.html", "projects.html", "contracts.html", "funding.html", "challenges.html", "pages.html", "kimppahaku.html",
}

// templates holds one template set per page file: the shared files
// cloned, with the page's own definitions added. A set is made when a
// page of its kind is first rendered: cloning the shared files is most
// of what making a renderer costs, and after a save serve renders one
// entity's pages first.
type templates struct {
	theme fs.FS
	base  *template.Template // the shared files, never executed (Clone needs that)
	mu    sync.Mutex
	sets  map[string]*template.Template
}

// parseTemplates reads layouts/ from theme. The shared files (every
// layouts/*.html that is not a page file: base.html, partials.html and
// any a site adds) are parsed once and cloned for each page file, because
// ParseFS names templates by base name and every page file defines "main".
// Each page file is parsed here on its own too, so that a broken one is
// an error now, not when its first page renders.
func parseTemplates(theme fs.FS, funcs template.FuncMap) (*templates, error) {
	if theme == nil {
		return nil, fmt.Errorf("render: no theme")
	}
	all, err := fs.Glob(theme, layoutDir+"/*.html")
	if err != nil {
		return nil, fmt.Errorf("read layouts: %w", err)
	}
	var shared []string
	for _, f := range all {
		if !slices.Contains(pageTemplates, path.Base(f)) {
			shared = append(shared, f)
		}
	}
	if len(shared) == 0 {
		return nil, fmt.Errorf("read layouts: no %s/base.html in the theme", layoutDir)
	}
	base, err := template.New("_").Funcs(funcs).Option("missingkey=error").ParseFS(theme, shared...)
	if err != nil {
		return nil, fmt.Errorf("parse layouts: %w", err)
	}
	if base.Lookup("base") == nil {
		return nil, fmt.Errorf("parse layouts: no template \"base\" in %s", strings.Join(shared, ", "))
	}
	for _, name := range pageTemplates {
		page, err := template.New("_").Funcs(funcs).ParseFS(theme, path.Join(layoutDir, name))
		if err != nil {
			return nil, fmt.Errorf("parse layouts: %w", err)
		}
		if page.Lookup("main") == nil {
			return nil, fmt.Errorf("parse layouts: %s/%s defines no \"main\"", layoutDir, name)
		}
	}
	return &templates{theme: theme, base: base, sets: map[string]*template.Template{}}, nil
}

// set is the template set of the page file name, made on first use.
func (t *templates) set(name string) (*template.Template, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if set, ok := t.sets[name]; ok {
		return set, nil
	}
	if !slices.Contains(pageTemplates, name) {
		return nil, fmt.Errorf("no layout %s", name)
	}
	set, err := t.base.Clone()
	if err != nil {
		return nil, err
	}
	if _, err := set.ParseFS(t.theme, path.Join(layoutDir, name)); err != nil {
		return nil, fmt.Errorf("parse layouts: %w", err)
	}
	t.sets[name] = set
	return set, nil
}

// execute renders the page file name's set with the view v.
func (t *templates) execute(w io.Writer, name string, v any) error {
	set, err := t.set(name)
	if err != nil {
		return err
	}
	return set.ExecuteTemplate(w, "base", v)
}

// partial renders one shared template, such as "card", on its own.
func (t *templates) partial(w io.Writer, name string, v any) error {
	set, err := t.set("list.html")
	if err != nil {
		return err
	}
	return set.ExecuteTemplate(w, name, v)
}

// funcs are the template functions: URLs below the base path, theme
// assets by name, and dict for passing several values to a partial.
func (r *Renderer) funcs() template.FuncMap {
	return template.FuncMap{
		"href":  r.urls.Href,
		"asset": r.asset,
		"inc":   func(i int) int { return i + 1 },
		"dict": func(kv ...any) (map[string]any, error) {
			if len(kv)%2 != 0 {
				return nil, fmt.Errorf("dict: odd number of arguments")
			}
			m := make(map[string]any, len(kv)/2)
			for i := 0; i < len(kv); i += 2 {
				k, ok := kv[i].(string)
				if !ok {
					return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
				}
				m[k] = kv[i+1]
			}
			return m, nil
		},
	}
}

// asset is the link to a theme asset by its name below assets/
// ("css/site.css"), fingerprinted when the build says so.
func (r *Renderer) asset(name string) string {
	if out, ok := r.opts.Assets[name]; ok {
		return r.urls.Href(r.urls.Asset(out))
	}
	return r.urls.Href(r.urls.Asset("assets/" + name))
}

// hasAsset reports whether the build publishes a theme asset. Without an
// asset table (tests) every asset is assumed.
func (r *Renderer) hasAsset(name string) bool {
	if r.opts.Assets == nil {
		return true
	}
	_, ok := r.opts.Assets[name]
	return ok
}
